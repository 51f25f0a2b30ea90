package cn.edutrack.query.projection;

/** Why a record was not projected. */
public enum AnomalyKind {
    /** The record's sequence is beyond the next one expected for its subject: events are missing. Resolved when they arrive. */
    GAP,
    /** The sequence cannot start or continue the project: a first event that is not the subject's registration, or a second registration. */
    INVALID_SEQUENCE,
    /** A different event (another id) claims a sequence number that was already applied. */
    SEQUENCE_CONFLICT,
    /** A {@code ce_type} this version of the query side does not know. */
    UNKNOWN_TYPE,
    /** The value does not read as its declared type, or lacks fields every event of that type has. */
    MALFORMED_PAYLOAD,
    /** Required CloudEvents headers missing or unreadable, or key, subject and payload naming different subjects. */
    INVALID_HEADERS,
    /** Projecting failed even after retries; the record was skipped so that the partition moves on. */
    PROJECTION_FAILED
}
