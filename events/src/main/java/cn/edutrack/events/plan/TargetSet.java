package cn.edutrack.events.plan;

import cn.edutrack.events.PlanId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quantitative target of a programme: what it counts and the planned figure ({@code planned} is null only
 * for a target flagged {@code unquantified}, e.g. 一批). Soft targets (力争, 争创) are reported apart.
 * {@code indicatorId} optionally names the indicator the target restates; {@code per} says it applies per
 * sub-unit (e.g. 县(市、区)).
 */
public record TargetSet(
        PlanId planId,
        LocalDate businessDate,
        Instant recordedAt,
        String targetId,
        String programmeId,
        String name,
        Counted counts,
        Quantity planned,
        Firmness firmness,
        String indicatorId,
        String per,
        List<String> flags,
        SourceQuote source) implements PlanEvent {

    public TargetSet {
        PlanEvent.requireEnvelope(planId, businessDate, recordedAt);
        PlanEvent.localId(targetId, "targetId");
        PlanEvent.localId(programmeId, "programmeId");
        PlanEvent.text(name, "name", 300, true);
        PlanEvent.text(per, "per", 100, false);
        if (indicatorId != null) {
            PlanEvent.localId(indicatorId, "indicatorId");
        }
        if (counts == null || firmness == null) {
            throw new IllegalArgumentException("counts and firmness are required");
        }
        flags = Flags.checked(flags);
        if (planned == null && !flags.contains("unquantified")) {
            throw new IllegalArgumentException("a target without a planned figure must be flagged 'unquantified'");
        }
    }

    @Override
    public String subject() {
        return planId.value();
    }
}
