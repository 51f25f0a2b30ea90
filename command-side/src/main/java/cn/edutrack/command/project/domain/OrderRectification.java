package cn.edutrack.command.project.domain;

import cn.edutrack.events.ProjectId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A supervisor orders the project's organisation to rectify its findings (责令整改) by a deadline. */
public record OrderRectification(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        Long expectedVersion,
        String issuingBody,
        String findings,
        LocalDate deadline) implements ProjectCommand {}
