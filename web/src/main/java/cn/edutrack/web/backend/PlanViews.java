package cn.edutrack.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the web app reads of the query side's plans, progress, roll-ups, indicators and lagging lists (fields it does
 * not show are left).
 */
public final class PlanViews {

    private PlanViews() {
    }

    /** An item of {@code GET /api/plans}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan(String planId, String jurisdiction, String jurisdictionName, String title, String type,
            int periodFrom, int periodTo) {
    }

    /**
     * {@code GET /api/plans/{id}/progress}: targets binding/firm first, as the API orders them; the soft ones (力争,
     * 争创: what the plan only strives for) apart.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Progress(String planId, String title, String jurisdiction, int periodFrom, int periodTo,
            LocalDate asOf, List<Target> targets, List<Target> softTargets) {

        public List<Target> targets() {
            return targets == null ? List.of() : targets;
        }

        public List<Target> softTargets() {
            return softTargets == null ? List.of() : softTargets;
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

    /**
     * {@code GET /api/plans/{id}/rollup?by=jurisdiction} or {@code by=programme}: the plan's per-target figures summed
     * per child jurisdiction (or per programme) and unit.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rollup(String planId, String by, LocalDate asOf, List<RollupRow> rows) {

        public List<RollupRow> rows() {
            return rows == null ? List.of() : rows;
        }
    }

    /**
     * {@code GET /api/progress/rollup?jurisdiction=}: every plan's leaf projects in a jurisdiction and below (a city
     * over its districts' own plans), per child jurisdiction and unit.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DistrictRollup(String jurisdiction, LocalDate asOf, List<RollupRow> rows) {

        public List<RollupRow> rows() {
            return rows == null ? List.of() : rows;
        }
    }

    /**
     * One group's figures in one unit ({@code counts}) in any roll-up: {@code group} is the child jurisdiction's code
     * (or, by programme, the programme's id) and {@code name} its name; {@code targets} (the plan's roll-ups) or
     * {@code plans} (across plans) says how many were summed, the other is null.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RollupRow(String group, String name, String counts, Long targets, Long plans, long projects,
            Stages stages, BigDecimal delivered) {
    }

    /** {@code GET /api/plans/{id}/indicators}: binding first, then expected, then not stated, as the API orders them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicators(String planId, LocalDate asOf, List<Indicator> indicators) {

        public List<Indicator> indicators() {
            return indicators == null ? List.of() : indicators;
        }
    }

    /** An indicator read against its target: the latest measurement, the value expected by now and the status. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String indicatorId, String name, String unit, String attribute, Baseline baseline,
            IndicatorTarget target, Measurement latest, BigDecimal expectedByDate, String status, BigDecimal gap) {
    }

    /** An indicator's baseline: the year and the value. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Baseline(Integer year, BigDecimal value, String asWritten) {
    }

    /** An indicator's target: the year it is due (none for yearly rules), the comparator, the figures. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndicatorTarget(Integer year, String comparator, BigDecimal value, BigDecimal min, BigDecimal max,
            String asWritten) {

        /** The target as the plan wrote it ({@code 97以上}), else its figure or range. */
        public String figure() {
            if (asWritten != null && !asWritten.isBlank()) {
                return asWritten;
            }
            if (value != null) {
                return value.toPlainString();
            }
            return min == null || max == null ? "" : min.toPlainString() + "–" + max.toPlainString();
        }
    }

    /** A measured value of an indicator and the year it is for. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Measurement(int year, BigDecimal value, String asWritten) {
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
