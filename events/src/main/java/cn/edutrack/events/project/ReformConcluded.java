package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** A reform was concluded, or scaled up beyond its pilot. */
public record ReformConcluded(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        boolean scaledUp,
        String outcome) implements ProjectEvent {

    public ReformConcluded {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
