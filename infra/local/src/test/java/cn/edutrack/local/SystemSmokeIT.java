package cn.edutrack.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import cn.edutrack.infra.Infrastructure;
import cn.edutrack.local.EdutrackSystem.Config;
import cn.edutrack.local.demo.DemoData;
import cn.edutrack.local.demo.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The real system: both applications as processes on fresh databases and a real broker, in local security mode with
 * the local users, driven over HTTP.
 */
class SystemSmokeIT {

    private static final String MANAGER = "manager-xx-qu";
    private static final String SUPERVISOR = "supervisor-xx-qu";
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
    void aRegisteredProjectAppearsOnTheQuerySide() {
        String id = "PRJ-IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = """
                {"businessDate": "2025-03-01", "projectId": "%s", "kind": "NEW_BUILD", "title": "冒烟测试幼儿园",
                 "jurisdiction": "CN-45/XX市/XX区", "ownerOrganisation": "XX区教育局", "responsiblePerson": "P-IT-01",
                 "plannedCapacity": {"places": 270, "streams": 0, "classes": 9}}
                """.formatted(id);

        HttpResponse<String> created = Http.post(MANAGER, system.commandUrl() + "/api/projects", body);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode summary = awaitProject(id, "REGISTERED");
        assertThat(summary.get("title").asString()).isEqualTo("冒烟测试幼儿园");
    }

    @Test
    void bothApplicationsRunInLocalModeWithTheLocalUsersAndNoSecretOnTheirCommandLines() throws Exception {
        for (String url : List.of(system.commandUrl(), system.queryUrl())) {
            assertThat(Http.get(null, url + "/api/projects").statusCode()).as("anonymous " + url).isEqualTo(401);
            assertThat(Http.get(null, url + "/actuator/health").statusCode()).as("health " + url).isEqualTo(200);
            HttpResponse<String> me = Http.get("supervisor-handan", url + "/api/me");
            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            JsonNode actor = Http.json(me);
            assertThat(actor.get("userId").asString()).isEqualTo("supervisor-handan");
            assertThat(actor.get("role").asString()).isEqualTo("SUPERVISOR");
            assertThat(actor.get("organisation").asString()).isEqualTo("邯郸市教育局");
            assertThat(actor.get("jurisdiction").asString()).isEqualTo("CN-13/邯郸市");
        }
        assertThat(Http.getWithPassword("supervisor-handan", "test-password", system.queryUrl() + "/api/me").statusCode())
                .as("the local password only").isEqualTo(401);

        assertThat(Files.readString(system.usersFile())).isEqualTo(DemoUsers.text());
        for (AppProcess app : List.of(system.commandSide(), system.querySide())) {
            List<String> arguments = List.of(ProcessHandle.of(app.pid()).orElseThrow().info().arguments().orElseThrow());
            assertThat(arguments).as(app.name())
                    .contains("--edutrack.security.mode=local", "--edutrack.security.users-file=file:" + system.usersFile())
                    .noneMatch(argument -> argument.contains("password"));
        }
    }

    @Test
    void demoDataLoadsAndLoadingAgainAddsNothing() {
        DemoData.Result first = DemoData.load(system.commandUrl());
        assertThat(first.problems()).isEmpty();
        awaitProject("PRJ-DEMO-0001", "IN_SERVICE");
        awaitProject("PRJ-DEMO-0006", "FUNDED");
        long version = awaitProject("PRJ-DEMO-0001", "IN_SERVICE").get("version").asLong();

        DemoData.Result second = DemoData.load(system.commandUrl());

        assertThat(second.problems()).isEmpty();
        assertThat(second.projectsLoaded()).isZero();
        assertThat(second.versions()).isEqualTo(first.versions()).hasSize(DemoData.projectIds().size());
        assertThat(Http.getJsonOrNull(SUPERVISOR, system.queryUrl() + "/api/projects/PRJ-DEMO-0001").get("version")
                .asLong()).isEqualTo(version);
    }

    private static JsonNode awaitProject(String id, String status) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> Http.getJsonOrNull("supervisor-xx-shi", system.queryUrl() + "/api/projects/" + id),
                        node -> node != null && status.equals(node.path("status").asString()));
    }
}
