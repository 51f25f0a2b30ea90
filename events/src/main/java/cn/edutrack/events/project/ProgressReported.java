package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** Progress was reported: percent complete, a note and a reference to the evidence. A report that corrects an earlier one names its sequence number and may go down. */
public record ProgressReported(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        int percentComplete,
        String note,
        String evidenceReference,
        Long correctsSequence) implements ProjectEvent {

    public ProgressReported {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
