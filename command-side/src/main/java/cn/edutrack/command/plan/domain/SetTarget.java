package cn.edutrack.command.plan.domain;

import cn.edutrack.events.PlanId;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.events.plan.SourceQuote;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Set a programme target. The same target again records nothing. When only the planned figure or the
 * firmness differs and {@code revisionReason} is given, a {@code TargetRevised} is recorded; any other
 * difference is refused.
 */
public record SetTarget(
        @TargetAggregateIdentifier PlanId planId,
        LocalDate businessDate,
        String targetId,
        String programmeId,
        String name,
        Counted counts,
        Quantity planned,
        Firmness firmness,
        String indicatorId,
        String per,
        List<String> flags,
        SourceQuote source,
        String revisionReason) implements PlanCommand {}
