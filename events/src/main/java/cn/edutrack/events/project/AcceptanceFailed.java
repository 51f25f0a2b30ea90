package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** Acceptance failed: the findings and the deadline for rectification before re-inspection. */
public record AcceptanceFailed(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String inspectingBody,
        String findings,
        LocalDate rectificationDeadline) implements ProjectEvent {

    public AcceptanceFailed {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
