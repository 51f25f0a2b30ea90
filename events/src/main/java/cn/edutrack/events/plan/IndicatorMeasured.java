package cn.edutrack.events.plan;

import cn.edutrack.events.PlanId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The value of an indicator for a year, as reported (statistical bulletin, annual report). A later
 * measurement of the same year supersedes an earlier one; both stay in the history. Flags such as
 * {@code estimate} or {@code implausible} are kept with the value.
 */
public record IndicatorMeasured(
        PlanId planId,
        LocalDate businessDate,
        Instant recordedAt,
        String indicatorId,
        int year,
        BigDecimal value,
        String asWritten,
        List<String> flags,
        String sourceReference) implements PlanEvent {

    public IndicatorMeasured {
        PlanEvent.requireEnvelope(planId, businessDate, recordedAt);
        PlanEvent.localId(indicatorId, "indicatorId");
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
        value = PlanEvent.decimal(value, "value");
        PlanEvent.year(year, "year");
        PlanEvent.text(asWritten, "asWritten", 200, false);
        PlanEvent.text(sourceReference, "sourceReference", 300, false);
        flags = Flags.checked(flags);
    }

    @Override
    public String subject() {
        return planId.value();
    }
}
