package cn.edutrack.command.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.edutrack.command.project.domain.RegisterProject;
import cn.edutrack.command.project.publishing.KafkaPublisher;
import cn.edutrack.command.support.CommandSideIntegrationTest;
import cn.edutrack.events.Capacity;
import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.OrganisationId;
import cn.edutrack.events.PersonId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.Topics;
import cn.edutrack.infra.Infrastructure;
import cn.edutrack.infra.PostgresDatabase;
import cn.edutrack.security.LocalUsers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How fast the publisher drains a backlog of stored events to Kafka, on real PostgreSQL and a real
 * broker. Not part of the test run (tag {@code benchmark}); see docs/benchmarks.md for the command
 * and the figures. It prints events per second; it asserts only that every event arrived.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "edutrack.security.mode=local", "edutrack.security.users-file=classpath:" + CommandSideIntegrationTest.USERS_FILE})
class PublisherThroughputBenchmark {

    private static final int EVENTS = Integer.getInteger("edutrack.benchmark.events", 3000);
    private static final String BATCH_SIZE = System.getProperty("edutrack.benchmark.batch-size", "200");
    private static final PostgresDatabase DATABASE = Infrastructure.get().newDatabase("benchmark");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
        registry.add("spring.kafka.bootstrap-servers", Infrastructure.get()::kafkaBootstrapServers);
        registry.add("axon.eventhandling.processors.kafka-publisher.batch-size", () -> BATCH_SIZE);
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void drainsABacklogOfStoredEvents() {
        TrackingEventProcessor publisher = processing
                .eventProcessor(KafkaPublisher.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        publisher.shutDown();
        // commands are recorded only for an authenticated actor: the benchmark acts as the national administrator
        UserDetails administrator = LocalUsers.load(new ClassPathResource(CommandSideIntegrationTest.USERS_FILE))
                .loadUserByUsername(CommandSideIntegrationTest.ADMINISTRATOR);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                administrator, null, administrator.getAuthorities()));
        String run = "PRJ-B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        for (int i = 0; i < EVENTS; i++) {
            commands.sendAndWait(new RegisterProject(ProjectId.of(run + i), LocalDate.of(2022, 1, 10),
                    ProjectKind.NEW_BUILD, "基准测试学校 " + i, JurisdictionCode.of("CN-45/XX市/XX区"),
                    OrganisationId.of("ORG-BENCH"), PersonId.of("P-BENCH"), new Capacity(540, 2, 12), null));
        }

        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            long started = System.nanoTime();
            publisher.start();
            long[] seen = {0};
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.key().startsWith(run)) {
                        seen[0]++;
                    }
                });
                return seen[0] >= EVENTS;
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("BENCHMARK publisher batch-size=%s: %d events in %.2f s = %.0f events/s%n",
                    BATCH_SIZE, EVENTS, seconds, EVENTS / seconds);
            assertThat(seen[0]).isGreaterThanOrEqualTo(EVENTS);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.get().kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.PROJECT_EVENTS));
        return consumer;
    }
}
