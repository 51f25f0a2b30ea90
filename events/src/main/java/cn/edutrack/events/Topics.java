package cn.edutrack.events;

/** Kafka topic names. The only place they are spelled. */
public final class Topics {

    /** Every project lifecycle event, keyed by project id so one project's events stay in order. */
    public static final String PROJECT_EVENTS = "edutrack.project-events.v1";

    /**
     * Partitions of {@link #PROJECT_EVENTS} when the command side creates it. Fixed for the topic's
     * life: a project's key must keep mapping to the same partition.
     */
    public static final int PROJECT_EVENTS_PARTITIONS = 6;

    /**
     * Plan events and jurisdictions, keyed by plan id or jurisdiction code (the event's subject) so one
     * plan's events stay in order.
     */
    public static final String PLAN_EVENTS = "edutrack.plan-events.v1";

    /** Partitions of {@link #PLAN_EVENTS} when the command side creates it; fixed for the topic's life. */
    public static final int PLAN_EVENTS_PARTITIONS = 3;

    private Topics() {
    }
}
