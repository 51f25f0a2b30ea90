package cn.edutrack.events.project;

import cn.edutrack.events.Money;
import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** The project was approved (立项): by whom, under which document, with what budget, scope and schedule. */
public record ProjectApproved(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String approvingBody,
        String documentNumber,
        Money approvedBudget,
        String scope,
        LocalDate plannedStart,
        LocalDate plannedCompletion) implements ProjectEvent {

    public ProjectApproved {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
