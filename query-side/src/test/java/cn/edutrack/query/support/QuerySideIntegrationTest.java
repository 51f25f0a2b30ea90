package cn.edutrack.query.support;

import static org.awaitility.Awaitility.await;

import cn.edutrack.infra.Infrastructure;
import cn.edutrack.infra.PostgresDatabase;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The one Spring Boot test configuration of the module: the whole application on a random port, with a
 * fresh PostgreSQL database and the real Kafka broker of {@link Infrastructure}. Every integration test
 * extends it unchanged, so they share one cached context; they stay independent by using fresh project
 * ids and jurisdictions. The consumer group is new for each JVM, so it reads the topic from the start.
 * Callers log in with HTTP Basic as the users of {@link TestUsers} (local mode of the security module): {@link #http}
 * as the national auditor {@value TestUsers#DEFAULT_USER}, {@link #as(String)} as another user, {@link #anonymous()}
 * as nobody.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class QuerySideIntegrationTest {

    protected static final Duration PROJECTION_TIMEOUT = Duration.ofSeconds(30);

    private static final String GROUP_ID = "edutrack-query-side-it-" + UUID.randomUUID();
    private static PostgresDatabase database;
    private static EventProducer producer;

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcClient jdbc;

    protected RestTestClient http;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PostgresDatabase db = database();
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        registry.add("spring.kafka.bootstrap-servers", Infrastructure.get()::kafkaBootstrapServers);
        registry.add("spring.kafka.consumer.group-id", () -> GROUP_ID);
        registry.add("edutrack.security.mode", () -> "local");
        registry.add("edutrack.security.users-file", TestUsers::location);
    }

    private static synchronized PostgresDatabase database() {
        if (database == null) {
            database = Infrastructure.get().newDatabase("query");
        }
        return database;
    }

    @BeforeEach
    void client() {
        http = as(TestUsers.DEFAULT_USER);
    }

    /** A client logged in as one of the {@link TestUsers} (password {@value TestUsers#PASSWORD}). */
    protected RestTestClient as(String user) {
        return as(user, TestUsers.PASSWORD);
    }

    protected RestTestClient as(String user, String password) {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(user, password))
                .build();
    }

    /** A client that sends no credentials. */
    protected RestTestClient anonymous() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @AfterAll
    static void closeProducer() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

    @SafeVarargs
    protected static void send(ProducerRecord<String, byte[]>... records) {
        send(List.of(records));
    }

    protected static synchronized void send(List<ProducerRecord<String, byte[]>> records) {
        if (producer == null) {
            producer = new EventProducer(Infrastructure.get().kafkaBootstrapServers());
        }
        producer.send(records);
    }

    /** Waits until the project's summary has applied the given sequence. */
    protected void awaitVersion(String projectId, long sequence) {
        await().atMost(PROJECTION_TIMEOUT).until(() -> version(projectId), v -> v != null && v >= sequence);
    }

    /** The project's position, null before its registration is projected. */
    protected Long version(String projectId) {
        return jdbc.sql("select version from project_summary where project_id = ?").param(projectId)
                .query(Long.class).optional().orElse(null);
    }

    /** Waits until the plan's stream has applied the given sequence. */
    protected void awaitPlanVersion(String planId, long sequence) {
        await().atMost(PROJECTION_TIMEOUT).until(() -> jdbc.sql("select version from plan where plan_id = ?").param(planId)
                .query(Long.class).optional().orElse(-1L), v -> v >= sequence);
    }

    /** Waits until the jurisdictions are registered. */
    protected void awaitJurisdictions(String... codes) {
        await().atMost(PROJECTION_TIMEOUT).until(() -> jdbc.sql("select count(*) from jurisdiction where code in (:codes)")
                .param("codes", List.of(codes)).query(Long.class).single(), n -> n == codes.length);
    }

    protected long timelineRows(String projectId) {
        return jdbc.sql("select count(*) from project_timeline where project_id = ?").param(projectId)
                .query(Long.class).single();
    }
}
