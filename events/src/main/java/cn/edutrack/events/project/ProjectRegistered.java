package cn.edutrack.events.project;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.OrganisationId;
import cn.edutrack.events.PersonId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.ProjectKind;
import java.time.Instant;
import java.time.LocalDate;

/** A project was entered into Edutrack, in the planned state. */
public record ProjectRegistered(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        ProjectKind kind,
        String title,
        JurisdictionCode jurisdiction,
        OrganisationId ownerOrganisation,
        PersonId responsiblePerson,
        Capacity plannedCapacity,
        String planReference) implements ProjectEvent {

    public ProjectRegistered {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
    }
}
