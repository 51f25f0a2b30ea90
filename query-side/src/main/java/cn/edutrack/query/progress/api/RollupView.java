package cn.edutrack.query.progress.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan's target figures summed per programme or per child jurisdiction, one row per group and unit
 * ({@code counts}): amounts of different units are never added.
 */
public record RollupView(String planId, String by, LocalDate asOf, List<Row> rows) {

    /**
     * @param group   the programme id, or the child jurisdiction's code
     * @param name    the programme's or jurisdiction's name
     * @param targets targets of this unit summed in the row
     * @param projects leaf projects contributing, summed over the targets (a project on two targets counts twice)
     */
    @Schema(name = "RollupRow")
    public record Row(String group, String name, String counts, long targets, long projects, Figures.Stages stages,
            BigDecimal delivered, Figures.Pipeline pipeline) {
    }
}
