package cn.edutrack.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import cn.edutrack.infra.Infrastructure;
import cn.edutrack.local.EdutrackSystem.Config;
import cn.edutrack.local.demo.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real system: both applications as processes on fresh databases and a real broker, driven over HTTP. */
class SystemSmokeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        Infrastructure infrastructure = Infrastructure.get();
        Config config = Config.forTests(Path.of("target", "it-system"),
                infrastructure.newDatabase("it_command"), infrastructure.newDatabase("it_query"),
                infrastructure.kafkaBootstrapServers());
        system = EdutrackSystem.start(config);
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aRegisteredProjectAppearsOnTheQuerySide() throws Exception {
        String id = "PRJ-IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = """
                {"businessDate": "2025-03-01", "projectId": "%s", "kind": "NEW_BUILD", "title": "冒烟测试幼儿园",
                 "jurisdiction": "CN-45/XX市/XX区", "ownerOrganisation": "ORG-XXQ-JYJ", "responsiblePerson": "P-IT-01",
                 "plannedCapacity": {"places": 270, "streams": 0, "classes": 9}}
                """.formatted(id);

        HttpResponse<String> created = post(system.commandUrl() + "/api/projects", body);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode summary = awaitProject(id, "REGISTERED");
        assertThat(summary.get("title").asString()).isEqualTo("冒烟测试幼儿园");
    }

    @Test
    void demoDataLoadsAndLoadingAgainAddsNothing() throws Exception {
        DemoData.Result first = DemoData.load(system.commandUrl());
        assertThat(first.problems()).isEmpty();
        awaitProject("PRJ-DEMO-0001", "IN_SERVICE");
        awaitProject("PRJ-DEMO-0006", "FUNDED");
        long version = awaitProject("PRJ-DEMO-0001", "IN_SERVICE").get("version").asLong();

        DemoData.Result second = DemoData.load(system.commandUrl());

        assertThat(second.problems()).isEmpty();
        assertThat(second.projectsLoaded()).isZero();
        assertThat(second.versions()).isEqualTo(first.versions()).hasSize(DemoData.projectIds().size());
        assertThat(get(system.queryUrl() + "/api/projects/PRJ-DEMO-0001").get("version").asLong()).isEqualTo(version);
    }

    private static JsonNode awaitProject(String id, String status) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> get(system.queryUrl() + "/api/projects/" + id),
                        node -> node != null && status.equals(node.path("status").asString()));
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    private static HttpResponse<String> post(String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
