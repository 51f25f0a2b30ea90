package cn.edutrack.command.project.domain;

import cn.edutrack.events.Money;
import cn.edutrack.events.ProjectId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the approval (立项). */
public record ApproveProject(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        Long expectedVersion,
        String approvingBody,
        String documentNumber,
        Money approvedBudget,
        String scope,
        LocalDate plannedStart,
        LocalDate plannedCompletion) implements ProjectCommand {}
