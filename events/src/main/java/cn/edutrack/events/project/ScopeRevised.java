package cn.edutrack.events.project;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** The scope and planned capacity were revised. */
public record ScopeRevised(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String scope,
        Capacity plannedCapacity,
        String reason) implements ProjectEvent {

    public ScopeRevised {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
