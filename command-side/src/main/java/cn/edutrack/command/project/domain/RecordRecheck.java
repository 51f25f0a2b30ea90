package cn.edutrack.command.project.domain;

import cn.edutrack.events.ProjectId;
import cn.edutrack.events.RecheckResult;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A supervisor records the re-check (复查) of rectification order {@code orderNumber}: rectified, or not, with an
 * optional new deadline (only when not rectified).
 */
public record RecordRecheck(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        Long expectedVersion,
        int orderNumber,
        RecheckResult result,
        String findings,
        LocalDate newDeadline) implements ProjectCommand {}
