package cn.edutrack.query.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where a record was read: enough for an operator to fetch it again from the topic. */
public record KafkaOrigin(String topic, int partition, long offset) {

    public static KafkaOrigin of(ConsumerRecord<?, ?> record) {
        return new KafkaOrigin(record.topic(), record.partition(), record.offset());
    }
}
