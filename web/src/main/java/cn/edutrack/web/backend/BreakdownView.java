package cn.edutrack.web.backend;

import cn.edutrack.web.backend.PlanViews.Stages;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/plans/{planId}/targets/{targetId}/breakdown}: one target's figures per jurisdiction one level below
 * the plan's ({@code jurisdiction}), in rank order (rank 1 the highest completion share, completed / projects; equal
 * shares share a rank). The pipeline the API also answers is left.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BreakdownView(String planId, String targetId, String name, String counts, String by, LocalDate asOf,
        String jurisdiction, List<Row> rows) {

    public List<Row> rows() {
        return rows == null ? List.of() : rows;
    }

    /**
     * One child jurisdiction's figures: its code ({@code jurisdiction}, the plan's own code for projects of the plan's
     * level) and name, how many projects reached each stage, what was delivered, the completion share (3 decimals, none
     * without projects) and the rank.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String jurisdiction, String name, long projects, Stages stages, BigDecimal delivered,
            BigDecimal completionShare, int rank) {

        /** The completion share as a percent with one decimal ({@code 0.5} is {@code 50.0}); null without a share. */
        public BigDecimal completionPercent() {
            return completionShare == null ? null
                    : completionShare.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        }
    }
}
