package cn.edutrack.web.page;

import java.util.Map;

/**
 * A target of a plan a project may count towards, as one option of the plan assignment form: its plan, its
 * programme (the command side wants the programme whenever a target is named), the target and the unit it counts in
 * (the unit a contribution to it is declared in). The option's value is the four joined by {@code /}, which none of
 * them holds (plan ids are {@code [a-z0-9._-]}, programme and target ids {@code [A-Za-z0-9._-]}).
 */
record PlanTarget(String planId, String programmeId, String targetId, String counts) {

    private static final String SEPARATOR = "/";

    /** The option value {@code plan/programme/target/UNIT}; an empty programme means the target has none. */
    static PlanTarget parse(String value) {
        String[] parts = value.split(SEPARATOR, -1);
        if (parts.length != 4 || parts[0].isEmpty() || parts[2].isEmpty() || parts[3].isEmpty()) {
            throw new IllegalArgumentException("not a plan target: " + value);
        }
        return new PlanTarget(parts[0], parts[1].isEmpty() ? null : parts[1], parts[2], parts[3]);
    }

    String value() {
        return String.join(SEPARATOR, planId, programmeId == null ? "" : programmeId, targetId, counts);
    }

    /** The assignment request's {@code planId}, {@code programmeId} (when there is one) and {@code targetId}. */
    void putInto(Map<String, Object> body) {
        body.put("planId", planId);
        if (programmeId != null) {
            body.put("programmeId", programmeId);
        }
        body.put("targetId", targetId);
    }
}
