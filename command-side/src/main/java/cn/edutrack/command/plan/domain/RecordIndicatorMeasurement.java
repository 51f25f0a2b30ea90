package cn.edutrack.command.plan.domain;

import cn.edutrack.events.PlanId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the value an indicator had in a year, as reported; flags (estimate, implausible, ...) are kept. */
public record RecordIndicatorMeasurement(
        @TargetAggregateIdentifier PlanId planId,
        LocalDate businessDate,
        String indicatorId,
        int year,
        BigDecimal value,
        String asWritten,
        List<String> flags,
        String sourceReference) implements PlanCommand {}
