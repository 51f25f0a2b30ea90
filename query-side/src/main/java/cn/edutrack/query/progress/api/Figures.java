package cn.edutrack.query.progress.api;

import cn.edutrack.query.readmodel.Numbers;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * What the leaf projects contributing to a target (or a group of targets of one unit) reached by a date.
 *
 * @param projects  leaf projects contributing (a portfolio is not counted; its children are)
 * @param stages    how many of them reached each stage by the date
 * @param delivered the sum of their contributions delivered by the date, in the target's unit
 * @param pipeline  the sum of the contributions not delivered (nor cancelled), by the furthest stage reached
 */
public record Figures(long projects, Stages stages, BigDecimal delivered, Pipeline pipeline) {

    /**
     * Projects that reached each stage by the date. {@code completed} includes handed-over (接收) projects;
     * {@code acceptanceFailed} counts those that failed an inspection and were not accepted by the date.
     */
    @Schema(name = "StageCounts")
    public record Stages(long approved, long funded, long constructionStarted, long completed, long accepted,
            long inService, long acceptanceFailed, long cancelled) {
    }

    /** Contributions on their way, by the furthest stage their project reached. */
    @Schema(name = "Pipeline")
    public record Pipeline(BigDecimal approved, BigDecimal underConstruction, BigDecimal completed) {

        /** Completed or under construction: what could be delivered soon. */
        @JsonIgnore
        public BigDecimal advanced() {
            return underConstruction.add(completed);
        }
    }

    static BigDecimal plain(BigDecimal value) {
        return Numbers.plain(value);
    }
}
