package cn.edutrack.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the web app reads of a plan's definition, {@code GET /api/plans/{planId}} (its programmes and their targets),
 * to offer the targets a project may be placed under. Fields it does not show are left.
 */
public final class PlanDefinitions {

    private PlanDefinitions() {
    }

    /** One plan with its programmes, each with its targets. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanDetail(String planId, String jurisdiction, String title, List<Programme> programmes) {

        public List<Programme> programmes() {
            return programmes == null ? List.of() : programmes;
        }
    }

    /** A programme (专栏, 重点工程) of the plan; {@code name} is null when it was never defined. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Programme(String programmeId, String name, List<Target> targets) {

        public List<Target> targets() {
            return targets == null ? List.of() : targets;
        }
    }

    /**
     * A target: what it counts ({@code counts}, e.g. {@code PLACES}) and the figure progress is measured against
     * ({@code goal}, null when the target has none).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Target(String targetId, String programmeId, String name, String counts, BigDecimal goal) {
    }
}
