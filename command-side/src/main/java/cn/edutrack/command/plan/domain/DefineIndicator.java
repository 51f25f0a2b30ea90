package cn.edutrack.command.plan.domain;

import cn.edutrack.events.PlanId;
import cn.edutrack.events.plan.Baseline;
import cn.edutrack.events.plan.IndicatorAttribute;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.events.plan.SourceQuote;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Define an indicator of a plan. The same definition again records nothing. When only the target (year or
 * figure) differs and {@code revisionReason} is given, an {@code IndicatorTargetRevised} is recorded; any
 * other difference is refused.
 */
public record DefineIndicator(
        @TargetAggregateIdentifier PlanId planId,
        LocalDate businessDate,
        String indicatorId,
        String name,
        String unit,
        IndicatorAttribute attribute,
        String concept,
        Baseline baseline,
        Integer targetYear,
        Quantity target,
        List<String> flags,
        SourceQuote source,
        String revisionReason) implements PlanCommand {}
