package cn.edutrack.command.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.edutrack.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads one events topic from the beginning, as an outside consumer would; records are keyed by their subject. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private TopicReader(String bootstrapServers, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** The project-events topic (key = project id). */
    public static TopicReader projectEvents(String bootstrapServers) {
        return new TopicReader(bootstrapServers, Topics.PROJECT_EVENTS);
    }

    /** The plan-events topic (key = plan id or jurisdiction code). */
    public static TopicReader planEvents(String bootstrapServers) {
        return new TopicReader(bootstrapServers, Topics.PLAN_EVENTS);
    }

    /** Polls once more and answers every record seen so far for one subject, in the order read. */
    public List<ConsumerRecord<String, byte[]>> recordsOf(String subject) {
        consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
        return seen.stream().filter(record -> subject.equals(record.key())).toList();
    }

    /** The {@code ce_sequence} header of each record of one subject. */
    public List<Long> sequencesOf(String subject) {
        return recordsOf(subject).stream().map(record -> Long.parseLong(header(record, "ce_sequence"))).toList();
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
