package cn.edutrack.command.project.web;

import static cn.edutrack.command.support.Requests.newProjectId;
import static cn.edutrack.command.support.Requests.register;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.support.CommandSideIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST /api/projects/{id}/plan-assignment: 201 when recorded, 200 when it is the assignment in force. */
class PlanAssignmentApiTest extends CommandSideIntegrationTest {

    /** The plan the tests assign to, recorded once per test run under a fresh id. */
    private static final String PLAN = "xx-" + UUID.randomUUID().toString().substring(0, 8);
    private static boolean planRecorded;

    private static final String ASSIGNMENT = """
            {"businessDate": "2022-01-10", "planId": "%s", "programmeId": "col7", "targetId": "kg",
             "contributions": [{"counts": "KINDERGARTENS", "value": 1},
                               {"targetId": "places", "counts": "PLACES", "value": 360, "asWritten": "360个"}],
             "parentProjectId": "PRJ-XX-KG-PORTFOLIO",
             "quota": {"per": "乡镇", "perYear": {"comparator": "RANGE", "min": 1, "max": 2, "asWritten": "1—2所"},
                       "fromYear": 2021, "toYear": 2023},
             "dueYear": 2023, "flags": ["anonymised"], "source": {"quote": "新建XXX幼儿园", "ref": "专栏7"}}
            """.formatted(PLAN);

    private String id;
    private String path;

    @BeforeEach
    void registeredProject() {
        if (!planRecorded) {
            recordPlan();
            planRecorded = true;
        }
        id = newProjectId();
        path = "/api/projects/" + id + "/plan-assignment";
        assertThat(post("/api/projects", register(id, "NEW_BUILD")).status()).isEqualTo(201);
    }

    @Test
    void assignsAProjectToAPlanOnce() {
        Answer first = post(path, ASSIGNMENT);
        Answer again = post(path, ASSIGNMENT.replace("\"value\": 360", "\"value\": 360.0"));

        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        assertThat(first.body().get("projectId").asString()).isEqualTo(id);
        assertThat(first.body().get("version").asLong()).isEqualTo(1);
        assertThat(first.body().get("recorded").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("version").asLong()).isEqualTo(1);
        assertThat(again.body().get("recorded").asBoolean()).isFalse();

        assertThat(storedEventTypes(id)).containsExactly("ProjectRegistered", "ProjectAssignedToPlan");
        JsonNode assigned = storedPayloadOf(id, 1);
        assertThat(assigned.get("planId").asString()).isEqualTo(PLAN);
        assertThat(assigned.get("parent").asString()).isEqualTo("PRJ-XX-KG-PORTFOLIO");
        assertThat(assigned.get("contributions").get(1).get("value").decimalValue()).isEqualTo(new BigDecimal("360"));
        assertThat(assigned.get("quota").get("perYear").get("comparator").asString()).isEqualTo("RANGE");
    }

    @Test
    void aChangedAssignmentReplacesTheOneInForce() {
        post(path, ASSIGNMENT);
        Answer changed = post(path, ASSIGNMENT.replace("\"dueYear\": 2023", "\"dueYear\": 2024")
                .replaceFirst("\\{", "{\"expectedVersion\": 1, "));
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(201);
        assertThat(changed.body().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Answer first = post(path, ASSIGNMENT, key);
        Answer retry = post(path, ASSIGNMENT, key);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents(id)).isEqualTo(2);
    }

    @Test
    void aCancelledProjectCannotBePlacedInAPlan() {
        assertThat(post("/api/projects/" + id + "/cancellation",
                "{\"businessDate\": \"2022-01-20\", \"reason\": \"规划调整\"}").status()).isEqualTo(200);
        Answer answer = post(path, ASSIGNMENT.replace("2022-01-10", "2022-02-01"));
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(422);
        assertThat(answer.body().get("rule").asString()).isEqualTo("project-cancelled");
        assertThat(answer.body().get("projectId").asString()).isEqualTo(id);
        assertThat(storedEvents(id)).isEqualTo(2);
    }

    @Test
    void aProjectIsNotItsOwnPortfolio() {
        Answer answer = post(path, ASSIGNMENT.replace("PRJ-XX-KG-PORTFOLIO", id));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("rule").asString()).isEqualTo("own-portfolio");
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    @Test
    void badFieldsAreNamed() {
        Answer negative = post(path, ASSIGNMENT.replace("\"value\": 360", "\"value\": -360"));
        Answer absurd = post(path, ASSIGNMENT.replace("\"value\": 360", "\"value\": 3600000000000000000"));
        Answer flag = post(path, ASSIGNMENT.replace("[\"anonymised\"]", "[\"anonymized\"]"));
        Answer quota = post(path, ASSIGNMENT.replace("\"toYear\": 2023", "\"toYear\": 2020"));
        Answer parent = post(path, ASSIGNMENT.replace("PRJ-XX-KG-PORTFOLIO", "portfolio"));

        assertThat(fields(negative)).containsExactly("contributions[1].value");
        assertThat(fields(absurd)).containsExactly("contributions[1].value");
        assertThat(fields(flag)).containsExactly("flags[0]");
        assertThat(fields(quota)).containsExactly("quota.toYear");
        assertThat(fields(parent)).containsExactly("parentProjectId");
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    @Test
    void anUnknownProjectIsNotFound() {
        String unknown = newProjectId();
        Answer answer = post("/api/projects/" + unknown + "/plan-assignment", ASSIGNMENT);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:edutrack:problem:project-not-found");
        assertThat(storedEvents(unknown)).isZero();
    }

    @Test
    void aPlanProgrammeOrTargetThatIsNotRecordedIsRefusedNamingIt() {
        Answer plan = post(path, ASSIGNMENT.replace(PLAN, "no-such-plan"));
        Answer programme = post(path, ASSIGNMENT.replace("\"col7\"", "\"col8\""));
        Answer target = post(path, ASSIGNMENT.replace("\"targetId\": \"kg\"", "\"targetId\": \"primary\""));
        Answer contribution = post(path, ASSIGNMENT.replace("\"targetId\": \"places\"", "\"targetId\": \"seats\""));

        assertReference(plan, "planId", "no-such-plan");
        assertReference(programme, "programmeId", "col8");
        assertReference(target, "targetId", "primary");
        assertReference(contribution, "targetId", "seats");
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    private static void assertReference(Answer answer, String field, String value) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(422);
        assertThat(answer.body().get("rule").asString()).isEqualTo("unknown-plan-reference");
        assertThat(answer.body().get(field).asString()).isEqualTo(value);
    }

    private void recordPlan() {
        String base = "/api/plans/" + PLAN;
        assertThat(post("/api/plans", """
                {"businessDate": "2021-03-01", "planId": "%s", "jurisdiction": "CN-45/XX市/XX区",
                 "title": "XX区教育事业发展“十四五”规划", "type": "FIVE_YEAR_PLAN", "periodFrom": 2021, "periodTo": 2025}
                """.formatted(PLAN)).status()).isEqualTo(201);
        assertThat(post(base + "/programmes", """
                {"businessDate": "2021-03-01", "programmeId": "col7", "name": "教育资源扩容提质工程", "kind": "SPECIAL_COLUMN"}
                """).status()).isEqualTo(201);
        assertThat(post(base + "/targets", """
                {"businessDate": "2021-03-01", "targetId": "kg", "programmeId": "col7", "name": "幼儿园新建、改扩建",
                 "counts": "KINDERGARTENS", "planned": {"comparator": "EQUAL", "value": 15, "asWritten": "15所"}}
                """).status()).isEqualTo(201);
        assertThat(post(base + "/targets", """
                {"businessDate": "2021-03-01", "targetId": "places", "programmeId": "col7", "name": "新增学位",
                 "counts": "PLACES", "planned": {"comparator": "ABOUT", "value": 28000, "asWritten": "约28000个"}}
                """).status()).isEqualTo(201);
    }

    private static List<String> fields(Answer answer) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
        return answer.body().get("errors").valueStream().map(error -> error.get("field")).map(JsonNode::asString).toList();
    }
}
