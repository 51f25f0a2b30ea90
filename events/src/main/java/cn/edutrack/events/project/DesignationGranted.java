package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** The designation was granted. */
public record DesignationGranted(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String level,
        String grantingBody,
        String documentNumber) implements ProjectEvent {

    public DesignationGranted {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
