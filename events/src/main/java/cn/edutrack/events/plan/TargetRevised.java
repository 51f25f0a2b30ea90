package cn.edutrack.events.plan;

import cn.edutrack.events.PlanId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A programme target was changed (a mid-term adjustment, or a corrected plan file): the new planned figure
 * and firmness, with the reason. The earlier figure stays in the history.
 */
public record TargetRevised(
        PlanId planId,
        LocalDate businessDate,
        Instant recordedAt,
        String targetId,
        Quantity planned,
        Firmness firmness,
        String reason) implements PlanEvent {

    public TargetRevised {
        PlanEvent.requireEnvelope(planId, businessDate, recordedAt);
        PlanEvent.localId(targetId, "targetId");
        if (planned == null || firmness == null) {
            throw new IllegalArgumentException("planned and firmness are required");
        }
        PlanEvent.text(reason, "reason", 1000, true);
    }

    @Override
    public String subject() {
        return planId.value();
    }
}
