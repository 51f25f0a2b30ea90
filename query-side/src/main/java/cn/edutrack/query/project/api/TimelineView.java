package cn.edutrack.query.project.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A project's events in sequence order. */
public record TimelineView(String projectId, long version, List<Entry> events) {

    /**
     * One event.
     *
     * @param type          the CloudEvents type, with version
     * @param payload       the event's JSON as published
     * @param recordedBy    who recorded it (the actor headers of its Kafka record); null for events recorded before
     *                      users existed
     * @param comment       the recording user's own words on why (header {@code ce_comment}); null when none
     * @param requestId     the HTTP request that recorded it ({@code ce_requestid})
     * @param causationId   the command message that recorded it ({@code ce_causationid})
     * @param correlationId the id shared by every message of that piece of work ({@code ce_correlationid})
     * @param corrects      the sequence of the event it corrects: a correction's, or a progress report's that corrects
     *                      an earlier report; null otherwise
     */
    public record Entry(
            long sequence,
            String eventId,
            String type,
            LocalDate businessDate,
            Instant recordedAt,
            String summary,
            @JsonRawValue String payload,
            RecordedBy recordedBy,
            String comment,
            String requestId,
            String causationId,
            String correlationId,
            Long corrects) {
    }

    /** The user who recorded an event, as the command side's security context had it. */
    public record RecordedBy(String userId, String role, String organisation, String jurisdiction) {
    }
}
