package cn.edutrack.command.plan.domain;

import cn.edutrack.events.PlanId;
import cn.edutrack.events.plan.ProgrammeKind;
import cn.edutrack.events.plan.SourceQuote;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Define a programme of a plan; the same definition again records nothing, another one is refused. */
public record DefineProgramme(
        @TargetAggregateIdentifier PlanId planId,
        LocalDate businessDate,
        String programmeId,
        String name,
        ProgrammeKind kind,
        String number,
        SourceQuote source) implements PlanCommand {}
