package cn.edutrack.command.plan.web;

import cn.edutrack.command.project.web.InvalidFieldException;
import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.PlanId;
import cn.edutrack.events.plan.Flags;
import java.util.List;
import java.util.regex.Pattern;

/** Turns request text into domain values, naming the field that cannot become one. */
public final class PlanInputs {

    /** Ids of indicators, programmes and targets inside a plan (as in plan files). */
    public static final String LOCAL_ID = "[A-Za-z0-9._-]{1,80}";
    public static final String LOCAL_ID_MESSAGE = "must be 1 to 80 letters, digits, '.', '_' or '-'";
    private static final Pattern LOCAL_ID_PATTERN = Pattern.compile(LOCAL_ID);

    private PlanInputs() {
    }

    /** The flags, each one known; an unknown one is named as {@code field[index]}. */
    public static List<String> flags(List<String> flags, String field) {
        if (flags == null) {
            return List.of();
        }
        for (int i = 0; i < flags.size(); i++) {
            if (!Flags.KNOWN.contains(flags.get(i))) {
                throw new InvalidFieldException(field + "[" + i + "]", "unknown flag '" + flags.get(i) + "'; known flags: "
                        + String.join(", ", Flags.KNOWN));
            }
        }
        return List.copyOf(flags);
    }

    public static PlanId planId(String value, String field) {
        try {
            return PlanId.of(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
    }

    public static JurisdictionCode jurisdiction(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return JurisdictionCode.of(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
    }

    /** An indicator, programme or target id taken from the path. */
    static String localId(String value, String field) {
        if (!LOCAL_ID_PATTERN.matcher(value).matches()) {
            throw new InvalidFieldException(field, LOCAL_ID_MESSAGE);
        }
        return value;
    }
}
