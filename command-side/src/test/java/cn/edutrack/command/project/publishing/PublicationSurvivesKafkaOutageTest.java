package cn.edutrack.command.project.publishing;

import static cn.edutrack.command.support.Requests.allocate;
import static cn.edutrack.command.support.Requests.approve;
import static cn.edutrack.command.support.Requests.newProjectId;
import static cn.edutrack.command.support.Requests.register;
import static cn.edutrack.command.support.Requests.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.edutrack.command.support.CommandSideIntegrationTest;
import cn.edutrack.command.support.TopicReader;
import cn.edutrack.infra.Infrastructure;
import cn.edutrack.infra.KafkaBrokerProcess;
import cn.edutrack.infra.PostgresDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With its own broker process, which the test stops: commands keep being recorded while Kafka is
 * down, and everything recorded meanwhile is published, in order, once it is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "edutrack.security.mode=local", "edutrack.security.users-file=classpath:" + CommandSideIntegrationTest.USERS_FILE})
class PublicationSurvivesKafkaOutageTest {

    private static final KafkaBrokerProcess BROKER;
    private static final PostgresDatabase DATABASE = Infrastructure.get().newDatabase("command_outage");

    static {
        try {
            BROKER = KafkaBrokerProcess.start(Files.createTempDirectory("edutrack-outage-kafka"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
        registry.add("spring.kafka.bootstrap-servers", BROKER::bootstrapServers);
        // Fail a blocked send sooner, so the outage test does not wait for the production timeouts.
        registry.add("spring.kafka.producer.properties.max.block.ms", () -> "3000");
        registry.add("spring.kafka.producer.properties.delivery.timeout.ms", () -> "8000");
        registry.add("spring.kafka.producer.properties.request.timeout.ms", () -> "3000");
        registry.add("edutrack.publisher.ack-timeout", () -> "10s");
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @LocalServerPort
    int port;

    @Test
    void eventsRecordedWhileKafkaIsDownArePublishedWhenItIsBack() throws Exception {
        String id = newProjectId();
        try (TopicReader topic = TopicReader.projectEvents(BROKER.bootstrapServers())) {
            assertThat(post("/api/projects", register(id, "NEW_BUILD"))).isEqualTo(201);
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.sequencesOf(id).size() == 1);
        }

        BROKER.stop();
        assertThat(post("/api/projects/" + id + "/approval", approve("1000"))).isEqualTo(200);
        assertThat(post("/api/projects/" + id + "/allocations", allocate("CENTRAL_FISCAL", "1000000"))).isEqualTo(200);
        assertThat(post("/api/projects/" + id + "/construction-start", start())).isEqualTo(200);
        BROKER.restart();

        try (TopicReader topic = TopicReader.projectEvents(BROKER.bootstrapServers())) {
            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> topic.sequencesOf(id).containsAll(java.util.List.of(0L, 1L, 2L, 3L)));
            // At least once: a retried batch may repeat records, but each event first appears in order.
            assertThat(topic.sequencesOf(id).stream().distinct().toList()).containsExactly(0L, 1L, 2L, 3L);
        }
    }

    private int post(String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", CommandSideIntegrationTest.basic(CommandSideIntegrationTest.MANAGER))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
