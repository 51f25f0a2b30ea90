package cn.edutrack.query.support;

import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.EventType;
import cn.edutrack.events.project.ProjectEvent;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Kafka records exactly as docs/contracts.md lays them down, as the command side writes them. Header
 * names and fixed values are spelled here as the document spells them, not taken from the constants
 * the query side reads with, so that a change on either side breaks these tests.
 */
public final class ContractRecords {

    public static final String TOPIC = "edutrack.project-events.v1";

    private ContractRecords() {
    }

    public static ProducerRecord<String, byte[]> of(ProjectEvent event, long sequence, UUID eventId) {
        return of(event, sequence, eventId, null);
    }

    /** The record, sent to the given partition (null: the partition of its key, as the publisher does). */
    public static ProducerRecord<String, byte[]> of(ProjectEvent event, long sequence, UUID eventId, Integer partition) {
        EventType type = EventCatalog.of(event);
        String projectId = event.projectId().value();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, partition, projectId, EventJson.write(event));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId.toString());
        header(record, "ce_source", "urn:edutrack:command-side");
        header(record, "ce_type", type.ceType());
        header(record, "ce_subject", projectId);
        header(record, "ce_time", event.recordedAt().toString());
        header(record, "ce_dataschema", type.dataSchemaUri());
        header(record, "ce_sequence", Long.toString(sequence));
        header(record, "content-type", "application/json");
        return record;
    }

    public static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().remove(name);
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
