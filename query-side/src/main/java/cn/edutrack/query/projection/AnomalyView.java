package cn.edutrack.query.projection;

import java.time.Instant;

/** One recorded anomaly as operators read it. {@code resolvedAt} is null while it is open. */
public record AnomalyView(
        long id,
        String kind,
        String projectId,
        Long expectedSequence,
        Long receivedSequence,
        String eventId,
        String eventType,
        String detail,
        String topic,
        int partition,
        long offset,
        Instant detectedAt,
        Instant resolvedAt) {
}
