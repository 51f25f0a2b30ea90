package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** The planned schedule was re-baselined. */
public record ScheduleRebaselined(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        LocalDate plannedStart,
        LocalDate plannedCompletion,
        String reason) implements ProjectEvent {

    public ScheduleRebaselined {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
