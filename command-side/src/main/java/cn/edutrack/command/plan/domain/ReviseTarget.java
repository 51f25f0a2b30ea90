package cn.edutrack.command.plan.domain;

import cn.edutrack.events.PlanId;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.Quantity;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change a programme target's planned figure or firmness (a mid-term adjustment), with the reason. */
public record ReviseTarget(
        @TargetAggregateIdentifier PlanId planId,
        LocalDate businessDate,
        String targetId,
        Quantity planned,
        Firmness firmness,
        String reason) implements PlanCommand {}
