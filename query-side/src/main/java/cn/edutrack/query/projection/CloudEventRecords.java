package cn.edutrack.query.projection;

import cn.edutrack.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The CloudEvents attributes of a Kafka record (binary mode, docs/contracts.md), read the same way for every
 * topic: what could be read, and what is wrong with the rest. Never throws for a bad record.
 */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    /**
     * The headers of one record.
     *
     * @param eventId     {@code ce_id} as a UUID, null when missing or not a UUID
     * @param id          {@code ce_id} as received
     * @param type        {@code ce_type}, with version
     * @param subject     {@code ce_subject}
     * @param sequence    {@code ce_sequence}, null when missing or unreadable
     * @param subjectHint the subject, else the record key: what an anomaly is recorded under
     * @param problems    what is missing or unreadable; empty when the headers are usable
     * @param recordedBy  who recorded the event (the actor headers), null when the record carries none
     * @param context     why and in which request it was recorded (comment, request, causation and correlation ids)
     */
    public record Headers(UUID eventId, String id, String type, String subject, Long sequence, String subjectHint,
            List<String> problems, KafkaOrigin origin, RecordedBy recordedBy, RecordingContext context) {

        public boolean usable() {
            return problems.isEmpty();
        }

        /** An anomaly about this record, with what could be read of it. */
        public Anomaly anomaly(AnomalyKind kind, String detail) {
            return new Anomaly(kind, subjectHint, null, sequence, id, type, detail, origin);
        }
    }

    public static Headers headers(ConsumerRecord<String, byte[]> record) {
        String specVersion = header(record, CloudEventHeaders.SPEC_VERSION);
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        String subject = header(record, CloudEventHeaders.SUBJECT);
        String time = header(record, CloudEventHeaders.TIME);
        String sequenceText = header(record, CloudEventHeaders.SEQUENCE);

        List<String> problems = new ArrayList<>();
        if (specVersion == null) {
            problems.add("missing " + CloudEventHeaders.SPEC_VERSION);
        } else if (!CloudEventHeaders.SPEC_VERSION_VALUE.equals(specVersion)) {
            problems.add("unsupported " + CloudEventHeaders.SPEC_VERSION + " " + specVersion);
        }
        UUID eventId = null;
        if (id == null) {
            problems.add("missing " + CloudEventHeaders.ID);
        } else {
            try {
                eventId = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                problems.add(CloudEventHeaders.ID + " is not a UUID: " + id);
            }
        }
        if (type == null) {
            problems.add("missing " + CloudEventHeaders.TYPE);
        }
        if (subject == null) {
            problems.add("missing " + CloudEventHeaders.SUBJECT);
        }
        if (time == null) {
            problems.add("missing " + CloudEventHeaders.TIME);
        } else {
            try {
                Instant.parse(time);
            } catch (DateTimeParseException e) {
                problems.add(CloudEventHeaders.TIME + " is not an RFC 3339 instant: " + time);
            }
        }
        Long sequence = null;
        if (sequenceText == null) {
            problems.add("missing " + CloudEventHeaders.SEQUENCE);
        } else {
            try {
                sequence = Long.parseLong(sequenceText);
                if (sequence < 0) {
                    problems.add(CloudEventHeaders.SEQUENCE + " is negative: " + sequenceText);
                    sequence = null;
                }
            } catch (NumberFormatException e) {
                problems.add(CloudEventHeaders.SEQUENCE + " is not a whole number: " + sequenceText);
            }
        }
        return new Headers(eventId, id, type, subject, sequence, subject != null ? subject : record.key(),
                List.copyOf(problems), KafkaOrigin.of(record), RecordedBy.of(record), RecordingContext.of(record));
    }

    /** A header's value as UTF-8 text; null when absent. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
