package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** Construction started on site (开工). */
public record ConstructionStarted(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String contractor) implements ProjectEvent {

    public ConstructionStarted {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
