package cn.edutrack.command.project.domain;

import cn.edutrack.events.Money;
import cn.edutrack.events.ProjectId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revise the approved budget. */
public record ReviseBudget(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        Long expectedVersion,
        Money approvedBudget,
        String documentNumber,
        String reason) implements ProjectCommand {}
