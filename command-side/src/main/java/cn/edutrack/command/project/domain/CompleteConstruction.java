package cn.edutrack.command.project.domain;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.ProjectId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record completion (竣工) with what was actually built. */
public record CompleteConstruction(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        Long expectedVersion,
        Capacity actualCapacity,
        BigDecimal floorAreaSquareMetres) implements ProjectCommand {}
