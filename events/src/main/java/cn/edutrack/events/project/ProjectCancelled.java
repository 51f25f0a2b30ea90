package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** The project was cancelled. */
public record ProjectCancelled(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String reason) implements ProjectEvent {

    public ProjectCancelled {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
