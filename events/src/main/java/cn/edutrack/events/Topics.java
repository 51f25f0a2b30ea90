package cn.edutrack.events;

/** Kafka topic names. The only place they are spelled. */
public final class Topics {

    /** Every project lifecycle event, keyed by project id so one project's events stay in order. */
    public static final String PROJECT_EVENTS = "edutrack.project-events.v1";

    private Topics() {
    }
}
