package cn.edutrack.query.project.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's full history for auditors: every event in sequence (recording) order with who recorded it and why, what
 * it corrects and what corrected it later, and the fields of the project's state it changed.
 *
 * @param version the sequence of the last event applied
 */
public record HistoryView(String projectId, long version, List<Event> events) {

    /**
     * One event.
     *
     * @param type          the CloudEvents type, with version
     * @param payload       the event's JSON as published (a corrected event as it was first recorded)
     * @param recordedBy    who recorded it; null for events recorded before users existed
     * @param comment       the recording user's own words on why (header {@code ce_comment}); null when none
     * @param requestId     the HTTP request that recorded it ({@code ce_requestid})
     * @param causationId   the command message that recorded it ({@code ce_causationid})
     * @param correlationId the id shared by every message of that piece of work ({@code ce_correlationid})
     * @param corrects      the sequence of the event it corrects (a correction, or a progress report correcting an
     *                      earlier report); null otherwise
     * @param correctedBy   the sequences of the later events that correct it, in order (the last correction is the one
     *                      in force)
     * @param changes       the fields of the project's state it changed: the state after it against the state before
     *                      it, both as known when it was recorded (for a correction: the state rebuilt with it against
     *                      the state without it)
     */
    @Schema(name = "HistoryEvent")
    public record Event(
            long sequence,
            String eventId,
            String type,
            LocalDate businessDate,
            Instant recordedAt,
            String summary,
            @JsonRawValue String payload,
            TimelineView.RecordedBy recordedBy,
            String comment,
            String requestId,
            String causationId,
            String correlationId,
            Long corrects,
            List<Long> correctedBy,
            List<Change> changes) {
    }

    /**
     * A field of the project's state an event changed (names: see query-side/README.md): its value before and after,
     * null when it had none.
     */
    @Schema(name = "FieldChange")
    public record Change(String field, Object before, Object after) {
    }
}
