package cn.edutrack.query.project;

/**
 * The stage a project has reached, as the read models show it. Derived from the events; the command side
 * decides what is allowed, the query side only reports what happened.
 */
public enum ProjectStatus {
    REGISTERED,
    APPROVED,
    /** At least one allocation after approval, before construction or launch. */
    FUNDED,
    UNDER_CONSTRUCTION,
    COMPLETED,
    /** A developer-built school received by the bureau (接收配套); acceptance still applies. */
    HANDED_OVER,
    /** Failed its last inspection; awaiting rectification and re-inspection. */
    ACCEPTANCE_FAILED,
    ACCEPTED,
    IN_SERVICE,
    /** Work stopped; resuming returns the project to the status it had before. */
    SUSPENDED,
    CANCELLED,
    LAUNCHED,
    EVALUATED,
    CONCLUDED,
    SCALED_UP,
    APPLIED,
    GRANTED,
    REJECTED
}
