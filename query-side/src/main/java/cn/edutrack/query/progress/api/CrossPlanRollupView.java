package cn.edutrack.query.progress.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Every plan's projects in a jurisdiction and below (a city over its districts' own plans), summed per child
 * jurisdiction and unit ({@code counts}): amounts of different units are never added.
 */
public record CrossPlanRollupView(String jurisdiction, LocalDate asOf, List<Row> rows) {

    /**
     * @param group    the child jurisdiction's code (a project of the jurisdiction itself keeps its code)
     * @param plans    plans whose projects make up the row
     * @param projects leaf projects, each counted once per unit even when it counts on several targets of that unit
     */
    @Schema(name = "CrossPlanRollupRow")
    public record Row(String group, String name, String counts, long plans, long projects, Figures.Stages stages,
            BigDecimal delivered, Figures.Pipeline pipeline) {
    }
}
