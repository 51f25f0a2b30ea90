package cn.edutrack.command.project.domain;

import cn.edutrack.events.ProjectId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A supervisor summons the project's responsible party to a supervisory interview (约谈). */
public record IssueSummons(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        Long expectedVersion,
        String issuingBody,
        String summonedParty,
        String reason) implements ProjectCommand {}
