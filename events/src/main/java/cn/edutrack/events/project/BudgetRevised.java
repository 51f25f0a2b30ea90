package cn.edutrack.events.project;

import cn.edutrack.events.Money;
import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** The approved budget was revised (an allocation beyond the approved budget needs one first). */
public record BudgetRevised(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        Money approvedBudget,
        String documentNumber,
        String reason) implements ProjectEvent {

    public BudgetRevised {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
