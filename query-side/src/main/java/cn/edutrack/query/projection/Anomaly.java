package cn.edutrack.query.projection;

import java.util.Objects;

/**
 * A record that was not projected, and why. Fields other than kind, detail and origin are what could be
 * read from the record, so any of them may be null for a poison record.
 *
 * @param subject the event's subject ({@code ce_subject}, else the record key): a project id on the project
 *                topic, a plan id or a jurisdiction code on the plan topic
 */
public record Anomaly(
        AnomalyKind kind,
        String subject,
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
