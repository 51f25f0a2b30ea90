package cn.edutrack.query.projection;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The order every projection keeps within a subject's stream: a record is applied only when it is the next one
 * (its sequence is the position + 1, and the stream starts with its registration). Anything else is a duplicate
 * (passed over), or it is not applied and recorded as an anomaly: a gap (resolved when the missing events are
 * applied), a stream not starting with its registration, a second registration, another event at a sequence
 * already applied.
 */
public final class StreamSequence {

    /** What became of a record. */
    public enum Outcome { APPLIED, ALREADY_APPLIED, NOT_APPLIED }

    private final JdbcClient jdbc;
    private final ProjectionAnomalies anomalies;
    private final String timelineTable;
    private final String subjectColumn;

    /**
     * @param timelineTable the table holding one row per applied event ({@code sequence}, {@code event_id},
     *                      {@code event_type}, {@code business_date}, {@code recorded_at}, {@code summary}, {@code payload},
     *                      and who recorded it: {@code actor_user_id}, {@code actor_role}, {@code actor_organisation},
     *                      {@code actor_jurisdiction}, and why: {@code comment}, {@code request_id}, {@code causation_id},
     *                      {@code correlation_id})
     * @param subjectColumn its column naming the subject; both are constants of the caller, never from a record
     */
    public StreamSequence(JdbcClient jdbc, ProjectionAnomalies anomalies, String timelineTable, String subjectColumn) {
        this.jdbc = jdbc;
        this.anomalies = anomalies;
        this.timelineTable = timelineTable;
        this.subjectColumn = subjectColumn;
    }

    /**
     * Empty when the record is the next of its stream and is to be applied; otherwise what became of it.
     *
     * @param position     the subject's last applied sequence, read with a row lock; empty before its registration
     * @param registration whether the record is the registration that starts the stream
     * @param stream       what the stream is of, for the anomaly's text ("project", "plan", "jurisdiction")
     */
    public Optional<Outcome> refusal(SequencedRecord record, Optional<Long> position, boolean registration, String stream) {
        long expected = position.map(version -> version + 1).orElse(0L);
        if (record.sequence() < expected) {
            return Optional.of(alreadyApplied(record));
        }
        if (record.sequence() > expected) {
            return notApplied(record, AnomalyKind.GAP, expected, "sequence " + record.sequence() + " arrived while "
                    + expected + " is the next expected; waiting for the missing events");
        }
        if (position.isEmpty() && !registration) {
            return notApplied(record, AnomalyKind.INVALID_SEQUENCE, expected,
                    "the first event of a " + stream + " must be its registration, not " + record.ceType());
        }
        if (position.isPresent() && registration) {
            return notApplied(record, AnomalyKind.INVALID_SEQUENCE, expected, "the " + stream + " is already registered");
        }
        return Optional.empty();
    }

    /**
     * After the record's rows are written: its timeline row (what later duplicates are told apart by), and the gaps
     * it closes are resolved.
     *
     * @param summary one line saying what happened, for the timeline
     */
    public Outcome applied(SequencedRecord record, String summary) {
        return applied(record, summary, null);
    }

    /**
     * As {@link #applied(SequencedRecord, String)}, for an event that corrects an earlier one of its stream.
     *
     * @param correctsSequence the sequence of the event it corrects, kept in the timeline's {@code corrects_sequence}
     *                         (a column only the project timeline has); null for any other event
     */
    public Outcome applied(SequencedRecord record, String summary, Long correctsSequence) {
        RecordedBy actor = record.recordedBy();
        RecordingContext context = record.context() == null ? RecordingContext.NONE : record.context();
        String correctsColumn = correctsSequence == null ? "" : ", corrects_sequence";
        String correctsValue = correctsSequence == null ? "" : ", :correctsSequence";
        var insert = jdbc.sql("insert into " + timelineTable + " (" + subjectColumn + ", sequence, event_id, event_type,"
                        + " business_date, recorded_at, summary, payload, actor_user_id, actor_role, actor_organisation,"
                        + " actor_jurisdiction, comment, request_id, causation_id, correlation_id" + correctsColumn + ")"
                        + " values (:subject, :sequence, :eventId, :type, :businessDate, :recordedAt,"
                        + " :summary, cast(:payload as jsonb), :actorUserId, :actorRole, :actorOrganisation,"
                        + " :actorJurisdiction, :comment, :requestId, :causationId, :correlationId" + correctsValue + ")")
                .param("subject", record.subject())
                .param("sequence", record.sequence())
                .param("eventId", record.eventId())
                .param("type", record.ceType())
                .param("businessDate", record.event().businessDate())
                .param("recordedAt", OffsetDateTime.ofInstant(record.event().recordedAt(), ZoneOffset.UTC))
                .param("summary", summary)
                .param("payload", record.payload())
                .param("actorUserId", text(actor == null ? null : actor.userId()))
                .param("actorRole", text(actor == null ? null : actor.role()))
                .param("actorOrganisation", text(actor == null ? null : actor.organisation()))
                .param("actorJurisdiction", text(actor == null ? null : actor.jurisdiction()))
                .param("comment", text(context.comment()))
                .param("requestId", text(context.requestId()))
                .param("causationId", text(context.causationId()))
                .param("correlationId", text(context.correlationId()));
        if (correctsSequence != null) {
            insert = insert.param("correctsSequence", correctsSequence);
        }
        insert.update();
        anomalies.resolveGaps(record.origin().topic(), record.subject(), record.sequence());
        return Outcome.APPLIED;
    }

    /** A nullable text parameter (typed, so that PostgreSQL knows the type of a null). */
    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private Outcome alreadyApplied(SequencedRecord record) {
        Optional<UUID> applied = jdbc.sql("select event_id from " + timelineTable + " where " + subjectColumn
                        + " = ? and sequence = ?")
                .param(record.subject())
                .param(record.sequence())
                .query(UUID.class)
                .optional();
        if (applied.isPresent() && !applied.get().equals(record.eventId())) {
            anomalies.record(anomaly(record, AnomalyKind.SEQUENCE_CONFLICT, null, "sequence " + record.sequence()
                    + " was applied from event " + applied.get() + "; this is another event with the same sequence"));
            return Outcome.NOT_APPLIED;
        }
        return Outcome.ALREADY_APPLIED;
    }

    private Optional<Outcome> notApplied(SequencedRecord record, AnomalyKind kind, long expected, String detail) {
        anomalies.record(anomaly(record, kind, expected, detail));
        return Optional.of(Outcome.NOT_APPLIED);
    }

    private static Anomaly anomaly(SequencedRecord record, AnomalyKind kind, Long expected, String detail) {
        return new Anomaly(kind, record.subject(), expected, record.sequence(), record.eventId().toString(),
                record.ceType(), detail, record.origin());
    }
}
