package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** An application for a designation or title was filed (申报). */
public record DesignationApplied(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String designation,
        String level,
        String applicationBody) implements ProjectEvent {

    public DesignationApplied {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
