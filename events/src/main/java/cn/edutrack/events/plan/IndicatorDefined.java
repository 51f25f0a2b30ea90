package cn.edutrack.events.plan;

import cn.edutrack.events.PlanId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator of a plan: unit as written, binding or expected, an optional cross-plan {@code concept} code
 * (names differ between plans), an optional baseline, and the target: {@code targetYear} (null for yearly
 * rules such as "maintain every year") and the target figure with its comparator.
 */
public record IndicatorDefined(
        PlanId planId,
        LocalDate businessDate,
        Instant recordedAt,
        String indicatorId,
        String name,
        String unit,
        IndicatorAttribute attribute,
        String concept,
        Baseline baseline,
        Integer targetYear,
        Quantity target,
        List<String> flags,
        SourceQuote source) implements PlanEvent {

    public IndicatorDefined {
        PlanEvent.requireEnvelope(planId, businessDate, recordedAt);
        PlanEvent.localId(indicatorId, "indicatorId");
        PlanEvent.text(name, "name", 300, true);
        PlanEvent.text(unit, "unit", 40, false);
        if (attribute == null || target == null) {
            throw new IllegalArgumentException("attribute and target are required");
        }
        if (concept != null && !concept.matches("[A-Z][A-Z0-9_]{1,79}")) {
            throw new IllegalArgumentException("concept must be an upper-case code such as COMPULSORY_RETENTION_RATE: " + concept);
        }
        PlanEvent.year(targetYear, "targetYear");
        flags = Flags.checked(flags);
    }

    @Override
    public String subject() {
        return planId.value();
    }
}
