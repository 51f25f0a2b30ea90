package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** A supervisor ordered the project's organisation to rectify its findings (责令整改) by a deadline. */
public record RectificationOrdered(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        int orderNumber,
        String issuingBody,
        String findings,
        LocalDate deadline) implements ProjectEvent {

    public RectificationOrdered {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
        ProjectEvent.requireOrderNumber(orderNumber);
        ProjectEvent.requireText(issuingBody, "issuingBody");
        ProjectEvent.requireText(findings, "findings");
        if (deadline == null) {
            throw new IllegalArgumentException("a rectification order needs a deadline");
        }
        if (deadline.isBefore(businessDate)) {
            throw new IllegalArgumentException("deadline " + deadline + " is before the order of " + businessDate);
        }
    }
}
