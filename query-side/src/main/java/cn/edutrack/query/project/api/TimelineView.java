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
     * @param type       the CloudEvents type, with version
     * @param payload    the event's JSON as published
     * @param recordedBy who recorded it (the actor headers of its Kafka record); null for events recorded before
     *                   users existed
     */
    public record Entry(
            long sequence,
            String eventId,
            String type,
            LocalDate businessDate,
            Instant recordedAt,
            String summary,
            @JsonRawValue String payload,
            RecordedBy recordedBy) {
    }

    /** The user who recorded an event, as the command side's security context had it. */
    public record RecordedBy(String userId, String role, String organisation, String jurisdiction) {
    }
}
