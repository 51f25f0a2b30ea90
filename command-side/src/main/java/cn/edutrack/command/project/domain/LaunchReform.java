package cn.edutrack.command.project.domain;

import cn.edutrack.events.OrganisationId;
import cn.edutrack.events.ProjectId;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Launch a reform with its participating units. */
public record LaunchReform(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        Long expectedVersion,
        List<OrganisationId> participatingUnits) implements ProjectCommand {
    public LaunchReform {
        participatingUnits = participatingUnits == null ? List.of() : List.copyOf(participatingUnits);
    }
}
