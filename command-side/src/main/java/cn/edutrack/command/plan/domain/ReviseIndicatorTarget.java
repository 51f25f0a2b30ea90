package cn.edutrack.command.plan.domain;

import cn.edutrack.events.PlanId;
import cn.edutrack.events.plan.Quantity;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change an indicator's target (a mid-term adjustment), with the reason. */
public record ReviseIndicatorTarget(
        @TargetAggregateIdentifier PlanId planId,
        LocalDate businessDate,
        String indicatorId,
        Integer targetYear,
        Quantity target,
        String reason) implements PlanCommand {}
