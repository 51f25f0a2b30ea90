package cn.edutrack.command.project.publishing;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.edutrack.command.metadata.MetadataKeys;
import cn.edutrack.events.CloudEventHeaders;
import cn.edutrack.events.DomainEvent;
import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.EventType;
import cn.edutrack.security.Actor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The Kafka record of a stored event, as docs/contracts.md specifies it: project events on
 * {@link cn.edutrack.events.Topics#PROJECT_EVENTS}, plan and jurisdiction events on
 * {@link cn.edutrack.events.Topics#PLAN_EVENTS} (the catalogue says which), keyed by the event's subject. The user
 * who recorded the event, stored in its metadata, travels in the {@code ce_actor*} headers; the user's comment, the
 * request's id, the causing command's id and Axon's trace id in {@code ce_comment}, {@code ce_requestid},
 * {@code ce_causationid} and {@code ce_correlationid}.
 */
public final class EventRecords {

    /** The metadata key of each header taken from the metadata, in the order the headers are written. */
    private static final Map<String, String> METADATA_HEADERS = metadataHeaders();

    private static Map<String, String> metadataHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.ACTOR_ID, Actor.MetadataKeys.USER_ID);
        headers.put(CloudEventHeaders.ACTOR_ROLE, Actor.MetadataKeys.ROLE);
        headers.put(CloudEventHeaders.ACTOR_ORGANISATION, Actor.MetadataKeys.ORGANISATION);
        headers.put(CloudEventHeaders.ACTOR_JURISDICTION, Actor.MetadataKeys.JURISDICTION);
        headers.put(CloudEventHeaders.COMMENT, MetadataKeys.COMMENT);
        headers.put(CloudEventHeaders.REQUEST_ID, MetadataKeys.REQUEST_ID);
        headers.put(CloudEventHeaders.CAUSATION_ID, MetadataKeys.CAUSATION_ID);
        // one id for the whole chain of messages: Axon's trace id (its correlationId is the causing message's id)
        headers.put(CloudEventHeaders.CORRELATION_ID, MetadataKeys.TRACE_ID);
        return Collections.unmodifiableMap(headers);
    }

    private EventRecords() {
    }

    /** The record of an event stored without metadata (no actor, comment, request or causation headers). */
    public static ProducerRecord<String, byte[]> toRecord(DomainEvent event, String eventId, long sequence) {
        return toRecord(event, eventId, sequence, Map.of());
    }

    /**
     * @param event    the event
     * @param eventId  the stored event's identifier; the same on every re-publication
     * @param sequence the event's sequence number within its subject (project, plan or jurisdiction)
     * @param metadata the stored event's metadata; the actor's entries ({@link Actor.MetadataKeys}) become the
     *                 {@code ce_actorid}, {@code ce_actorrole}, {@code ce_actororganisation} and
     *                 {@code ce_actorjurisdiction} headers, {@code comment}, {@code requestId}, {@code causationId}
     *                 and {@code traceId} ({@link MetadataKeys}) the {@code ce_comment}, {@code ce_requestid},
     *                 {@code ce_causationid} and {@code ce_correlationid} headers; each only when present (events
     *                 recorded before users, or before request ids, have none; a comment only when one was given)
     */
    public static ProducerRecord<String, byte[]> toRecord(DomainEvent event, String eventId, long sequence,
                                                          Map<String, ?> metadata) {
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
        METADATA_HEADERS.forEach((header, key) -> {
            Object value = metadata.get(key);
            if (value != null) {
                headers.add(header, value.toString().getBytes(UTF_8));
            }
        });
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.CONTENT_TYPE_VALUE.getBytes(UTF_8));
        return new ProducerRecord<>(type.topic(), null, subject, EventJson.write(event), headers);
    }
}
