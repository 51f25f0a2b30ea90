package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import cn.edutrack.events.RecheckResult;
import java.time.Instant;
import java.time.LocalDate;

/** The result of a supervisor's re-check (复查) of a rectification order; if not rectified, a new deadline may be set. */
public record RecheckRecorded(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        int orderNumber,
        RecheckResult result,
        String findings,
        LocalDate newDeadline) implements ProjectEvent {

    public RecheckRecorded {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
        ProjectEvent.requireOrderNumber(orderNumber);
        if (result == null) {
            throw new IllegalArgumentException("a re-check needs its result");
        }
        ProjectEvent.requireText(findings, "findings");
        if (newDeadline != null) {
            if (result == RecheckResult.RECTIFIED) {
                throw new IllegalArgumentException("a rectified order takes no new deadline");
            }
            if (newDeadline.isBefore(businessDate)) {
                throw new IllegalArgumentException(
                        "newDeadline " + newDeadline + " is before the re-check of " + businessDate);
            }
        }
    }
}
