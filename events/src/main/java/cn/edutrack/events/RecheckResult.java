package cn.edutrack.events;

/** The outcome of a supervisor's re-check (复查) of a rectification order. */
public enum RecheckResult {
    /** Rectified as ordered (整改到位): the order is closed. */
    RECTIFIED,
    /** Not rectified (未整改到位): the order stands, with a new deadline if one was set, else the old one. */
    NOT_RECTIFIED
}
