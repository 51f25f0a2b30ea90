package cn.edutrack.command.project.domain;

import cn.edutrack.events.ProjectId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Re-baseline the planned schedule. */
public record RebaselineSchedule(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        Long expectedVersion,
        LocalDate plannedStart,
        LocalDate plannedCompletion,
        String reason) implements ProjectCommand {}
