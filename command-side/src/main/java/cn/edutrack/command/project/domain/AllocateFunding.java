package cn.edutrack.command.project.domain;

import cn.edutrack.events.FundingSource;
import cn.edutrack.events.Money;
import cn.edutrack.events.ProjectId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an allocation of money from one source. */
public record AllocateFunding(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        Long expectedVersion,
        String allocationId,
        FundingSource source,
        Money amount,
        String documentNumber) implements ProjectCommand {}
