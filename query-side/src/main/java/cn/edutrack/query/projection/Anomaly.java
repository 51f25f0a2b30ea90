package cn.edutrack.query.projection;

import java.util.Objects;

/**
 * A record that was not projected, and why. Fields other than kind, detail and origin are what could be
 * read from the record, so any of them may be null for a poison record.
 */
public record Anomaly(
        AnomalyKind kind,
        String projectId,
        Long expectedSequence,
        Long receivedSequence,
        String eventId,
        String eventType,
        String detail,
        KafkaOrigin origin) {

    public Anomaly {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(origin, "origin");
    }
}
