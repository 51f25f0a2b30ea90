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

    private Topics() {
    }
}
