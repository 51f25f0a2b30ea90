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
     * @param type    the CloudEvents type, with version
     * @param payload the event's JSON as published
     */
    public record Entry(
            long sequence,
            String eventId,
            String type,
            LocalDate businessDate,
            Instant recordedAt,
            String summary,
            @JsonRawValue String payload) {
    }
}
