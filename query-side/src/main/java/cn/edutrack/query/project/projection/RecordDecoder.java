package cn.edutrack.query.project.projection;

import cn.edutrack.events.CloudEventHeaders;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.project.BudgetRevised;
import cn.edutrack.events.project.ConstructionCompleted;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProjectEvent;
import cn.edutrack.events.project.ProjectHandedOver;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.events.project.ScopeRevised;
import cn.edutrack.query.projection.Anomaly;
import cn.edutrack.query.projection.AnomalyKind;
import cn.edutrack.query.projection.KafkaOrigin;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Reads a Kafka record of the project events topic as laid down in docs/contracts.md: CloudEvents binary
 * mode headers, key and subject = project id, value = {@link EventJson}. Never throws for a bad record:
 * it answers with the anomaly to record instead.
 */
final class RecordDecoder {

    private RecordDecoder() {
    }

    /** The outcome of reading one record. */
    sealed interface Decoded permits Accepted, Rejected {
    }

    record Accepted(ProjectEventRecord record) implements Decoded {
    }

    record Rejected(Anomaly anomaly) implements Decoded {
    }

    static Decoded decode(ConsumerRecord<String, byte[]> record) {
        KafkaOrigin origin = KafkaOrigin.of(record);
        String specVersion = header(record, CloudEventHeaders.SPEC_VERSION);
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        String subject = header(record, CloudEventHeaders.SUBJECT);
        String time = header(record, CloudEventHeaders.TIME);
        String sequenceText = header(record, CloudEventHeaders.SEQUENCE);
        String projectHint = subject != null ? subject : record.key();

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
        if (!problems.isEmpty()) {
            return reject(AnomalyKind.INVALID_HEADERS, String.join("; ", problems), projectHint, sequence, id, type, origin);
        }

        if (record.value() == null || record.value().length == 0) {
            return reject(AnomalyKind.MALFORMED_PAYLOAD, "the record has no value", projectHint, sequence, id, type, origin);
        }
        ProjectEvent event;
        try {
            event = EventJson.readProjectEvent(type, record.value());
        } catch (EventJson.UnknownEventTypeException e) {
            return reject(AnomalyKind.UNKNOWN_TYPE, e.getMessage(), projectHint, sequence, id, type, origin);
        } catch (EventJson.MalformedEventException e) {
            return reject(AnomalyKind.MALFORMED_PAYLOAD, e.getMessage(), projectHint, sequence, id, type, origin);
        }
        List<String> missing = missingFields(event);
        if (!missing.isEmpty()) {
            return reject(AnomalyKind.MALFORMED_PAYLOAD, "payload lacks " + String.join(", ", missing),
                    projectHint, sequence, id, type, origin);
        }
        String payloadProject = event.projectId().value();
        if (!payloadProject.equals(subject) || !payloadProject.equals(record.key())) {
            return reject(AnomalyKind.INVALID_HEADERS, "key (" + record.key() + "), " + CloudEventHeaders.SUBJECT + " ("
                    + subject + ") and payload (" + payloadProject + ") must name the same project",
                    projectHint, sequence, id, type, origin);
        }
        String payload = new String(record.value(), StandardCharsets.UTF_8);
        return new Accepted(new ProjectEventRecord(eventId, type, sequence, event, payload, origin));
    }

    /** Fields every event of its type carries; the codec lets a missing one through as null. */
    static List<String> missingFields(ProjectEvent event) {
        Map<String, Object> required = new LinkedHashMap<>();
        required.put("projectId", event.projectId());
        required.put("businessDate", event.businessDate());
        required.put("recordedAt", event.recordedAt());
        if (event instanceof ProjectRegistered e) {
            required.put("kind", e.kind());
            required.put("title", e.title());
            required.put("jurisdiction", e.jurisdiction());
            required.put("ownerOrganisation", e.ownerOrganisation());
            required.put("responsiblePerson", e.responsiblePerson());
            required.put("plannedCapacity", e.plannedCapacity());
        } else if (event instanceof FundingAllocated e) {
            required.put("source", e.source());
            required.put("amount", e.amount());
        } else if (event instanceof ConstructionCompleted e) {
            required.put("actualCapacity", e.actualCapacity());
        } else if (event instanceof ProjectHandedOver e) {
            required.put("actualCapacity", e.actualCapacity());
        } else if (event instanceof ScopeRevised e) {
            required.put("plannedCapacity", e.plannedCapacity());
        } else if (event instanceof BudgetRevised e) {
            required.put("approvedBudget", e.approvedBudget());
        }
        return required.entrySet().stream().filter(field -> Objects.isNull(field.getValue())).map(Map.Entry::getKey).toList();
    }

    private static Rejected reject(AnomalyKind kind, String detail, String projectId, Long sequence, String eventId,
            String type, KafkaOrigin origin) {
        return new Rejected(new Anomaly(kind, projectId, null, sequence, eventId, type, detail, origin));
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
