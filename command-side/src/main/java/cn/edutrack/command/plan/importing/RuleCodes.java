package cn.edutrack.command.plan.importing;

import cn.edutrack.command.plan.domain.PlanRuleViolation;
import cn.edutrack.command.project.domain.ProjectRuleViolation;

/** Tells a refusal by a rule of the domain apart from a failure, and names the rule. */
final class RuleCodes {

    private RuleCodes() {
    }

    /** True when the command was refused by a domain rule or an invalid value (not an infrastructure failure). */
    static boolean isRefusal(RuntimeException e) {
        return e instanceof ProjectRuleViolation || e instanceof PlanRuleViolation || e instanceof IllegalArgumentException;
    }

    /** The code of the rule that refused the command, or {@code invalid-value}. */
    static String of(RuntimeException refusal) {
        if (refusal instanceof ProjectRuleViolation violation) {
            return violation.rule().code();
        }
        if (refusal instanceof PlanRuleViolation violation) {
            return violation.rule().code();
        }
        return "invalid-value";
    }
}
