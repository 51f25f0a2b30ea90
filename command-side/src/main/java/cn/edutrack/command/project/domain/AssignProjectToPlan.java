package cn.edutrack.command.project.domain;

import cn.edutrack.events.PlanId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.plan.SourceQuote;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Place a project in a plan: programme, main target, contributions, portfolio ({@code parent}), quota, due
 * year. Repeating the same assignment records nothing; a different one replaces it.
 */
public record AssignProjectToPlan(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        PlanId planId,
        String programmeId,
        String targetId,
        List<ProjectAssignedToPlan.Contribution> contributions,
        ProjectId parent,
        ProjectAssignedToPlan.Quota quota,
        Integer dueYear,
        List<String> flags,
        SourceQuote source,
        Long expectedVersion) implements ProjectCommand {

    /** An assignment without the optimistic version check (as a plan import sends it). */
    public AssignProjectToPlan(ProjectId projectId, LocalDate businessDate, PlanId planId, String programmeId,
                               String targetId, List<ProjectAssignedToPlan.Contribution> contributions, ProjectId parent,
                               ProjectAssignedToPlan.Quota quota, Integer dueYear, List<String> flags, SourceQuote source) {
        this(projectId, businessDate, planId, programmeId, targetId, contributions, parent, quota, dueYear, flags, source,
                null);
    }
}
