package cn.edutrack.query.support;

import cn.edutrack.events.DomainEvent;
import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.EventType;
import cn.edutrack.events.plan.PlanEvent;
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

    /** Plans, their indicators and targets, and jurisdictions; key and subject = plan id or jurisdiction code. */
    public static final String PLAN_TOPIC = "edutrack.plan-events.v1";

    private ContractRecords() {
    }

    public static ProducerRecord<String, byte[]> of(DomainEvent event, long sequence, UUID eventId) {
        return of(event, sequence, eventId, null);
    }

    /**
     * The record of a project event (on the project topic, key = project id) or of a plan event (on the plan
     * topic, key = plan id or jurisdiction code), sent to the given partition (null: the partition of its key, as
     * the publisher does).
     */
    public static ProducerRecord<String, byte[]> of(DomainEvent event, long sequence, UUID eventId, Integer partition) {
        EventType type = EventCatalog.of(event);
        String subject = event.subject();
        String topic = event instanceof PlanEvent ? PLAN_TOPIC : TOPIC;
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, partition, subject, EventJson.write(event));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId.toString());
        header(record, "ce_source", "urn:edutrack:command-side");
        header(record, "ce_type", type.ceType());
        header(record, "ce_subject", subject);
        header(record, "ce_time", event.recordedAt().toString());
        header(record, "ce_dataschema", type.dataSchemaUri());
        header(record, "ce_sequence", Long.toString(sequence));
        header(record, "content-type", "application/json");
        return record;
    }

    /**
     * The record with the actor extension headers of docs/contracts.md: who recorded the event, as the command side's
     * security context had it.
     */
    public static ProducerRecord<String, byte[]> recordedBy(ProducerRecord<String, byte[]> record, String userId, String role,
            String organisation, String jurisdiction) {
        header(record, "ce_actorid", userId);
        header(record, "ce_actorrole", role);
        header(record, "ce_actororganisation", organisation);
        header(record, "ce_actorjurisdiction", jurisdiction);
        return record;
    }

    /**
     * The record with the extension headers of docs/contracts.md saying why and in which piece of work the event was
     * recorded: the user's comment ({@code null}: none, the header absent), the HTTP request, the command message and
     * the correlation id.
     */
    public static ProducerRecord<String, byte[]> recordedWith(ProducerRecord<String, byte[]> record, String comment,
            String requestId, String causationId, String correlationId) {
        if (comment != null) {
            header(record, "ce_comment", comment);
        }
        header(record, "ce_requestid", requestId);
        header(record, "ce_causationid", causationId);
        header(record, "ce_correlationid", correlationId);
        return record;
    }

    public static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().remove(name);
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
