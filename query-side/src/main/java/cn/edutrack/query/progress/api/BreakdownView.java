package cn.edutrack.query.progress.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One target's figures per jurisdiction one level below the plan's ({@code jurisdiction}), ranked by completion
 * share (completed / projects): rank 1 is the highest share, the lowest ranks last, equal shares share a rank.
 */
public record BreakdownView(String planId, String targetId, String name, String counts, String by, LocalDate asOf,
        String jurisdiction, List<Row> rows) {

    /**
     * @param jurisdiction    the child jurisdiction's code (the plan's own code for projects of the plan's level)
     * @param name            its name when registered
     * @param completionShare completed / projects, 3 decimals
     */
    @Schema(name = "BreakdownRow")
    public record Row(String jurisdiction, String name, long projects, Figures.Stages stages, BigDecimal delivered,
            Figures.Pipeline pipeline, BigDecimal completionShare, int rank) {
    }
}
