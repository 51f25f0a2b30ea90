package cn.edutrack.query.projection;

import cn.edutrack.events.DomainEvent;
import java.util.UUID;

/** A decoded record of a subject's event stream (a project, a plan or a jurisdiction), as the projections see it. */
public interface SequencedRecord {

    /** {@code ce_id}: the same on every re-publication of the event. */
    UUID eventId();

    /** {@code ce_type}, with version. */
    String ceType();

    /** {@code ce_sequence}: the event's position in its subject's stream, from 0. */
    long sequence();

    /** The project id, plan id or jurisdiction code whose stream the event belongs to. */
    String subject();

    /** Where the record was read. */
    KafkaOrigin origin();

    /** The decoded event. */
    DomainEvent event();

    /** The payload as received (JSON), kept in the timeline for auditors. */
    String payload();

    /** Who recorded the event (its actor headers); null for an event recorded before users existed. */
    RecordedBy recordedBy();

    /** Why and in which request the event was recorded; {@link RecordingContext#NONE} when the record says nothing. */
    RecordingContext context();
}
