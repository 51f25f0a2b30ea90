package cn.edutrack.command.project.publishing;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.edutrack.events.CloudEventHeaders;
import cn.edutrack.events.DomainEvent;
import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.EventType;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The Kafka record of a stored event, as docs/contracts.md specifies it: project events on
 * {@link cn.edutrack.events.Topics#PROJECT_EVENTS}, plan and jurisdiction events on
 * {@link cn.edutrack.events.Topics#PLAN_EVENTS} (the catalogue says which), keyed by the event's subject.
 */
public final class EventRecords {

    private EventRecords() {
    }

    /**
     * @param event    the event
     * @param eventId  the stored event's identifier; the same on every re-publication
     * @param sequence the event's sequence number within its subject (project, plan or jurisdiction)
     */
    public static ProducerRecord<String, byte[]> toRecord(DomainEvent event, String eventId, long sequence) {
        EventType type = EventCatalog.of(event);
        String subject = event.subject();
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE.getBytes(UTF_8));
        headers.add(CloudEventHeaders.ID, eventId.getBytes(UTF_8));
        headers.add(CloudEventHeaders.SOURCE, CloudEventHeaders.SOURCE_VALUE.getBytes(UTF_8));
        headers.add(CloudEventHeaders.TYPE, type.ceType().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SUBJECT, subject.getBytes(UTF_8));
        headers.add(CloudEventHeaders.TIME, event.recordedAt().toString().getBytes(UTF_8));
        headers.add(CloudEventHeaders.DATA_SCHEMA, type.dataSchemaUri().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SEQUENCE, Long.toString(sequence).getBytes(UTF_8));
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.CONTENT_TYPE_VALUE.getBytes(UTF_8));
        return new ProducerRecord<>(type.topic(), null, subject, EventJson.write(event), headers);
    }
}
