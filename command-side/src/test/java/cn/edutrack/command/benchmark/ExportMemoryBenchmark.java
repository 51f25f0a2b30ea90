package cn.edutrack.command.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.project.domain.RegisterProject;
import cn.edutrack.command.project.publishing.KafkaPublisher;
import cn.edutrack.command.support.CommandSideIntegrationTest;
import cn.edutrack.events.Capacity;
import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.OrganisationId;
import cn.edutrack.events.PersonId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.infra.Infrastructure;
import cn.edutrack.infra.PostgresDatabase;
import cn.edutrack.security.LocalUsers;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The heap while a project history of N events (default 200,000) is exported as CSV over HTTP: the used heap is
 * sampled every 10 ms during the download and the peak printed next to the export's size. Not part of the test run
 * (tag {@code benchmark}); see docs/benchmarks.md. It asserts only that every row arrived.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "edutrack.security.mode=local", "edutrack.security.users-file=classpath:" + CommandSideIntegrationTest.USERS_FILE})
class ExportMemoryBenchmark {

    private static final int EVENTS = Integer.getInteger("edutrack.benchmark.events", 200_000);
    private static final PostgresDatabase DATABASE = Infrastructure.get().newDatabase("benchmark_export");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
        registry.add("spring.kafka.bootstrap-servers", Infrastructure.get()::kafkaBootstrapServers);
    }

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcClient jdbc;

    @Test
    void exportsALargeHistoryInBoundedMemory() throws Exception {
        // the copies below are not meant for Kafka
        processing.eventProcessor(KafkaPublisher.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow()
                .shutDown();
        UserDetails administrator = LocalUsers.load(new ClassPathResource(CommandSideIntegrationTest.USERS_FILE))
                .loadUserByUsername(CommandSideIntegrationTest.ADMINISTRATOR);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                administrator, null, administrator.getAuthorities()));
        String id = "PRJ-B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try {
            commands.sendAndWait(new RegisterProject(ProjectId.of(id), LocalDate.of(2022, 1, 10),
                    ProjectKind.NEW_BUILD, "基准测试学校, \"导出\"", JurisdictionCode.of("CN-45/XX市/XX区"),
                    OrganisationId.of("ORG-BENCH"), PersonId.of("P-BENCH"), new Capacity(540, 2, 12), null));
        } finally {
            SecurityContextHolder.clearContext();
        }
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                      metadata, payload, payloadrevision, payloadtype, timestamp)
                        SELECT aggregateidentifier, n, type, gen_random_uuid()::text, metadata, payload,
                               payloadrevision, payloadtype, timestamp
                        FROM domainevententry, generate_series(1, :copies) AS n
                        WHERE aggregateidentifier = :id AND sequencenumber = 0""")
                .param("id", id).param("copies", EVENTS - 1).update();

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        long started = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/audit/projects/" + id + "/history?format=csv"))
                .header("Authorization", CommandSideIntegrationTest.basic("auditor-cn")).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        sampler.join();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("BENCHMARK export: %d events, %.1f MB of CSV in %.1f s; heap used before %.0f MB, peak %.0f MB"
                        + " (max heap %.0f MB)%n", EVENTS, bytes / 1e6, seconds, before / 1e6, peak.get() / 1e6,
                runtime.maxMemory() / 1e6);
        assertThat(lines).isEqualTo(EVENTS + 1L); // the header and a row per event (no newline inside the rows)
    }
}
