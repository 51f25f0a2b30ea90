package cn.edutrack.events.plan;

import cn.edutrack.events.JurisdictionCode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A jurisdiction (province, city, district/county, township) was entered, with its name as written
 * (anonymised names such as XX区 are kept). {@code parent} is null for a top-level jurisdiction; when present
 * it is a prefix of {@code jurisdiction}.
 */
public record JurisdictionRegistered(
        JurisdictionCode jurisdiction,
        LocalDate businessDate,
        Instant recordedAt,
        String name,
        JurisdictionLevel level,
        JurisdictionCode parent,
        SourceQuote source) implements PlanEvent {

    public JurisdictionRegistered {
        PlanEvent.requireEnvelope(jurisdiction, businessDate, recordedAt);
        PlanEvent.text(name, "name", 200, true);
        if (level == null) {
            throw new IllegalArgumentException("level is required");
        }
        if (parent != null && (parent.equals(jurisdiction) || !parent.covers(jurisdiction))) {
            throw new IllegalArgumentException("parent " + parent + " is not above " + jurisdiction);
        }
    }

    @Override
    public String subject() {
        return jurisdiction.value();
    }
}
