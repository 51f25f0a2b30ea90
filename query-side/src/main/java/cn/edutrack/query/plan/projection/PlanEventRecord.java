package cn.edutrack.query.plan.projection;

import cn.edutrack.events.plan.PlanEvent;
import cn.edutrack.query.projection.KafkaOrigin;
import cn.edutrack.query.projection.RecordedBy;
import cn.edutrack.query.projection.RecordingContext;
import cn.edutrack.query.projection.SequencedRecord;
import java.util.UUID;

/**
 * A Kafka record of the plan topic that reads as a plan event.
 *
 * @param eventId  {@code ce_id}: the same on every re-publication of the event
 * @param ceType   {@code ce_type}, with version
 * @param sequence {@code ce_sequence}: the event's position in its subject's stream, from 0
 * @param event    the decoded payload
 * @param payload  the payload as received (JSON), kept in the plan timeline
 * @param origin   where the record was read
 * @param recordedBy who recorded the event (the actor headers), null when the record carries none
 * @param context  why and in which request it was recorded (comment, request, causation and correlation ids)
 */
record PlanEventRecord(UUID eventId, String ceType, long sequence, PlanEvent event, String payload, KafkaOrigin origin,
        RecordedBy recordedBy, RecordingContext context) implements SequencedRecord {

    /** The plan id, or the jurisdiction code of a jurisdiction's stream. */
    @Override
    public String subject() {
        return event.subject();
    }
}
