package cn.edutrack.command.project.domain;

import cn.edutrack.events.ProjectId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a failed acceptance with its findings and rectification deadline. */
public record FailAcceptance(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        Long expectedVersion,
        String inspectingBody,
        String findings,
        LocalDate rectificationDeadline) implements ProjectCommand {}
