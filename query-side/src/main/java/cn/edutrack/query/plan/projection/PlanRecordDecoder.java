package cn.edutrack.query.plan.projection;

import cn.edutrack.events.CloudEventHeaders;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.plan.PlanEvent;
import cn.edutrack.query.projection.Anomaly;
import cn.edutrack.query.projection.AnomalyKind;
import cn.edutrack.query.projection.CloudEventRecords;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads a Kafka record of the plan topic: the CloudEvents headers of docs/contracts.md, key = subject = the
 * event's subject (plan id or jurisdiction code), value = {@link EventJson}. The event records check their own
 * fields when read, so a payload that lacks one is malformed here. Never throws for a bad record.
 */
final class PlanRecordDecoder {

    private PlanRecordDecoder() {
    }

    sealed interface Decoded permits Accepted, Rejected {
    }

    record Accepted(PlanEventRecord record) implements Decoded {
    }

    record Rejected(Anomaly anomaly) implements Decoded {
    }

    static Decoded decode(ConsumerRecord<String, byte[]> record) {
        CloudEventRecords.Headers headers = CloudEventRecords.headers(record);
        if (!headers.usable()) {
            return new Rejected(headers.anomaly(AnomalyKind.INVALID_HEADERS, String.join("; ", headers.problems())));
        }
        if (record.value() == null || record.value().length == 0) {
            return new Rejected(headers.anomaly(AnomalyKind.MALFORMED_PAYLOAD, "the record has no value"));
        }
        PlanEvent event;
        try {
            event = EventJson.readPlanEvent(headers.type(), record.value());
        } catch (EventJson.UnknownEventTypeException e) {
            return new Rejected(headers.anomaly(AnomalyKind.UNKNOWN_TYPE, e.getMessage()));
        } catch (EventJson.MalformedEventException e) {
            return new Rejected(headers.anomaly(AnomalyKind.MALFORMED_PAYLOAD, e.getMessage()));
        }
        String payloadSubject = event.subject();
        if (!payloadSubject.equals(headers.subject()) || !payloadSubject.equals(record.key())) {
            return new Rejected(headers.anomaly(AnomalyKind.INVALID_HEADERS, "key (" + record.key() + "), "
                    + CloudEventHeaders.SUBJECT + " (" + headers.subject() + ") and payload (" + payloadSubject
                    + ") must name the same subject"));
        }
        return new Accepted(new PlanEventRecord(headers.eventId(), headers.type(), headers.sequence(), event,
                new String(record.value(), StandardCharsets.UTF_8), headers.origin(), headers.recordedBy(), headers.context()));
    }
}
