package cn.edutrack.events.plan;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.PlanId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan document of a jurisdiction was entered: five-year plan, annual work plan, implementation opinions or
 * action plan, with its period (years, inclusive). {@code baselineYear}, {@code issuer},
 * {@code documentNumber}, {@code published} (null = unknown) and {@code source} are optional.
 */
public record PlanRegistered(
        PlanId planId,
        LocalDate businessDate,
        Instant recordedAt,
        JurisdictionCode jurisdiction,
        String title,
        PlanType type,
        int periodFrom,
        int periodTo,
        Integer baselineYear,
        String issuer,
        String documentNumber,
        LocalDate published,
        List<String> flags,
        SourceQuote source) implements PlanEvent {

    public PlanRegistered {
        PlanEvent.requireEnvelope(planId, businessDate, recordedAt);
        if (jurisdiction == null || type == null) {
            throw new IllegalArgumentException("jurisdiction and type are required");
        }
        PlanEvent.text(title, "title", 300, true);
        PlanEvent.text(issuer, "issuer", 200, false);
        PlanEvent.text(documentNumber, "documentNumber", 100, false);
        if (periodFrom < 1949 || periodTo > 2100 || periodFrom > periodTo) {
            throw new IllegalArgumentException("period " + periodFrom + "-" + periodTo + " is not a period of years");
        }
        PlanEvent.year(baselineYear, "baselineYear");
        if (baselineYear != null && baselineYear > periodFrom) {
            throw new IllegalArgumentException("baseline year " + baselineYear + " is after the start of the period");
        }
        flags = Flags.checked(flags);
    }

    @Override
    public String subject() {
        return planId.value();
    }
}
