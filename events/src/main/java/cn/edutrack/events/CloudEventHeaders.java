package cn.edutrack.events;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode, plus the
 * extension attributes Edutrack adds. Header values are UTF-8 strings.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    /** Event type with its version, e.g. {@code cn.edutrack.project.funding-allocated.v1}. */
    public static final String TYPE = "ce_type";
    /** The event's subject: project id, plan id or jurisdiction code (also the record key). */
    public static final String SUBJECT = "ce_subject";
    /** When the event was recorded (RFC 3339). The business date is in the payload. */
    public static final String TIME = "ce_time";
    public static final String DATA_SCHEMA = "ce_dataschema";
    /** Extension: the event's sequence number within its subject (0, 1, 2, ...). */
    public static final String SEQUENCE = "ce_sequence";
    /** Extension: the id of the user who recorded the event (absent on events recorded before users existed). */
    public static final String ACTOR_ID = "ce_actorid";
    /** Extension: the recording user's role: MANAGER, SUPERVISOR, AUDITOR or ADMINISTRATOR. */
    public static final String ACTOR_ROLE = "ce_actorrole";
    /** Extension: the organisation the recording user works for. */
    public static final String ACTOR_ORGANISATION = "ce_actororganisation";
    /** Extension: the jurisdiction the recording user acts in. */
    public static final String ACTOR_JURISDICTION = "ce_actorjurisdiction";
    /**
     * Extension: the recording user's comment on why it was recorded, as written (optional; UTF-8, any language).
     * Absent when the user gave none.
     */
    public static final String COMMENT = "ce_comment";
    /** Extension: the id of the HTTP request that recorded the event (the caller's {@code X-Request-Id}, or one made up). */
    public static final String REQUEST_ID = "ce_requestid";
    /** Extension: the id of the message that caused the event: the command it was recorded by. */
    public static final String CAUSATION_ID = "ce_causationid";
    /** Extension: the id shared by every message of one piece of work (Axon's correlation id). */
    public static final String CORRELATION_ID = "ce_correlationid";
    /** Content type of the value (binary mode carries it in the plain header). */
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String SOURCE_VALUE = "urn:edutrack:command-side";
    public static final String CONTENT_TYPE_VALUE = "application/json";

    private CloudEventHeaders() {
    }
}
