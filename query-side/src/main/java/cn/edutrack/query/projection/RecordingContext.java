package cn.edutrack.query.projection;

import cn.edutrack.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Why and in which piece of work an event was recorded, from the extension headers of its Kafka record, as received:
 * {@code ce_comment} (the recording user's own words, optional), {@code ce_requestid} (the HTTP request that recorded
 * it), {@code ce_causationid} (the command message that recorded it), {@code ce_correlationid} (the id shared by every
 * message of one piece of work). Each is null when its header is absent or blank (events recorded before these
 * existed carry none).
 */
public record RecordingContext(String comment, String requestId, String causationId, String correlationId) {

    /** A record without any of these headers. */
    public static final RecordingContext NONE = new RecordingContext(null, null, null, null);

    public static RecordingContext of(ConsumerRecord<?, ?> record) {
        return new RecordingContext(value(record, CloudEventHeaders.COMMENT), value(record, CloudEventHeaders.REQUEST_ID),
                value(record, CloudEventHeaders.CAUSATION_ID), value(record, CloudEventHeaders.CORRELATION_ID));
    }

    private static String value(ConsumerRecord<?, ?> record, String header) {
        String value = CloudEventRecords.header(record, header);
        return value == null || value.isBlank() ? null : value;
    }
}
