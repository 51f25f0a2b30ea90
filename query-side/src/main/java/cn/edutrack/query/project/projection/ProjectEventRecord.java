package cn.edutrack.query.project.projection;

import cn.edutrack.events.project.ProjectEvent;
import cn.edutrack.query.projection.KafkaOrigin;
import cn.edutrack.query.projection.RecordedBy;
import cn.edutrack.query.projection.RecordingContext;
import cn.edutrack.query.projection.SequencedRecord;
import java.util.UUID;

/**
 * A Kafka record that reads as a project event, with the CloudEvents attributes the projection needs.
 *
 * @param eventId  {@code ce_id}: the same on every re-publication of the event
 * @param ceType   {@code ce_type}, with version
 * @param sequence {@code ce_sequence}: the event's position in its project's stream, from 0
 * @param event    the decoded payload
 * @param payload  the payload as received (JSON), kept in the timeline for auditors
 * @param origin   where the record was read
 * @param recordedBy who recorded the event (the actor headers), null when the record carries none
 * @param context  why and in which request it was recorded (comment, request, causation and correlation ids)
 */
record ProjectEventRecord(UUID eventId, String ceType, long sequence, ProjectEvent event, String payload, KafkaOrigin origin,
        RecordedBy recordedBy, RecordingContext context) implements SequencedRecord {

    String projectId() {
        return event.projectId().value();
    }

    @Override
    public String subject() {
        return projectId();
    }
}
