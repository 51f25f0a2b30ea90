package cn.edutrack.query.project.projection;

import cn.edutrack.events.Topics;
import cn.edutrack.query.projection.ProjectionAnomalies;
import cn.edutrack.query.projection.StreamSequence;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the project events topic (group id from {@code spring.kafka.consumer.group-id}). A record that
 * cannot be read becomes an anomaly and the partition moves on; a database failure is thrown to the
 * container's error handler, which retries it (see {@code cn.edutrack.query.projection.ProjectionErrorHandling}).
 */
@Component
class ProjectEventListener {

    static final String LISTENER_ID = "project-events-projection";

    private static final Logger LOG = LoggerFactory.getLogger(ProjectEventListener.class);

    private final ProjectProjection projection;
    private final ProjectionAnomalies anomalies;

    ProjectEventListener(ProjectProjection projection, ProjectionAnomalies anomalies) {
        this.projection = projection;
        this.anomalies = anomalies;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = Topics.PROJECT_EVENTS)
    void onRecord(ConsumerRecord<String, byte[]> record) {
        RecordDecoder.Decoded decoded = RecordDecoder.decode(record);
        if (decoded instanceof RecordDecoder.Rejected rejected) {
            LOG.warn("record {}-{}@{} not projected: {} {}", record.topic(), record.partition(), record.offset(),
                    rejected.anomaly().kind(), rejected.anomaly().detail());
            anomalies.record(rejected.anomaly());
            return;
        }
        ProjectEventRecord event = ((RecordDecoder.Accepted) decoded).record();
        StreamSequence.Outcome outcome = projection.project(event);
        if (outcome == StreamSequence.Outcome.NOT_APPLIED) {
            LOG.warn("event {} of {} (sequence {}) not applied; see projection_anomaly", event.eventId(), event.projectId(),
                    event.sequence());
        } else {
            LOG.debug("event {} of {} (sequence {}): {}", event.eventId(), event.projectId(), event.sequence(), outcome);
        }
    }
}
