package cn.edutrack.events.project;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** A developer-built school was received by the bureau (接收配套); acceptance still applies. */
public record ProjectHandedOver(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String handedOverBy,
        Capacity actualCapacity) implements ProjectEvent {

    public ProjectHandedOver {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
