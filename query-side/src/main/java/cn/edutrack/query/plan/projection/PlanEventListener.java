package cn.edutrack.query.plan.projection;

import cn.edutrack.events.Topics;
import cn.edutrack.query.projection.ProjectionAnomalies;
import cn.edutrack.query.projection.StreamSequence;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the plan events topic with the same consumer settings (group, offsets, isolation) as the project
 * listener. The command side creates the topic; until it exists the consumer finds no partitions and looks
 * again at every metadata refresh ({@code metadata.max.age.ms}), without creating it. A record that cannot be
 * read becomes an anomaly; a database failure goes to the container's error handler, which retries it.
 */
@Component
class PlanEventListener {

    static final String LISTENER_ID = "plan-events-projection";

    private static final Logger LOG = LoggerFactory.getLogger(PlanEventListener.class);

    private final PlanProjection projection;
    private final ProjectionAnomalies anomalies;

    PlanEventListener(PlanProjection projection, ProjectionAnomalies anomalies) {
        this.projection = projection;
        this.anomalies = anomalies;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = Topics.PLAN_EVENTS)
    void onRecord(ConsumerRecord<String, byte[]> record) {
        PlanRecordDecoder.Decoded decoded = PlanRecordDecoder.decode(record);
        if (decoded instanceof PlanRecordDecoder.Rejected rejected) {
            LOG.warn("record {}-{}@{} not projected: {} {}", record.topic(), record.partition(), record.offset(),
                    rejected.anomaly().kind(), rejected.anomaly().detail());
            anomalies.record(rejected.anomaly());
            return;
        }
        PlanEventRecord event = ((PlanRecordDecoder.Accepted) decoded).record();
        StreamSequence.Outcome outcome = projection.project(event);
        if (outcome == StreamSequence.Outcome.NOT_APPLIED) {
            LOG.warn("event {} of {} (sequence {}) not applied; see projection_anomaly", event.eventId(), event.subject(),
                    event.sequence());
        } else {
            LOG.debug("event {} of {} (sequence {}): {}", event.eventId(), event.subject(), event.sequence(), outcome);
        }
    }
}
