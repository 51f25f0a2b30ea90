package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** A supervisor summoned the project's responsible party to a supervisory interview (约谈), with the reason. */
public record SummonsIssued(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String issuingBody,
        String summonedParty,
        String reason) implements ProjectEvent {

    public SummonsIssued {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
        ProjectEvent.requireText(issuingBody, "issuingBody");
        ProjectEvent.requireText(summonedParty, "summonedParty");
        ProjectEvent.requireText(reason, "reason");
    }
}
