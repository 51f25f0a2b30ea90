package cn.edutrack.events.plan;

import cn.edutrack.events.PlanId;
import java.time.Instant;
import java.time.LocalDate;

/** An indicator's target was changed (a mid-term adjustment, or a corrected plan file), with the reason. */
public record IndicatorTargetRevised(
        PlanId planId,
        LocalDate businessDate,
        Instant recordedAt,
        String indicatorId,
        Integer targetYear,
        Quantity target,
        String reason) implements PlanEvent {

    public IndicatorTargetRevised {
        PlanEvent.requireEnvelope(planId, businessDate, recordedAt);
        PlanEvent.localId(indicatorId, "indicatorId");
        if (target == null) {
            throw new IllegalArgumentException("target is required");
        }
        PlanEvent.year(targetYear, "targetYear");
        PlanEvent.text(reason, "reason", 1000, true);
    }

    @Override
    public String subject() {
        return planId.value();
    }
}
