package cn.edutrack.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * What the web app reads of the query side's plans (their definitions, progress, roll-ups, indicators, quotas and
 * money) and lagging lists (fields it does not show are left).
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
     * {@code GET /api/plans/{id}}: one plan with its programmes, each with its targets (what the plan assignment form
     * offers).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanDetail(String planId, String jurisdiction, String title, List<Programme> programmes) {

        public List<Programme> programmes() {
            return programmes == null ? List.of() : programmes;
        }
    }

    /** A programme (专栏, 重点工程) of a plan; {@code name} is null when it was never defined. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Programme(String programmeId, String name, List<DefinedTarget> targets) {

        public List<DefinedTarget> targets() {
            return targets == null ? List.of() : targets;
        }
    }

    /**
     * A target as the plan defines it: what it counts ({@code counts}, e.g. {@code PLACES}) and the figure progress is
     * measured against ({@code goal}, null when the target has none). Its figures are a {@link Target}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DefinedTarget(String targetId, String programmeId, String name, String counts, BigDecimal goal) {
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
            return new Quantity(comparator, value, min, max, asWritten).figure();
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

    /**
     * {@code GET /api/money?planId=}: the plan's projects' approved budgets against the money allocated to them, in
     * total, by funding source and per child jurisdiction (portfolios left out: their children count). Amounts are
     * yuan as decimal strings, as the API writes money. Not dated: the API answers as recorded now.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Money(String planId, String jurisdiction, long projects, long portfoliosExcluded,
            String approvedBudget, String allocated, BigDecimal allocatedPercent, List<MoneyBySource> bySource,
            List<MoneyByJurisdiction> byJurisdiction) {

        public List<MoneyBySource> bySource() {
            return bySource == null ? List.of() : bySource;
        }

        public List<MoneyByJurisdiction> byJurisdiction() {
            return byJurisdiction == null ? List.of() : byJurisdiction;
        }
    }

    /** Money allocated from one source, in how many allocations, to how many projects. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MoneyBySource(String source, String amount, long allocations, long projects) {
    }

    /** One child jurisdiction's (or the jurisdiction's own) approved budgets and allocations. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MoneyByJurisdiction(String jurisdiction, String name, long projects, String approvedBudget,
            String allocated) {

        /** Allocated / approved × 100 to one decimal, as the API rounds the total's; null without an approved budget. */
        public BigDecimal allocatedPercent() {
            if (approvedBudget == null || allocated == null) {
                return null;
            }
            BigDecimal approved = new BigDecimal(approvedBudget);
            return approved.signum() == 0 ? null
                    : new BigDecimal(allocated).multiply(BigDecimal.valueOf(100)).divide(approved, 1, RoundingMode.HALF_UP);
        }
    }

    /** {@code GET /api/plans/{id}/quotas}: the plan's per-unit, per-year quotas, each with its obligations. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quotas(String planId, LocalDate asOf, List<Quota> quotas) {

        public List<Quota> quotas() {
            return quotas == null ? List.of() : quotas;
        }
    }

    /**
     * A quota (每个乡镇每年1—2所) of a project: {@code perYear} in each unit of level {@code per} below the project's
     * jurisdiction, each year from {@code fromYear} to {@code toYear}; {@code met} of the obligations reached. Without
     * registered units ({@code unitsKnown} false) there are no obligations and {@code note} says what to register.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quota(String projectId, String title, String jurisdiction, String per, Quantity perYear,
            int fromYear, int toYear, int units, boolean unitsKnown, String note, int met, List<Obligation> obligations) {

        public List<Obligation> obligations() {
            return obligations == null ? List.of() : obligations;
        }

        /** The years of the quota, in order: the grid's columns. */
        public List<Integer> years() {
            return IntStream.rangeClosed(fromYear, toYear).boxed().toList();
        }

        /**
         * The grid the dashboard shows: one row per unit with obligations, in the order the API lists them, with one
         * cell per year of {@link #years()} (null where the unit has no obligation that year).
         */
        public List<QuotaRow> grid() {
            Map<String, Obligation[]> cells = new LinkedHashMap<>();
            for (Obligation o : obligations()) {
                Obligation[] row = cells.computeIfAbsent(o.unit(), unit -> new Obligation[toYear - fromYear + 1]);
                if (o.year() >= fromYear && o.year() <= toYear) {
                    row[o.year() - fromYear] = o;
                }
            }
            List<QuotaRow> rows = new ArrayList<>();
            cells.forEach((unit, row) -> rows.add(new QuotaRow(unit, Arrays.stream(row).filter(Objects::nonNull)
                    .map(Obligation::unitName).filter(Objects::nonNull).findFirst().orElse(null), Arrays.asList(row))));
            return rows;
        }
    }

    /** One unit's row of a quota's grid: its code and name, and its obligation of each year (null for none). */
    public record QuotaRow(String unit, String unitName, List<Obligation> cells) {
    }

    /** A figure as a plan writes it: comparator, a value or a range, and the text as printed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quantity(String comparator, BigDecimal value, BigDecimal min, BigDecimal max, String asWritten) {

        /** The figure as the plan wrote it ({@code 1—2所}), else its value or range. */
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

    /**
     * One unit in one year: how many of the quota's projects in it were delivered that year, and whether that meets
     * the quota ({@code MET}, {@code OPEN} while the year runs, {@code NOT_MET}, {@code NOT_DUE}).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Obligation(String unit, String unitName, int year, long achieved, String status) {
    }

    /** The command side's answer to a plan-file import (or its dry run): what was (or would be) recorded. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportResult(String planId, String fileName, boolean dryRun, int eventsRecorded, boolean unchanged,
            int jurisdictionsRegistered, int plansRegistered, int indicatorsDefined, int indicatorTargetRevisions,
            int programmesDefined, int targetsSet, int targetRevisions, int projectsRegistered, int projectAssignments,
            int indicators, int programmes, int targets, int projects) {
    }
}
