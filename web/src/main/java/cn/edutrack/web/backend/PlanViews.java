package cn.edutrack.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the web app reads of the query side's plans, progress and lagging lists (fields it does not show are left). */
public final class PlanViews {

    private PlanViews() {
    }

    /** An item of {@code GET /api/plans}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan(String planId, String jurisdiction, String jurisdictionName, String title, String type,
            int periodFrom, int periodTo) {
    }

    /** {@code GET /api/plans/{id}/progress}: targets binding/firm first, as the API orders them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Progress(String planId, String title, String jurisdiction, int periodFrom, int periodTo,
            LocalDate asOf, List<Target> targets, List<Target> softTargets) {

        public List<Target> targets() {
            return targets == null ? List.of() : targets;
        }
    }

    /** One target's figures. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Target(String targetId, String programmeId, String name, String counts, String firmness,
            BigDecimal goal, long projects, Stages stages, BigDecimal delivered, BigDecimal percentOfTarget,
            BigDecimal expectedByDate, String status) {
    }

    /** How many of a target's projects reached each stage. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Stages(long approved, long funded, long constructionStarted, long completed, long accepted,
            long inService, long acceptanceFailed, long cancelled) {
    }

    /** {@code GET /api/lagging}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lagging(String jurisdiction, LocalDate asOf, List<LaggingProject> overdue,
            List<LaggingProject> failedAcceptance, List<LaggingProject> stale, List<OverdueOrder> rectificationOverdue) {
    }

    /** A project in one of the lagging lists. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LaggingProject(String projectId, String title, String jurisdiction, String status,
            LocalDate plannedCompletion, LocalDate due, Long daysOverdue, LocalDate acceptanceFailedOn,
            LocalDate rectificationDeadline, LocalDate lastEventOn, Long daysSinceLastEvent) {
    }

    /** A rectification order open past its deadline. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OverdueOrder(String projectId, String title, String jurisdiction, int orderNumber, LocalDate deadline,
            long daysOverdue) {
    }

    /** The command side's answer to a plan-file import (or its dry run): what was (or would be) recorded. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportResult(String planId, String fileName, boolean dryRun, int eventsRecorded, boolean unchanged,
            int jurisdictionsRegistered, int plansRegistered, int indicatorsDefined, int indicatorTargetRevisions,
            int programmesDefined, int targetsSet, int targetRevisions, int projectsRegistered, int projectAssignments,
            int indicators, int programmes, int targets, int projects) {
    }
}
