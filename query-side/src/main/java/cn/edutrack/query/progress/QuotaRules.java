package cn.edutrack.query.progress;

import cn.edutrack.events.plan.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Per-sub-unit, per-year quotas (每个乡镇每年1—2所): which jurisdiction level a quota's {@code per} names, and the
 * status of one obligation (one unit, one year).
 */
public final class QuotaRules {

    /** The status of one obligation. */
    public enum Status {
        /** The year's figure is reached. */
        MET,
        /** The year is running and the figure is not reached yet. */
        OPEN,
        /** The year is over and the figure was not reached. */
        NOT_MET,
        /** The year has not begun. */
        NOT_DUE
    }

    private QuotaRules() {
    }

    /**
     * The jurisdiction levels a quota's {@code per} (as written) names: 乡, 镇, 街道 → township; 县, 区 (县(市、区)) →
     * county or district; 市 alone → city. Empty when it names none of them.
     */
    public static Set<String> levels(String per) {
        if (per == null) {
            return Set.of();
        }
        if (per.contains("乡") || per.contains("镇") || per.contains("街道")) {
            return Set.of("TOWNSHIP");
        }
        if (per.contains("县") || per.contains("区")) {
            return Set.of("COUNTY", "DISTRICT");
        }
        if (per.contains("市")) {
            return Set.of("CITY");
        }
        return Set.of();
    }

    /**
     * One obligation's status as of {@code asOf}: reached when {@code achieved} is at least the per-year figure (the
     * lower end of a range; more than the upper end still reaches it).
     */
    public static Status status(long achieved, Quantity perYear, int year, LocalDate asOf) {
        BigDecimal goal = perYear.goal();
        if (goal != null && BigDecimal.valueOf(achieved).compareTo(goal) >= 0) {
            return Status.MET;
        }
        if (year > asOf.getYear()) {
            return Status.NOT_DUE;
        }
        return year == asOf.getYear() ? Status.OPEN : Status.NOT_MET;
    }
}
