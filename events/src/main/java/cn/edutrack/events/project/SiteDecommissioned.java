package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** The old site of a relocation was decommissioned: its places leave the net capacity. */
public record SiteDecommissioned(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        String siteDescription,
        int placesRemoved) implements ProjectEvent {

    public SiteDecommissioned {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
