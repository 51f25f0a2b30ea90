package cn.edutrack.command.project.domain;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.OrganisationId;
import cn.edutrack.events.PersonId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.ProjectKind;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a new project in the planned state. */
public record RegisterProject(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        ProjectKind kind,
        String title,
        JurisdictionCode jurisdiction,
        OrganisationId ownerOrganisation,
        PersonId responsiblePerson,
        Capacity plannedCapacity,
        String planReference) implements ProjectCommand {}
