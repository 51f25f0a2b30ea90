package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** The school was put into service (投入使用): opened, with its first enrolment. */
public record PutIntoService(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        int firstEnrolment) implements ProjectEvent {

    public PutIntoService {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
