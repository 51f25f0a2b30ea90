package cn.edutrack.query.progress.api;

import cn.edutrack.query.plan.api.PlanDetailView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator read against its target as of a date.
 *
 * @param measurements   one per year, the latest recorded of that year among those recorded by the date
 * @param latest         the measurement of the latest year (null when none)
 * @param expectedByDate the value on the linear path from baseline to target at the date, 2 decimals (null
 *                       without a baseline or target year, and for range and yearly comparators)
 * @param status         MET, ON_TRACK, BEHIND, NOT_MET or NO_DATA
 * @param gap            latest − expectedByDate, 2 decimals: negative is behind for a growing target, positive
 *                       is behind for a falling one (at most, or a target below its baseline)
 */
public record IndicatorProgressView(String indicatorId, String name, String unit, String attribute, String concept,
        PlanDetailView.Baseline baseline, PlanDetailView.IndicatorTarget target, List<String> flags, int revisions,
        List<Measurement> measurements, Measurement latest, BigDecimal expectedByDate, String status, BigDecimal gap) {

    /** A measured value: the year it is for, when it was reported (business date) and recorded. */
    @Schema(name = "IndicatorMeasurement")
    public record Measurement(int year, BigDecimal value, String asWritten, List<String> flags, LocalDate businessDate,
            Instant recordedAt) {
    }

    /** The indicators of one plan, binding first, then expected, then not stated. */
    @Schema(name = "PlanIndicators")
    public record OfPlan(String planId, LocalDate asOf, List<IndicatorProgressView> indicators) {
    }

    /** An indicator of some plan of a jurisdiction subtree, with where it stands. */
    @Schema(name = "IndicatorInPlan")
    public record InPlan(String planId, String planTitle, String jurisdiction, String jurisdictionName, int periodFrom,
            int periodTo, String indicatorId, String name, String unit, String attribute, String concept,
            PlanDetailView.IndicatorTarget target, Measurement latest, BigDecimal expectedByDate, String status,
            BigDecimal gap) {
    }
}
