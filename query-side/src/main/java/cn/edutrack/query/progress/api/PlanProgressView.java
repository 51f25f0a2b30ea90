package cn.edutrack.query.progress.api;

import cn.edutrack.query.readmodel.QuantityView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Progress of a plan's targets as of a business date: firm targets in {@code targets}, soft ones (力争, 争创)
 * apart in {@code softTargets}. {@code elapsedShare} is the share of the plan period elapsed (0-1, 4 decimals).
 * {@code knownAt}: the recording time the figures are as known at (the events and target revisions recorded by then);
 * null for the figures as known now.
 */
public record PlanProgressView(String planId, String title, String jurisdiction, int periodFrom, int periodTo,
        LocalDate asOf, BigDecimal elapsedShare, List<Target> targets, List<Target> softTargets, Instant knownAt) {

    /**
     * One target.
     *
     * @param planned          the current planned figure (null when unquantified)
     * @param goal             the figure measured against: the value, or a range's minimum (null without one)
     * @param projects         leaf projects contributing (portfolios excluded)
     * @param delivered        sum of contributions accepted and in service by the date (see README)
     * @param percentOfTarget  delivered / goal × 100, 1 decimal
     * @param expectedByDate   goal × elapsed share of the plan period, 1 decimal
     * @param status           MET, ON_TRACK, AT_RISK, BEHIND or NOT_MEASURED
     * @param portfolios       portfolio projects on the target, their declared total beside their children's sums
     */
    @Schema(name = "TargetProgress")
    public record Target(String targetId, String programmeId, String name, String counts, String firmness,
            QuantityView planned, BigDecimal goal, List<String> flags, int revisions, long projects,
            Figures.Stages stages, BigDecimal delivered, Figures.Pipeline pipeline, BigDecimal percentOfTarget,
            BigDecimal expectedByDate, String status, List<Portfolio> portfolios) {
    }

    /**
     * A portfolio project: its own declared total for the target, never added to the target's sums, and the
     * sums of the leaf projects beneath it (its children, and the children of child portfolios) on the same target.
     */
    @Schema(name = "PortfolioComparison")
    public record Portfolio(String projectId, String title, BigDecimal declared, long childProjects,
            BigDecimal childrenDeclared, BigDecimal childrenDelivered) {
    }
}
