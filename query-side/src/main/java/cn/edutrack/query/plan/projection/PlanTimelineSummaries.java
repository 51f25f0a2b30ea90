package cn.edutrack.query.plan.projection;

import cn.edutrack.events.plan.IndicatorDefined;
import cn.edutrack.events.plan.IndicatorMeasured;
import cn.edutrack.events.plan.IndicatorTargetRevised;
import cn.edutrack.events.plan.JurisdictionRegistered;
import cn.edutrack.events.plan.PlanEvent;
import cn.edutrack.events.plan.PlanRegistered;
import cn.edutrack.events.plan.ProgrammeDefined;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.events.plan.TargetRevised;
import cn.edutrack.events.plan.TargetSet;
import java.util.List;

/** One line per plan event for the plan timeline. */
final class PlanTimelineSummaries {

    private PlanTimelineSummaries() {
    }

    static String of(PlanEvent event) {
        if (event instanceof JurisdictionRegistered e) {
            return "Registered " + e.level() + " " + e.name() + " (" + e.jurisdiction() + ")"
                    + (e.parent() == null ? "" : " under " + e.parent());
        } else if (event instanceof PlanRegistered e) {
            return "Registered " + e.type() + " '" + e.title() + "' of " + e.jurisdiction() + ", " + e.periodFrom() + "-"
                    + e.periodTo() + (e.documentNumber() == null ? "" : " (" + e.documentNumber() + ")") + flags(e.flags());
        } else if (event instanceof IndicatorDefined e) {
            return "Indicator " + e.indicatorId() + " '" + e.name() + "' (" + e.attribute() + "): "
                    + (e.baseline() == null ? "" : "baseline " + e.baseline().value().toPlainString() + " in "
                            + e.baseline().year() + ", ")
                    + "target " + quantity(e.target()) + (e.targetYear() == null ? "" : " by " + e.targetYear())
                    + flags(e.flags());
        } else if (event instanceof IndicatorTargetRevised e) {
            return "Indicator " + e.indicatorId() + " target revised to " + quantity(e.target())
                    + (e.targetYear() == null ? "" : " by " + e.targetYear()) + ": " + e.reason();
        } else if (event instanceof IndicatorMeasured e) {
            return "Indicator " + e.indicatorId() + " measured " + e.value().toPlainString() + " for " + e.year()
                    + (e.asWritten() == null ? "" : " (as written: " + e.asWritten() + ")") + flags(e.flags());
        } else if (event instanceof ProgrammeDefined e) {
            return "Programme " + e.programmeId() + " " + (e.number() == null ? "" : e.number() + " ") + "'" + e.name()
                    + "' (" + e.kind() + ")";
        } else if (event instanceof TargetSet e) {
            return "Target " + e.targetId() + " of programme " + e.programmeId() + " '" + e.name() + "': "
                    + (e.planned() == null ? "unquantified" : quantity(e.planned())) + " " + e.counts() + ", " + e.firmness()
                    + flags(e.flags());
        } else if (event instanceof TargetRevised e) {
            return "Target " + e.targetId() + " revised to " + quantity(e.planned()) + ", " + e.firmness() + ": " + e.reason();
        }
        throw new IllegalArgumentException("no summary for " + event.getClass().getName());
    }

    private static String quantity(Quantity q) {
        String figure = q.comparator().usesRange() ? q.min().toPlainString() + "-" + q.max().toPlainString()
                : q.value() == null ? "" : " " + q.value().toPlainString();
        return q.comparator() + (q.comparator().usesRange() ? " " : "") + figure
                + (q.asWritten() == null ? "" : " (as written: " + q.asWritten() + ")");
    }

    private static String flags(List<String> flags) {
        return flags == null || flags.isEmpty() ? "" : " [" + String.join(", ", flags) + "]";
    }
}
