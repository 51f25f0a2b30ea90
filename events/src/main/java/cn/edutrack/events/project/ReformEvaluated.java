package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** A reform was evaluated (督导评估): rating and whether it passed. */
public record ReformEvaluated(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String evaluator,
        String rating,
        boolean passed) implements ProjectEvent {

    public ReformEvaluated {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
