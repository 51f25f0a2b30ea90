package cn.edutrack.command.plan.domain;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.PlanId;
import cn.edutrack.events.plan.PlanType;
import cn.edutrack.events.plan.SourceQuote;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a plan document; repeating it with the same content records nothing, other content is refused. */
public record RegisterPlan(
        @TargetAggregateIdentifier PlanId planId,
        LocalDate businessDate,
        JurisdictionCode jurisdiction,
        String title,
        PlanType type,
        int periodFrom,
        int periodTo,
        Integer baselineYear,
        String issuer,
        String documentNumber,
        LocalDate published,
        List<String> flags,
        SourceQuote source) implements PlanCommand {}
