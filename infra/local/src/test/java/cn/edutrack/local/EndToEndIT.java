package cn.edutrack.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.edutrack.infra.Infrastructure;
import cn.edutrack.local.EdutrackSystem.Config;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system as it runs in production: the command side and the query side as separate
 * processes, on real PostgreSQL and a real Kafka broker, driven only through their HTTP APIs.
 */
class EndToEndIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PROJECTED_WITHIN = Duration.ofSeconds(90);
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        Infrastructure infrastructure = Infrastructure.get();
        system = EdutrackSystem.start(Config.forTests(Path.of("target", "it-e2e"),
                infrastructure.newDatabase("e2e_command"), infrastructure.newDatabase("e2e_query"),
                infrastructure.kafkaBootstrapServers()));
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void constructionProjectFromRegistrationToService() throws Exception {
        String id = newId();
        command("", """
                {"projectId": "%s", "businessDate": "2022-01-10", "kind": "NEW_BUILD",
                 "title": "XX区第三实验幼儿园新建工程", "jurisdiction": "CN-45/XX市/XX区",
                 "ownerOrganisation": "ORG-XXQ-JYJ", "responsiblePerson": "P-0001",
                 "plannedCapacity": {"places": 360, "streams": 4, "classes": 12}}""".formatted(id), 201);
        command(id + "/approval", """
                {"businessDate": "2022-03-01", "expectedVersion": 0, "approvingBody": "XX区发展和改革局",
                 "documentNumber": "X发改投资〔2022〕15号", "approvedBudget": {"amount": "1250.5", "unit": "WAN_YUAN"},
                 "scope": "新建教学楼及附属设施", "plannedStart": "2022-05-01", "plannedCompletion": "2023-08-31"}""", 200);
        command(id + "/allocations", """
                {"businessDate": "2022-04-01", "source": "MUNICIPAL_FISCAL",
                 "amount": {"amount": "800", "unit": "WAN_YUAN"}, "documentNumber": "X财教〔2022〕8号"}""", 200);
        command(id + "/allocations", """
                {"businessDate": "2022-04-20", "source": "LOCAL_GOVERNMENT_SPECIAL_BOND",
                 "amount": {"amount": "4505000.00"}, "documentNumber": "X财债〔2022〕3号"}""", 200);
        command(id + "/construction-start", """
                {"businessDate": "2022-05-06", "contractor": "XX建工集团有限公司"}""", 200);
        command(id + "/progress-reports", """
                {"businessDate": "2022-11-30", "percentComplete": 60, "note": "主体结构封顶"}""", 200);
        command(id + "/completion", """
                {"businessDate": "2023-08-20", "actualCapacity": {"places": 360, "streams": 4, "classes": 12},
                 "floorAreaSquareMetres": 5230.5}""", 200);
        command(id + "/acceptance-failures", """
                {"businessDate": "2023-09-01", "inspectingBody": "XX区住房和城乡建设局", "findings": "消防通道不达标",
                 "rectificationDeadline": "2023-10-15"}""", 200);
        command(id + "/acceptance-passes", """
                {"businessDate": "2023-10-20", "inspectingBody": "XX区住房和城乡建设局"}""", 200);
        command(id + "/service-entry", """
                {"businessDate": "2023-11-01", "firstEnrolment": 320}""", 200);

        JsonNode summary = awaitVersion(id, 9);
        assertThat(summary.get("status").asString()).isEqualTo("IN_SERVICE");
        assertThat(summary.get("track").asString()).isEqualTo("CONSTRUCTION");
        assertThat(summary.get("approvedBudget").asString()).isEqualTo("12505000.00");
        assertThat(summary.get("allocatedTotal").asString()).isEqualTo("12505000.00");
        assertThat(summary.get("allocatedBySource").get("MUNICIPAL_FISCAL").asString()).isEqualTo("8000000.00");
        assertThat(summary.get("allocatedBySource").get("LOCAL_GOVERNMENT_SPECIAL_BOND").asString())
                .isEqualTo("4505000.00");
        assertThat(summary.get("plannedCapacity").get("places").asInt()).isEqualTo(360);
        assertThat(summary.get("deliveredCapacity").get("places").asInt()).isEqualTo(360);
        assertThat(summary.get("acceptanceFailures").asInt()).isEqualTo(1);
        JsonNode milestones = summary.get("milestones");
        assertThat(milestones.get("approvedOn").asString()).isEqualTo("2022-03-01");
        assertThat(milestones.get("fundedOn").asString()).isEqualTo("2022-04-01");
        assertThat(milestones.get("constructionStartedOn").asString()).isEqualTo("2022-05-06");
        assertThat(milestones.get("completedOn").asString()).isEqualTo("2023-08-20");
        assertThat(milestones.get("acceptedOn").asString()).isEqualTo("2023-10-20");
        assertThat(milestones.get("inServiceOn").asString()).isEqualTo("2023-11-01");

        JsonNode timeline = get(system.queryUrl() + "/api/projects/" + id + "/timeline");
        assertThat(timeline.get("events").valueStream().map(event -> event.get("type").asString()).toList())
                .containsExactly("cn.edutrack.project.registered.v1", "cn.edutrack.project.approved.v1",
                        "cn.edutrack.project.funding-allocated.v1", "cn.edutrack.project.funding-allocated.v1",
                        "cn.edutrack.project.construction-started.v1", "cn.edutrack.project.progress-reported.v1",
                        "cn.edutrack.project.construction-completed.v1", "cn.edutrack.project.acceptance-failed.v1",
                        "cn.edutrack.project.acceptance-passed.v1", "cn.edutrack.project.put-into-service.v1");

        JsonNode list = get(system.queryUrl() + "/api/projects?jurisdiction=CN-45/XX%E5%B8%82&status=IN_SERVICE&size=200");
        assertThat(list.get("items").valueStream().map(item -> item.get("projectId").asString()).toList()).contains(id);
    }

    @Test
    void reformFromApprovalToEvaluation() throws Exception {
        String id = newId();
        command("", """
                {"projectId": "%s", "businessDate": "2021-09-01", "kind": "SCHOOL_GROUP",
                 "title": "鼓楼区第一中学教育集团集团化办学", "jurisdiction": "CN-35/福州市/鼓楼区",
                 "ownerOrganisation": "ORG-GL-JYJ", "responsiblePerson": "P-0101",
                 "plannedCapacity": {"places": 0}}""".formatted(id), 201);
        command(id + "/approval", """
                {"businessDate": "2021-10-08", "approvingBody": "鼓楼区教育局", "documentNumber": "鼓教〔2021〕66号",
                 "approvedBudget": {"amount": "120", "unit": "WAN_YUAN"}, "scope": "三校一体化管理",
                 "plannedStart": "2021-11-01", "plannedCompletion": "2024-07-31"}""", 200);
        command(id + "/reform-launch", """
                {"businessDate": "2021-11-01", "participatingUnits": ["ORG-GL-S01", "ORG-GL-S02", "ORG-GL-S03"]}""", 200);
        command(id + "/reform-evaluations", """
                {"businessDate": "2023-07-01", "evaluator": "鼓楼区教育督导室", "rating": "优秀", "passed": true}""", 200);

        JsonNode summary = awaitVersion(id, 3);
        assertThat(summary.get("status").asString()).isEqualTo("EVALUATED");
        assertThat(summary.get("track").asString()).isEqualTo("REFORM");
        assertThat(summary.get("participatingUnits").asInt()).isEqualTo(3);
        assertThat(summary.get("evaluationPassed").asBoolean()).isTrue();
        assertThat(summary.get("approvedBudget").asString()).isEqualTo("1200000.00");
        assertThat(summary.get("milestones").get("launchedOn").asString()).isEqualTo("2021-11-01");
        assertThat(summary.get("milestones").get("evaluatedOn").asString()).isEqualTo("2023-07-01");
    }

    @Test
    void designationFromApplicationToGrant() throws Exception {
        String id = newId();
        command("", """
                {"projectId": "%s", "businessDate": "2022-02-12", "kind": "MODEL_SCHOOL",
                 "title": "施甸县第一完全小学创建省级文明校园", "jurisdiction": "CN-53/保山市/施甸县",
                 "ownerOrganisation": "ORG-SD-YX", "responsiblePerson": "P-0201",
                 "plannedCapacity": {"places": 0}}""".formatted(id), 201);
        command(id + "/designation-applications", """
                {"businessDate": "2022-04-01", "designation": "省级文明校园", "level": "provincial",
                 "applicationBody": "施甸县教育体育局"}""", 200);
        command(id + "/designation-grant", """
                {"businessDate": "2022-12-20", "level": "provincial", "grantingBody": "云南省精神文明建设委员会",
                 "documentNumber": "云文明〔2022〕9号"}""", 200);

        JsonNode summary = awaitVersion(id, 2);
        assertThat(summary.get("status").asString()).isEqualTo("GRANTED");
        assertThat(summary.get("track").asString()).isEqualTo("DESIGNATION");
        assertThat(summary.get("designationLevel").asString()).isEqualTo("provincial");
        assertThat(summary.get("milestones").get("appliedOn").asString()).isEqualTo("2022-04-01");
        assertThat(summary.get("milestones").get("grantedOn").asString()).isEqualTo("2022-12-20");
    }

    @Test
    void eventsRecordedWhileTheQuerySideIsStoppedAppearAfterItStarts() throws Exception {
        String id = newId();
        command("", """
                {"projectId": "%s", "businessDate": "2022-01-10", "kind": "EXPANSION",
                 "title": "XX区第九小学改扩建工程", "jurisdiction": "CN-45/XX市/XX区",
                 "ownerOrganisation": "ORG-XXQ-JYJ", "responsiblePerson": "P-0002",
                 "plannedCapacity": {"places": 1350, "streams": 5, "classes": 30}}""".formatted(id), 201);
        awaitVersion(id, 0);

        system.querySide().stop();
        command(id + "/approval", """
                {"businessDate": "2022-03-01", "approvingBody": "XX区发展和改革局", "documentNumber": "X发改投资〔2022〕21号",
                 "approvedBudget": {"amount": "3600", "unit": "WAN_YUAN"}, "scope": "新建教学综合楼",
                 "plannedStart": "2022-06-01", "plannedCompletion": "2024-08-31"}""", 200);
        command(id + "/allocations", """
                {"businessDate": "2022-04-01", "source": "COUNTY_DISTRICT_FISCAL",
                 "amount": {"amount": "1000", "unit": "WAN_YUAN"}, "documentNumber": "X财教〔2022〕12号"}""", 200);
        system.querySide().restart(Duration.ofSeconds(120));

        JsonNode summary = awaitVersion(id, 2);
        assertThat(summary.get("status").asString()).isEqualTo("FUNDED");
        assertThat(summary.get("allocatedTotal").asString()).isEqualTo("10000000.00");
    }

    @Test
    void aRejectedCommandLeavesNothingOnEitherSide() throws Exception {
        String id = newId();
        command("", """
                {"projectId": "%s", "businessDate": "2022-01-10", "kind": "NEW_BUILD",
                 "title": "XX区第十幼儿园新建工程", "jurisdiction": "CN-45/XX市/XX区",
                 "ownerOrganisation": "ORG-XXQ-JYJ", "responsiblePerson": "P-0003",
                 "plannedCapacity": {"places": 270}}""".formatted(id), 201);

        HttpResponse<String> refused = post(system.commandUrl() + "/api/projects/" + id + "/allocations", """
                {"businessDate": "2022-04-01", "source": "MUNICIPAL_FISCAL", "amount": {"amount": "100"},
                 "documentNumber": "X"}""");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("rule").asString()).isEqualTo("not-approved");

        // a later accepted event is projected right after the registration: nothing came in between
        command(id + "/cancellation", """
                {"businessDate": "2022-05-01", "reason": "选址调整"}""", 200);
        JsonNode summary = awaitVersion(id, 1);
        assertThat(summary.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(summary.get("allocatedTotal").asString()).isEqualTo("0.00");
    }

    private static String newId() {
        return "PRJ-E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static void command(String path, String json, int expectedStatus) throws Exception {
        HttpResponse<String> response = post(system.commandUrl() + "/api/projects" + (path.isEmpty() ? "" : "/" + path),
                json);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
    }

    private static JsonNode awaitVersion(String id, long version) {
        return await().atMost(PROJECTED_WITHIN).pollInterval(Duration.ofMillis(300))
                .until(() -> get(system.queryUrl() + "/api/projects/" + id),
                        node -> node != null && node.get("version").asLong() == version);
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    private static HttpResponse<String> post(String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
