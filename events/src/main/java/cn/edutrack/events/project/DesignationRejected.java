package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** The application for the designation was rejected. */
public record DesignationRejected(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String reason) implements ProjectEvent {

    public DesignationRejected {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
