package cn.edutrack.query.projection;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code projection_anomaly} table: what the projection met and did not apply. */
@Repository
public class ProjectionAnomalies {

    /** Texts from a poison record can be anything; keep what an operator needs to read, not megabytes. */
    private static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    public ProjectionAnomalies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an anomaly, joining the caller's transaction if there is one. The same record re-read after a
     * restart (same topic, partition, offset and kind) is recorded once.
     */
    public void record(Anomaly anomaly) {
        jdbc.sql("""
                        insert into projection_anomaly (kind, subject, expected_sequence, received_sequence, event_id,
                            event_type, detail, kafka_topic, kafka_partition, kafka_offset, detected_at)
                        values (:kind, :subject, :expected, :received, :eventId, :eventType, :detail, :topic, :partition,
                            :offset, :detectedAt)
                        on conflict (kafka_topic, kafka_partition, kafka_offset, kind) do nothing
                        """)
                .param("kind", anomaly.kind().name())
                .param("subject", clip(anomaly.subject(), 200))
                .param("expected", anomaly.expectedSequence())
                .param("received", anomaly.receivedSequence())
                .param("eventId", clip(anomaly.eventId(), 200))
                .param("eventType", clip(anomaly.eventType(), 200))
                .param("detail", clip(anomaly.detail(), MAX_TEXT))
                .param("topic", anomaly.origin().topic())
                .param("partition", anomaly.origin().partition())
                .param("offset", anomaly.origin().offset())
                .param("detectedAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    /**
     * Marks the gaps of a subject (a project, a plan, a jurisdiction) on a topic as resolved once it has caught
     * up to (or past) the sequence that was too early.
     */
    public void resolveGaps(String topic, String subject, long appliedSequence) {
        jdbc.sql("""
                        update projection_anomaly set resolved_at = :now
                        where subject = :subject and kafka_topic = :topic and kind = 'GAP' and resolved_at is null
                          and received_sequence <= :applied
                        """)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("subject", subject)
                .param("topic", topic)
                .param("applied", appliedSequence)
                .update();
    }

    /**
     * Anomalies, newest first, optionally of one subject (project id, plan id or jurisdiction code), and open
     * (not resolved: gaps still waiting and every poison record) or resolved only.
     */
    public List<AnomalyView> find(String subject, Boolean open, int offset, int limit) {
        return jdbc.sql("select * from projection_anomaly" + where(subject, open)
                        + " order by detected_at desc, id desc limit :limit offset :offset")
                .param("subject", subject)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new AnomalyView(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("subject"),
                        rs.getString("subject"),
                        rs.getObject("expected_sequence", Long.class),
                        rs.getObject("received_sequence", Long.class),
                        rs.getString("event_id"),
                        rs.getString("event_type"),
                        rs.getString("detail"),
                        rs.getString("kafka_topic"),
                        rs.getInt("kafka_partition"),
                        rs.getLong("kafka_offset"),
                        instant(rs.getObject("detected_at", OffsetDateTime.class)),
                        instant(rs.getObject("resolved_at", OffsetDateTime.class))))
                .list();
    }

    public long count(String subject, Boolean open) {
        return jdbc.sql("select count(*) from projection_anomaly" + where(subject, open))
                .param("subject", subject)
                .query(Long.class)
                .single();
    }

    private static String where(String subject, Boolean open) {
        StringBuilder where = new StringBuilder(" where true");
        if (subject != null) {
            where.append(" and subject = :subject");
        }
        if (open != null) {
            where.append(open ? " and resolved_at is null" : " and resolved_at is not null");
        }
        return where.toString();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
