package cn.edutrack.command.plan.domain;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.PlanId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A command to a plan or a jurisdiction that breaks a rule; nothing is recorded. Names the subject (plan id or
 * jurisdiction code) and, where one is involved, the record of the plan it is about (e.g. {@code indicatorId}).
 */
public class PlanRuleViolation extends RuntimeException {

    private final PlanRule rule;
    private final String subjectName;
    private final String subject;
    private final Map<String, String> details;

    private PlanRuleViolation(PlanRule rule, String subjectName, String subject, String detail, Map<String, String> details) {
        super(detail);
        this.rule = rule;
        this.subjectName = subjectName;
        this.subject = subject;
        this.details = Map.copyOf(details);
    }

    public static PlanRuleViolation ofPlan(PlanRule rule, PlanId planId, String detail) {
        return new PlanRuleViolation(rule, "planId", planId.value(), detail, Map.of());
    }

    /** A violation about one record of the plan, e.g. {@code ("indicatorId", "retention")}. */
    public static PlanRuleViolation ofPlan(PlanRule rule, PlanId planId, String detail, String recordName, String recordId) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(recordName, recordId);
        return new PlanRuleViolation(rule, "planId", planId.value(), detail, details);
    }

    public static PlanRuleViolation ofJurisdiction(PlanRule rule, JurisdictionCode jurisdiction, String detail) {
        return new PlanRuleViolation(rule, "jurisdiction", jurisdiction.value(), detail, Map.of());
    }

    public PlanRule rule() {
        return rule;
    }

    /** {@code planId} or {@code jurisdiction}: the name under which problem responses show the subject. */
    public String subjectName() {
        return subjectName;
    }

    /** The plan id or jurisdiction code. */
    public String subject() {
        return subject;
    }

    /** The record of the plan the violation is about, by field name (e.g. {@code targetId -> kg}); often empty. */
    public Map<String, String> details() {
        return details;
    }
}
