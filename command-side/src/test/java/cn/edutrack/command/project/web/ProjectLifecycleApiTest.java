package cn.edutrack.command.project.web;

import static cn.edutrack.command.support.Requests.allocate;
import static cn.edutrack.command.support.Requests.approve;
import static cn.edutrack.command.support.Requests.complete;
import static cn.edutrack.command.support.Requests.failAcceptance;
import static cn.edutrack.command.support.Requests.newProjectId;
import static cn.edutrack.command.support.Requests.passAcceptance;
import static cn.edutrack.command.support.Requests.progress;
import static cn.edutrack.command.support.Requests.putIntoService;
import static cn.edutrack.command.support.Requests.register;
import static cn.edutrack.command.support.Requests.start;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.support.CommandSideIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectLifecycleApiTest extends CommandSideIntegrationTest {

    @Test
    void constructionProjectFromRegistrationToService() {
        String id = newProjectId();
        Answer registered = post("/api/projects", register(id, "NEW_BUILD"));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.header("Location")).isEqualTo("/api/projects/" + id);
        assertThat(registered.body().get("projectId").asString()).isEqualTo(id);
        assertThat(registered.body().get("version").asLong()).isZero();

        String base = "/api/projects/" + id;
        List<String> steps = List.of(
                base + "/approval|" + approve("1250.5"),
                base + "/allocations|" + allocate("MUNICIPAL_FISCAL", "8000000"),
                base + "/allocations|" + allocate("LOCAL_GOVERNMENT_SPECIAL_BOND", "4505000.00"),
                base + "/construction-start|" + start(),
                base + "/progress-reports|" + progress(60),
                base + "/completion|" + complete(360),
                base + "/acceptance-failures|" + failAcceptance(),
                base + "/acceptance-passes|" + passAcceptance(),
                base + "/service-entry|" + putIntoService());
        long expectedVersion = 0;
        for (String step : steps) {
            String[] pathAndBody = step.split("\\|", 2);
            Answer answer = post(pathAndBody[0], pathAndBody[1]);
            expectedVersion++;
            assertThat(answer.status()).as(pathAndBody[0] + " -> " + answer.raw().body()).isEqualTo(200);
            assertThat(answer.body().get("version").asLong()).isEqualTo(expectedVersion);
        }

        assertThat(storedTypes(id)).containsExactly("ProjectRegistered", "ProjectApproved", "FundingAllocated",
                "FundingAllocated", "ConstructionStarted", "ProgressReported", "ConstructionCompleted",
                "AcceptanceFailed", "AcceptancePassed", "PutIntoService");
        // 1250.5 万元 approved; the two allocations use it up exactly, so the rule let them through.
        assertThat(storedPayload(id, 1)).contains("\"approvedBudget\":\"12505000.00\"");
        assertThat(storedRevisions(id)).containsOnly("1");
    }

    @Test
    void reformFromApprovalToEvaluation() {
        String id = newProjectId();
        assertThat(post("/api/projects", register(id, "SCHOOL_GROUP")).status()).isEqualTo(201);
        String base = "/api/projects/" + id;
        assertThat(post(base + "/approval", approve("200")).status()).isEqualTo(200);
        assertThat(post(base + "/reform-launch", """
                {"businessDate": "2022-09-01", "participatingUnits": ["ORG-SCH-001", "ORG-SCH-002", "ORG-SCH-003"]}
                """).status()).isEqualTo(200);
        assertThat(post(base + "/reform-evaluations", """
                {"businessDate": "2023-07-01", "evaluator": "XX区教育督导室", "rating": "优秀", "passed": true}
                """).status()).isEqualTo(200);

        assertThat(storedTypes(id)).containsExactly("ProjectRegistered", "ProjectApproved", "ReformLaunched",
                "ReformEvaluated");
    }

    @Test
    void designationFromApplicationToGrant() {
        String id = newProjectId();
        assertThat(post("/api/projects", register(id, "MODEL_SCHOOL")).status()).isEqualTo(201);
        String base = "/api/projects/" + id;
        assertThat(post(base + "/designation-applications", """
                {"businessDate": "2022-04-01", "designation": "自治区义务教育管理标准化学校", "level": "provincial",
                 "applicationBody": "XX区教育局"}
                """).status()).isEqualTo(200);
        Answer granted = post(base + "/designation-grant", """
                {"businessDate": "2022-12-20", "level": "provincial", "grantingBody": "广西壮族自治区教育厅",
                 "documentNumber": "桂教基教〔2022〕40号"}
                """);
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.body().get("version").asLong()).isEqualTo(2);
        assertThat(storedTypes(id)).containsExactly("ProjectRegistered", "DesignationApplied", "DesignationGranted");
    }

    @Test
    void aProjectWithoutAnIdGetsOne() {
        Answer registered = post("/api/projects", register(newProjectId(), "EXPANSION").replaceFirst(
                "\"projectId\": \"PRJ-[A-Z0-9]+\", ", ""));
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.body().get("projectId").asString();
        assertThat(id).matches("PRJ-[0-9A-F]{12}");
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    private List<String> storedTypes(String projectId) {
        return jdbc.sql("""
                        SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = :id ORDER BY sequencenumber""")
                .param("id", projectId).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .toList();
    }

    private List<String> storedRevisions(String projectId) {
        return jdbc.sql("SELECT payloadrevision FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", projectId).query(String.class).list();
    }

    private String storedPayload(String projectId, long sequence) {
        byte[] payload = jdbc.sql("""
                        SELECT payload FROM domainevententry WHERE aggregateidentifier = :id AND sequencenumber = :seq""")
                .param("id", projectId).param("seq", sequence).query(byte[].class).single();
        return new String(payload, java.nio.charset.StandardCharsets.UTF_8);
    }
}
