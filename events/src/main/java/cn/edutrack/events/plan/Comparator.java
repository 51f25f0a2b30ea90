package cn.edutrack.events.plan;

/**
 * How a target figure is to be read. {@link #RANGE} uses min and max; {@link #NEVER_DECREASE} and
 * {@link #ACHIEVED} carry no figure; every other comparator has one value.
 */
public enum Comparator {
    /** 以上, 不低于, 至少: measured >= value. */
    AT_LEAST,
    /** 超过: measured > value. */
    MORE_THAN,
    /** 不超过: measured <= value. */
    AT_MOST,
    /** A plain figure: measured = value (reached when measured >= value for a growing quantity). */
    EQUAL,
    /** 2-3, 1—2: min <= measured <= max. */
    RANGE,
    /** 约: approximately value. */
    ABOUT,
    /** 稳定…以上, 每年不低于: measured >= value in every year. */
    MAINTAIN_EVERY_YEAR,
    /** 只增不减: each year's figure >= the year before. */
    NEVER_DECREASE,
    /** 建成, 通过认定: a yes/no outcome. */
    ACHIEVED;

    public boolean usesRange() {
        return this == RANGE;
    }

    public boolean takesNoValue() {
        return this == NEVER_DECREASE || this == ACHIEVED;
    }
}
