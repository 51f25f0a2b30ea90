package cn.edutrack.command.project.domain;

import cn.edutrack.events.ProjectId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** File an application for a designation. */
public record ApplyForDesignation(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        Long expectedVersion,
        String designation,
        String level,
        String applicationBody) implements ProjectCommand {}
