package cn.edutrack.events.project;

import cn.edutrack.events.OrganisationId;
import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A reform was launched with its participating schools or units. */
public record ReformLaunched(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        List<OrganisationId> participatingUnits) implements ProjectEvent {

    public ReformLaunched {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
        participatingUnits = participatingUnits == null ? List.of() : List.copyOf(participatingUnits);
    }
}
