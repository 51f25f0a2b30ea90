package cn.edutrack.events.project;

import cn.edutrack.events.FundingSource;
import cn.edutrack.events.Money;
import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** Money was allocated to the project from one source (资金下达). */
public record FundingAllocated(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String allocationId,
        FundingSource source,
        Money amount,
        String documentNumber) implements ProjectEvent {

    public FundingAllocated {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
