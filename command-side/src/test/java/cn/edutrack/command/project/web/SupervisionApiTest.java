package cn.edutrack.command.project.web;

import static cn.edutrack.command.support.Requests.newProjectId;
import static cn.edutrack.command.support.Requests.register;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.support.CommandSideIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A supervisor's actions over HTTP: rectification orders (the answer names the order's number), summonses and
 * re-checks; every refusal a problem naming the rule or the field, with nothing stored.
 */
class SupervisionApiTest extends CommandSideIntegrationTest {

    private String id;
    private String base;

    @BeforeEach
    void registeredProject() {
        id = newProjectId();
        base = "/api/projects/" + id;
        assertThat(post("/api/projects", register(id, "NEW_BUILD")).status()).isEqualTo(201);
    }

    static String order(String businessDate, String deadline) {
        return """
                {"businessDate": "%s", "issuingBody": "XX市人民政府教育督导室", "findings": "消防通道被占用，整改不到位",
                 "deadline": "%s"}""".formatted(businessDate, deadline);
    }

    static String recheck(String businessDate, int orderNumber, String result, String newDeadline) {
        return """
                {"businessDate": "%s", "orderNumber": %d, "result": "%s", "findings": "复查意见"%s}"""
                .formatted(businessDate, orderNumber, result, newDeadline == null ? "" : ", \"newDeadline\": \"" + newDeadline + "\"");
    }

    @Test
    void ordersAreNumberedAndTheAnswerSaysWhichNumber() {
        Answer first = post(base + "/rectification-orders", order("2022-06-01", "2022-07-01"));
        Answer second = post(base + "/rectification-orders", order("2022-06-15", "2022-08-01"));

        assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
        assertThat(first.body().get("projectId").asString()).isEqualTo(id);
        assertThat(first.body().get("version").asLong()).isEqualTo(1);
        assertThat(first.body().get("orderNumber").asInt()).isEqualTo(1);
        assertThat(second.body().get("version").asLong()).isEqualTo(2);
        assertThat(second.body().get("orderNumber").asInt()).isEqualTo(2);
        JsonNode stored = storedPayloadOf(id, 2);
        assertThat(stored.get("orderNumber").asInt()).isEqualTo(2);
        assertThat(stored.get("deadline").asString()).isEqualTo("2022-08-01");
        assertThat(storedEventTypes(id)).containsExactly("ProjectRegistered", "RectificationOrdered", "RectificationOrdered");
    }

    @Test
    void aRetriedOrderReplaysItsAnswerWithTheSameNumber() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Answer first = post(base + "/rectification-orders", order("2022-06-01", "2022-07-01"), key);
        Answer retry = post(base + "/rectification-orders", order("2022-06-01", "2022-07-01"), key);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.body().get("orderNumber").asInt()).isEqualTo(1);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents(id)).isEqualTo(2);
    }

    @Test
    void aDeadlineBeforeTheOrderIsRefusedNamingTheDeadline() {
        Answer answer = post(base + "/rectification-orders", order("2022-06-01", "2022-05-31"));

        assertProblem(answer, 400, "deadline-before-order");
        assertThat(fields(answer)).containsExactly("deadline");
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    @Test
    void missingFieldsAreNamed() {
        Answer answer = post(base + "/rectification-orders", "{\"businessDate\": \"2022-06-01\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer)).containsExactly("deadline", "findings", "issuingBody");
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    @Test
    void anOrderDatedInTheFutureIsRefused() {
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        Answer answer = post(base + "/rectification-orders", order(tomorrow, tomorrow));

        assertProblem(answer, 400, "business-date-in-future");
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    @Test
    void aStaleExpectedVersionIsRefused() {
        Answer answer = post(base + "/summonses", """
                {"businessDate": "2022-06-01", "expectedVersion": 3, "issuingBody": "XX市人民政府教育督导室",
                 "summonedParty": "XX区教育局局长", "reason": "项目进度严重滞后"}""");

        assertProblem(answer, 409, "stale-expected-version");
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    @Test
    void aSummonsIsRecorded() {
        Answer answer = post(base + "/summonses", """
                {"businessDate": "2022-06-01", "expectedVersion": 0, "issuingBody": "XX市人民政府教育督导室",
                 "summonedParty": "XX区教育局局长", "reason": "项目进度严重滞后"}""");

        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        assertThat(answer.body().get("version").asLong()).isEqualTo(1);
        assertThat(storedPayloadOf(id, 1).get("summonedParty").asString()).isEqualTo("XX区教育局局长");
    }

    @Test
    void aRecheckClosesARectifiedOrderAndAClosedOrderCannotBeRecheckedAgain() {
        post(base + "/rectification-orders", order("2022-06-01", "2022-07-01"));

        Answer notYet = post(base + "/rechecks", recheck("2022-07-02", 1, "NOT_RECTIFIED", "2022-08-01"));
        Answer rectified = post(base + "/rechecks", recheck("2022-08-02", 1, "RECTIFIED", null));
        Answer again = post(base + "/rechecks", recheck("2022-08-03", 1, "NOT_RECTIFIED", null));

        assertThat(notYet.status()).as(notYet.raw().body()).isEqualTo(200);
        assertThat(rectified.status()).isEqualTo(200);
        assertThat(rectified.body().get("version").asLong()).isEqualTo(3);
        assertProblem(again, 409, "rectification-order-closed");
        assertThat(again.body().get("orderNumber").asInt()).isEqualTo(1);
        assertThat(storedPayloadOf(id, 2).get("newDeadline").asString()).isEqualTo("2022-08-01");
        assertThat(storedEvents(id)).isEqualTo(4);
    }

    @Test
    void aRecheckOfAnUnknownOrderIsRefusedNamingIt() {
        post(base + "/rectification-orders", order("2022-06-01", "2022-07-01"));

        Answer answer = post(base + "/rechecks", recheck("2022-07-02", 3, "RECTIFIED", null));

        assertProblem(answer, 422, "unknown-rectification-order");
        assertThat(answer.body().get("orderNumber").asInt()).isEqualTo(3);
        assertThat(fields(answer)).containsExactly("orderNumber");
        assertThat(storedEvents(id)).isEqualTo(2);
    }

    @Test
    void aRecheckDatedBeforeItsOrderIsRefused() {
        post(base + "/rectification-orders", order("2022-06-01", "2022-07-01"));

        Answer answer = post(base + "/rechecks", recheck("2022-05-30", 1, "RECTIFIED", null));

        assertProblem(answer, 422, "recheck-before-order");
        assertThat(storedEvents(id)).isEqualTo(2);
    }

    @Test
    void aNewDeadlineOnlyWithNotRectifiedAndNotBeforeTheRecheck() {
        post(base + "/rectification-orders", order("2022-06-01", "2022-07-01"));

        Answer withRectified = post(base + "/rechecks", recheck("2022-07-02", 1, "RECTIFIED", "2022-08-01"));
        Answer beforeRecheck = post(base + "/rechecks", recheck("2022-07-02", 1, "NOT_RECTIFIED", "2022-07-01"));
        Answer unknownResult = post(base + "/rechecks", recheck("2022-07-02", 1, "MOSTLY_RECTIFIED", null));

        assertProblem(withRectified, 400, "invalid-new-deadline");
        assertThat(fields(withRectified)).containsExactly("newDeadline");
        assertProblem(beforeRecheck, 400, "invalid-new-deadline");
        assertThat(fields(beforeRecheck)).containsExactly("newDeadline");
        assertThat(unknownResult.status()).isEqualTo(400);
        assertThat(fields(unknownResult)).containsExactly("result");
        assertThat(storedEvents(id)).isEqualTo(2);
    }

    @Test
    void aCancelledProjectIsNotSupervised() {
        assertThat(post(base + "/cancellation", "{\"businessDate\": \"2022-05-01\", \"reason\": \"规划调整\"}").status())
                .isEqualTo(200);

        Answer answer = post(base + "/rectification-orders", order("2022-06-01", "2022-07-01"));

        assertProblem(answer, 422, "project-cancelled");
        assertThat(storedEvents(id)).isEqualTo(2);
    }

    @Test
    void aSuspendedProjectIsSupervised() {
        post(base + "/approval", cn.edutrack.command.support.Requests.approve("1000"));
        post(base + "/construction-start", cn.edutrack.command.support.Requests.start());
        assertThat(post(base + "/suspension", "{\"businessDate\": \"2022-06-01\", \"reason\": \"停工\"}").status())
                .isEqualTo(200);

        Answer answer = post(base + "/rectification-orders", order("2022-06-10", "2022-07-10"));

        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        assertThat(answer.body().get("version").asLong()).isEqualTo(4);
    }

    private static void assertProblem(Answer answer, int status, String rule) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:edutrack:problem:" + rule);
        assertThat(answer.body().get("rule").asString()).isEqualTo(rule);
        assertThat(answer.body().get("projectId").asString()).isNotBlank();
    }

    private static List<String> fields(Answer answer) {
        return answer.body().get("errors").valueStream().map(error -> error.get("field")).map(JsonNode::asString).toList();
    }
}
