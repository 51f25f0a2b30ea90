package cn.edutrack.command.metadata;

/**
 * The keys of a stored event's metadata ({@code domainevententry.metadata}) besides the actor's
 * ({@code cn.edutrack.security.Actor.MetadataKeys}). Each is absent on events recorded before it existed; comment
 * is also absent when the user gave none.
 */
public final class MetadataKeys {

    /** The user's comment on why the event was recorded, as written (at most {@link #MAX_COMMENT_LENGTH} characters). */
    public static final String COMMENT = "comment";
    /** The id of the HTTP request that recorded the event: the caller's valid {@code X-Request-Id}, else a UUID. */
    public static final String REQUEST_ID = "requestId";
    /** The identifier of the command message that applied the event. */
    public static final String CAUSATION_ID = "causationId";
    /** Axon's: the identifier of the first message of the chain (the same for every message of one piece of work). */
    public static final String TRACE_ID = "traceId";
    /** Axon's: the identifier of the message being handled when the event was applied (in Axon 4, the command's). */
    public static final String CORRELATION_ID = "correlationId";

    /** The longest comment, in characters (UTF-16 code units, as Bean Validation counts them). */
    public static final int MAX_COMMENT_LENGTH = 2000;

    private MetadataKeys() {
    }
}
