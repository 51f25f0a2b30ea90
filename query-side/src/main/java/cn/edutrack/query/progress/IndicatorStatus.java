package cn.edutrack.query.progress;

/** Where an indicator stands by its comparator's meaning; see {@link IndicatorRules#evaluate}. */
public enum IndicatorStatus {
    /** The latest measured value satisfies the target (for yearly rules: every year so far does). */
    MET,
    /** Not met yet, but on the good side of the linear path from baseline to target. */
    ON_TRACK,
    /** Not met yet, and behind the path (or there is no path to judge by). */
    BEHIND,
    /** The target year has passed without the target being met, or a yearly rule was broken. */
    NOT_MET,
    /** Nothing measured (as of the date), or nothing that can be read against the comparator. */
    NO_DATA
}
