package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** Suspended work was resumed. */
public record ProjectResumed(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String note) implements ProjectEvent {

    public ProjectResumed {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
