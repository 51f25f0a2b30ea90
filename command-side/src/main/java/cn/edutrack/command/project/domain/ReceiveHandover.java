package cn.edutrack.command.project.domain;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.ProjectId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Receive a developer-built school (接收配套). */
public record ReceiveHandover(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        Long expectedVersion,
        String handedOverBy,
        Capacity actualCapacity) implements ProjectCommand {}
