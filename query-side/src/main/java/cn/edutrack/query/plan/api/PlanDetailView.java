package cn.edutrack.query.plan.api;

import cn.edutrack.query.readmodel.QuantityView;
import cn.edutrack.query.readmodel.SourceView;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** A plan with its programmes (each with its targets) and its indicators, as currently defined. */
public record PlanDetailView(@JsonUnwrapped PlanView plan, List<Programme> programmes, List<Indicator> indicators) {

    /** A programme (专栏, 重点工程, ...) and its targets; {@code name} and {@code kind} are null if never defined. */
    @Schema(name = "PlanProgramme")
    public record Programme(String programmeId, String name, String kind, String number, SourceView source,
            List<Target> targets) {
    }

    /**
     * A programme target with its current planned figure ({@code planned}, null when unquantified), the figure
     * progress is measured against ({@code goal}), firmness ({@code FIRM}/{@code SOFT}) and how often it was revised.
     */
    @Schema(name = "PlanTarget")
    public record Target(String targetId, String programmeId, String name, String counts, QuantityView planned,
            BigDecimal goal, String firmness, String indicatorId, String per, List<String> flags, int revisions,
            SourceView source) {
    }

    /** An indicator with its baseline (null when none) and current target. */
    @Schema(name = "PlanIndicator")
    public record Indicator(String indicatorId, String name, String unit, String attribute, String concept,
            Baseline baseline, IndicatorTarget target, List<String> flags, int revisions, SourceView source) {
    }

    @Schema(name = "IndicatorBaseline")
    public record Baseline(int year, BigDecimal value, String asWritten) {
    }

    /** The target figure and the year it is due (null for yearly rules such as maintain-every-year). */
    @Schema(name = "IndicatorTarget")
    public record IndicatorTarget(Integer year, String comparator, BigDecimal value, BigDecimal min, BigDecimal max,
            String asWritten) {
    }
}
