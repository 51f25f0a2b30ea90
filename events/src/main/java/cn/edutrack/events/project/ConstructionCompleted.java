package cn.edutrack.events.project;

import cn.edutrack.events.Capacity;
import java.math.BigDecimal;
import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** Construction was completed (建成/竣工) with what was actually built. */
public record ConstructionCompleted(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        Capacity actualCapacity,
        BigDecimal floorAreaSquareMetres) implements ProjectEvent {

    public ConstructionCompleted {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
