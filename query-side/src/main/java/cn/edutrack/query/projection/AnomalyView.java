package cn.edutrack.query.projection;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * One recorded anomaly as operators read it. {@code resolvedAt} is null while it is open.
 *
 * @param subject   the event's subject: a project id, a plan id or a jurisdiction code
 * @param projectId the same as {@code subject}; the name the first version of this endpoint used
 */
public record AnomalyView(
        long id,
        String kind,
        String subject,
        @Schema(deprecated = true, description = "same as subject (the name of the first version)") String projectId,
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
