package cn.edutrack.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What the web app reads of the query side's projects (fields it does not show are left). */
public final class ProjectViews {

    private ProjectViews() {
    }

    /** {@code GET /api/projects}: one page. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<Summary> items, int page, int size, long totalItems, long totalPages) {

        public List<Summary> items() {
            return items == null ? List.of() : items;
        }
    }

    /** The project summary; {@code milestones} maps a stage ({@code approvedOn}...) to its date, null when not reached. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(String projectId, String track, String kind, String title, String jurisdiction,
            String ownerOrganisation, String responsiblePerson, String status, Map<String, LocalDate> milestones,
            LocalDate plannedStart, LocalDate plannedCompletion, String approvedBudget, String allocatedTotal,
            Map<String, String> allocatedBySource, Integer percentComplete, LocalDate progressReportedOn,
            LocalDate lastEventOn, long version, int openRectificationOrders,
            List<RectificationOrder> rectificationOrders) {

        public Map<String, LocalDate> milestones() {
            return milestones == null ? Map.of() : milestones;
        }

        public List<RectificationOrder> rectificationOrders() {
            return rectificationOrders == null ? List.of() : rectificationOrders;
        }

        /** The orders still open (the ones a re-check may be recorded against). */
        public List<RectificationOrder> openOrders() {
            return rectificationOrders().stream().filter(o -> "OPEN".equals(o.status())).toList();
        }

        public Map<String, String> allocatedBySource() {
            return allocatedBySource == null ? Map.of() : allocatedBySource;
        }
    }

    /** A supervisor's rectification order on the project ({@code status} OPEN or RECTIFIED). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RectificationOrder(int orderNumber, LocalDate orderedOn, String issuingBody, String findings,
            LocalDate deadline, String status) {
    }

    /** {@code GET /api/projects/{id}/history}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record History(String projectId, long version, List<Event> events) {

        /** The type of a correction, whose payload carries the corrected event whole in {@code corrected}. */
        public static final String EVENT_CORRECTED = "cn.edutrack.project.event-corrected.v1";

        public List<Event> events() {
            return events == null ? List.of() : events;
        }

        /**
         * The payload in force of {@code event}: the corrected event carried by the latest {@code EventCorrected}
         * that corrects it (a later correction replaces an earlier one), else its own payload.
         */
        public JsonNode payloadInForce(Event event) {
            JsonNode inForce = event.payload();
            long latest = -1;
            for (Event correction : events()) {
                JsonNode payload = correction.payload();
                if (EVENT_CORRECTED.equals(correction.type()) && payload != null && correction.sequence() > latest
                        && payload.path("correctedSequence").canConvertToLong()
                        && payload.path("correctedSequence").asLong() == event.sequence()
                        && payload.path("corrected").isObject()) {
                    inForce = payload.get("corrected");
                    latest = correction.sequence();
                }
            }
            return inForce;
        }
    }

    /**
     * One recorded event, who recorded it and why, what it corrects or is corrected by, what it changed, and its
     * payload as published (for a correction: {@code correctedSequence}, {@code correctedType}, the corrected event
     * whole in {@code corrected}, and {@code reason}).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(long sequence, String eventId, String type, LocalDate businessDate, Instant recordedAt,
            String summary, RecordedBy recordedBy, String comment, String requestId, Long corrects,
            List<Long> correctedBy, List<Change> changes, JsonNode payload) {

        public List<Long> correctedBy() {
            return correctedBy == null ? List.of() : correctedBy;
        }

        public List<Change> changes() {
            return changes == null ? List.of() : changes;
        }
    }

    /** The user who recorded an event; null for events recorded before users existed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecordedBy(String userId, String role, String organisation, String jurisdiction) {
    }

    /** A field of the project's state an event changed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String field, Object before, Object after) {
    }

    /** {@code GET /api/projects/{id}/as-of}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AsOf(String projectId, LocalDate date, Instant knownAt, Summary project, List<Funding> funding) {

        public List<Funding> funding() {
            return funding == null ? List.of() : funding;
        }
    }

    /** Money allocated from one source. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Funding(String source, String amount, int allocations) {
    }

    /** The command side's {@code GET /api/audit/projects/{id}/verification}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verification(String aggregateId, long events, long sealed, boolean intact,
            List<VerificationProblem> problems) {

        public List<VerificationProblem> problems() {
            return problems == null ? List.of() : problems;
        }
    }

    /** One thing wrong with the stored events. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VerificationProblem(long sequenceNumber, String kind, String detail) {
    }

    /** What a command answers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recorded(String projectId, long version) {
    }
}
