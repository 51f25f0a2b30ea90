package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** Acceptance (验收/达标) was passed. */
public record AcceptancePassed(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String inspectingBody,
        String documentNumber) implements ProjectEvent {

    public AcceptancePassed {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
