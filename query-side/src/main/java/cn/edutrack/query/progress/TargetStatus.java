package cn.edutrack.query.progress;

/** Where a programme target stands; see {@link TargetRules#status}. */
public enum TargetStatus {
    /** What was delivered satisfies the target's comparator. */
    MET,
    /** Delivered at least what the linear path over the plan period expects by now. */
    ON_TRACK,
    /** Behind the path, but delivered plus what is completed or under construction would reach it. */
    AT_RISK,
    /** Behind the path even counting what is completed or under construction. */
    BEHIND,
    /** No project contributes, or the target has no figure to measure against. */
    NOT_MEASURED
}
