package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** Work on the project was suspended. */
public record ProjectSuspended(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String reason) implements ProjectEvent {

    public ProjectSuspended {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
