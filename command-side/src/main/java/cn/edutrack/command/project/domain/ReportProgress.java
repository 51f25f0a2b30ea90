package cn.edutrack.command.project.domain;

import cn.edutrack.events.ProjectId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Report progress; a correction names the sequence number of the report it corrects. */
public record ReportProgress(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        Long expectedVersion,
        int percentComplete,
        String note,
        String evidenceReference,
        Long correctsSequence) implements ProjectCommand {}
