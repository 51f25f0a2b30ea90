package cn.edutrack.query.progress;

import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Quantity;
import java.math.BigDecimal;

/**
 * How a programme target's progress is judged from what contributing projects delivered. The figures are
 * cumulative counts (kindergartens, places, ...), so a target is reached from below.
 */
public final class TargetRules {

    /** "约 value" counts as met from 95% of the value. */
    static final BigDecimal ABOUT_TOLERANCE = new BigDecimal("0.05");

    private TargetRules() {
    }

    /**
     * The figure progress is measured against: the value, or a range's minimum. None for comparators without a
     * figure (never-decrease, achieved), and none for {@code at_most}: a ceiling on a cumulative count is not
     * something to progress towards.
     */
    public static BigDecimal goal(Quantity planned) {
        if (planned == null || planned.comparator() == Comparator.AT_MOST) {
            return null;
        }
        return planned.goal();
    }

    /** True when {@code delivered} satisfies the planned figure; false for targets without a goal. */
    public static boolean met(Quantity planned, BigDecimal delivered) {
        BigDecimal goal = goal(planned);
        if (goal == null) {
            return false;
        }
        return switch (planned.comparator()) {
            case MORE_THAN -> delivered.compareTo(goal) > 0;
            case ABOUT -> delivered.compareTo(goal.subtract(goal.abs().multiply(ABOUT_TOLERANCE))) >= 0;
            default -> delivered.compareTo(goal) >= 0;
        };
    }

    /**
     * The status of a target.
     *
     * @param projects    leaf projects contributing to it
     * @param delivered   the sum delivered (accepted and in service) by the date
     * @param expected    the goal times the elapsed share of the plan period (unrounded)
     * @param advanced    what is completed or under construction but not delivered yet
     */
    public static TargetStatus status(Quantity planned, long projects, BigDecimal delivered, BigDecimal expected,
            BigDecimal advanced) {
        if (projects == 0 || goal(planned) == null) {
            return TargetStatus.NOT_MEASURED;
        }
        if (met(planned, delivered)) {
            return TargetStatus.MET;
        }
        if (delivered.compareTo(expected) >= 0) {
            return TargetStatus.ON_TRACK;
        }
        if (delivered.add(advanced).compareTo(expected) >= 0) {
            return TargetStatus.AT_RISK;
        }
        return TargetStatus.BEHIND;
    }

    /** delivered / goal × 100, one decimal; null without a (non-zero) goal. */
    public static BigDecimal percentOf(BigDecimal delivered, BigDecimal goal) {
        if (goal == null || goal.signum() == 0) {
            return null;
        }
        return Decimals.round(delivered.multiply(BigDecimal.valueOf(100)).divide(goal, Decimals.PRECISION), 1);
    }
}
