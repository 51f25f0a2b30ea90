package cn.edutrack.command.project.domain;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.ProjectId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revise the scope and planned capacity. */
public record ReviseScope(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        Long expectedVersion,
        String scope,
        Capacity plannedCapacity,
        String reason) implements ProjectCommand {}
