package cn.edutrack.command.plan.domain;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.plan.JurisdictionLevel;
import cn.edutrack.events.plan.SourceQuote;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a jurisdiction; repeating it with the same name, level and parent records nothing. */
public record RegisterJurisdiction(
        @TargetAggregateIdentifier JurisdictionCode jurisdiction,
        LocalDate businessDate,
        String name,
        JurisdictionLevel level,
        JurisdictionCode parent,
        SourceQuote source) implements PlanCommand {}
