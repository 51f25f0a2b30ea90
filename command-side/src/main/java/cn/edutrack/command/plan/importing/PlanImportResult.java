package cn.edutrack.command.plan.importing;

import cn.edutrack.command.plan.file.PlanFile;
import cn.edutrack.events.plan.IndicatorDefined;
import cn.edutrack.events.plan.IndicatorTargetRevised;
import cn.edutrack.events.plan.JurisdictionRegistered;
import cn.edutrack.events.plan.PlanRegistered;
import cn.edutrack.events.plan.ProgrammeDefined;
import cn.edutrack.events.plan.TargetRevised;
import cn.edutrack.events.plan.TargetSet;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import java.util.Map;

/**
 * What an import recorded (or, for a dry run, would record). {@code unchanged} is true when the file was
 * already imported as it is: nothing new was recorded.
 */
public record PlanImportResult(
        String planId,
        String fileName,
        boolean dryRun,
        int eventsRecorded,
        boolean unchanged,
        int jurisdictionsRegistered,
        int plansRegistered,
        int indicatorsDefined,
        int indicatorTargetRevisions,
        int programmesDefined,
        int targetsSet,
        int targetRevisions,
        int projectsRegistered,
        int projectAssignments,
        int indicators,
        int programmes,
        int targets,
        int projects) {

    static PlanImportResult of(PlanFile file, boolean dryRun, int projectsRegistered, Map<String, Integer> recordedByType) {
        int total = recordedByType.values().stream().mapToInt(Integer::intValue).sum();
        return new PlanImportResult(
                file.plan().id(),
                file.fileName(),
                dryRun,
                total,
                total == 0,
                count(recordedByType, JurisdictionRegistered.class),
                count(recordedByType, PlanRegistered.class),
                count(recordedByType, IndicatorDefined.class),
                count(recordedByType, IndicatorTargetRevised.class),
                count(recordedByType, ProgrammeDefined.class),
                count(recordedByType, TargetSet.class),
                count(recordedByType, TargetRevised.class),
                projectsRegistered,
                count(recordedByType, ProjectAssignedToPlan.class),
                file.indicators().size(),
                file.programmes().size(),
                file.targets().size(),
                file.projects().size());
    }

    private static int count(Map<String, Integer> recordedByType, Class<?> type) {
        return recordedByType.getOrDefault(type.getName(), 0);
    }
}
