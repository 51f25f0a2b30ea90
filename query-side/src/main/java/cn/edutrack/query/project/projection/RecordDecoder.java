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
import cn.edutrack.query.projection.CloudEventRecords;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;

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
        CloudEventRecords.Headers headers = CloudEventRecords.headers(record);
        if (!headers.usable()) {
            return reject(headers, AnomalyKind.INVALID_HEADERS, String.join("; ", headers.problems()));
        }
        String type = headers.type();
        String subject = headers.subject();

        if (record.value() == null || record.value().length == 0) {
            return reject(headers, AnomalyKind.MALFORMED_PAYLOAD, "the record has no value");
        }
        ProjectEvent event;
        try {
            event = EventJson.readProjectEvent(type, record.value());
        } catch (EventJson.UnknownEventTypeException e) {
            return reject(headers, AnomalyKind.UNKNOWN_TYPE, e.getMessage());
        } catch (EventJson.MalformedEventException e) {
            return reject(headers, AnomalyKind.MALFORMED_PAYLOAD, e.getMessage());
        }
        List<String> missing = missingFields(event);
        if (!missing.isEmpty()) {
            return reject(headers, AnomalyKind.MALFORMED_PAYLOAD, "payload lacks " + String.join(", ", missing));
        }
        String payloadProject = event.projectId().value();
        if (!payloadProject.equals(subject) || !payloadProject.equals(record.key())) {
            return reject(headers, AnomalyKind.INVALID_HEADERS, "key (" + record.key() + "), " + CloudEventHeaders.SUBJECT
                    + " (" + subject + ") and payload (" + payloadProject + ") must name the same project");
        }
        String payload = new String(record.value(), StandardCharsets.UTF_8);
        return new Accepted(new ProjectEventRecord(headers.eventId(), type, headers.sequence(), event, payload,
                headers.origin(), headers.recordedBy(), headers.context()));
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

    private static Rejected reject(CloudEventRecords.Headers headers, AnomalyKind kind, String detail) {
        return new Rejected(headers.anomaly(kind, detail));
    }
}
