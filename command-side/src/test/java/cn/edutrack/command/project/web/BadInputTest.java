package cn.edutrack.command.project.web;

import static cn.edutrack.command.support.Requests.allocate;
import static cn.edutrack.command.support.Requests.approve;
import static cn.edutrack.command.support.Requests.newProjectId;
import static cn.edutrack.command.support.Requests.register;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.support.CommandSideIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every bad request is a 4xx problem that names the field or the rule, and stores nothing. */
class BadInputTest extends CommandSideIntegrationTest {

    private String id;
    private long eventsBefore;

    @BeforeEach
    void approvedProject() {
        id = newProjectId();
        assertThat(post("/api/projects", register(id, "NEW_BUILD")).status()).isEqualTo(201);
        assertThat(post("/api/projects/" + id + "/approval", approve("1000")).status()).isEqualTo(200);
        eventsBefore = storedEvents(id);
    }

    @Test
    void malformedJson() {
        Answer answer = post("/api/projects/" + id + "/allocations", "{\"businessDate\": \"2022-04-01\", \"source\": ");
        assertProblem(answer, 400, "urn:edutrack:problem:malformed-json");
        assertNothingStored();
    }

    @Test
    void missingFieldsAreAllNamed() {
        Answer answer = post("/api/projects/" + id + "/allocations", "{\"businessDate\": \"2022-04-01\"}");
        assertProblem(answer, 400, "urn:edutrack:problem:invalid-request");
        assertThat(fields(answer)).containsExactly("amount", "documentNumber", "source");
        assertNothingStored();
    }

    @Test
    void unknownFieldIsNamed() {
        Answer answer = post("/api/projects/" + id + "/allocations",
                allocate("MUNICIPAL_FISCAL", "100").replaceFirst("\\{", "{\"approvedBy\": \"someone\", "));
        assertProblem(answer, 400, "urn:edutrack:problem:invalid-request");
        assertThat(fields(answer)).containsExactly("approvedBy");
        assertNothingStored();
    }

    @Test
    void unknownFundingSourceIsNamed() {
        Answer answer = post("/api/projects/" + id + "/allocations", allocate("LOTTERY", "100"));
        assertProblem(answer, 400, "urn:edutrack:problem:invalid-request");
        assertThat(fields(answer)).containsExactly("source");
        assertNothingStored();
    }

    @Test
    void aValueThatCannotBeReadIsExplainedInTheApisTerms() {
        Answer date = post("/api/projects/" + id + "/allocations",
                allocate("MUNICIPAL_FISCAL", "100").replace("2022-04-01", "not a date"));
        Answer source = post("/api/projects/" + id + "/allocations", allocate("LOTTERY", "100"));

        assertProblem(date, 400, "urn:edutrack:problem:invalid-request");
        assertThat(date.body().get("errors").get(0).get("message").asString())
                .isEqualTo("cannot be read as a date (YYYY-MM-DD): \"not a date\"");
        assertThat(source.body().get("errors").get(0).get("message").asString())
                .startsWith("cannot be read as one of CENTRAL_FISCAL, ").endsWith(": \"LOTTERY\"");
        assertThat(date.raw().body() + source.raw().body()).doesNotContain("Exception", "java.", "cn.edutrack");
        assertNothingStored();
    }

    @Test
    void negativeAmount() {
        Answer answer = post("/api/projects/" + id + "/allocations", allocate("MUNICIPAL_FISCAL", "-5000"));
        assertProblem(answer, 400, "urn:edutrack:problem:invalid-request");
        assertThat(fields(answer)).containsExactly("amount.amount");
        assertNothingStored();
    }

    @Test
    void absurdAmount() {
        Answer answer = post("/api/projects/" + id + "/allocations", allocate("MUNICIPAL_FISCAL", "5000000000000000"));
        assertProblem(answer, 400, "urn:edutrack:problem:invalid-request");
        assertThat(fields(answer)).containsExactly("amount.amount");
        assertNothingStored();
    }

    @Test
    void fractionsOfAFen() {
        Answer answer = post("/api/projects/" + id + "/allocations", allocate("MUNICIPAL_FISCAL", "100.005"));
        assertProblem(answer, 400, "urn:edutrack:problem:invalid-request");
        assertThat(fields(answer)).containsExactly("amount.amount");
        assertNothingStored();
    }

    @Test
    void businessDateInTheFuture() {
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        Answer answer = post("/api/projects/" + id + "/allocations",
                allocate("MUNICIPAL_FISCAL", "100").replace("2022-04-01", tomorrow));
        assertProblem(answer, 400, "urn:edutrack:problem:business-date-in-future");
        assertThat(answer.body().get("rule").asString()).isEqualTo("business-date-in-future");
        assertNothingStored();
    }

    @Test
    void unknownProject() {
        String unknown = newProjectId();
        Answer answer = post("/api/projects/" + unknown + "/allocations", allocate("MUNICIPAL_FISCAL", "100"));
        assertProblem(answer, 404, "urn:edutrack:problem:project-not-found");
        assertThat(answer.body().get("detail").asString()).contains(unknown);
        assertThat(storedEvents(unknown)).isZero();
    }

    @Test
    void illFormedProjectIdInThePath() {
        Answer answer = post("/api/projects/project-1/allocations", allocate("MUNICIPAL_FISCAL", "100"));
        assertProblem(answer, 400, "urn:edutrack:problem:invalid-request");
        assertThat(fields(answer)).containsExactly("projectId");
    }

    @Test
    void staleExpectedVersion() {
        Answer answer = post("/api/projects/" + id + "/allocations",
                allocate("MUNICIPAL_FISCAL", "100").replaceFirst("\\{", "{\"expectedVersion\": 0, "));
        assertProblem(answer, 409, "urn:edutrack:problem:stale-expected-version");
        assertNothingStored();
    }

    @Test
    void currentExpectedVersionIsAccepted() {
        Answer answer = post("/api/projects/" + id + "/allocations",
                allocate("MUNICIPAL_FISCAL", "100").replaceFirst("\\{", "{\"expectedVersion\": 1, "));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void ruleViolationNamesTheRuleAndTheProject() {
        String planned = newProjectId();
        post("/api/projects", register(planned, "NEW_BUILD"));
        Answer answer = post("/api/projects/" + planned + "/allocations", allocate("MUNICIPAL_FISCAL", "100"));
        assertProblem(answer, 422, "urn:edutrack:problem:not-approved");
        assertThat(answer.body().get("rule").asString()).isEqualTo("not-approved");
        assertThat(answer.body().get("projectId").asString()).isEqualTo(planned);
        assertThat(answer.body().get("detail").asString())
                .isEqualTo("cannot allocate funds, project " + planned + " is not approved");
        assertThat(storedEvents(planned)).isEqualTo(1);
    }

    @Test
    void allocationOverTheApprovedBudget() {
        Answer answer = post("/api/projects/" + id + "/allocations", allocate("MUNICIPAL_FISCAL", "10000000.01"));
        assertProblem(answer, 422, "urn:edutrack:problem:allocation-exceeds-budget");
        assertNothingStored();
    }

    @Test
    void registeringAnExistingIdAgain() {
        long before = storedEvents();
        Answer answer = post("/api/projects", register(id, "NEW_BUILD"));
        assertProblem(answer, 409, "urn:edutrack:problem:project-already-registered");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void textWithANulCharacterIsRefused() {
        Answer answer = post("/api/projects/" + id + "/construction-start",
                "{\"businessDate\": \"2022-05-06\", \"contractor\": \"XX建工\\u0000集团\"}");
        assertProblem(answer, 400, "urn:edutrack:problem:invalid-request");
        assertThat(fields(answer)).containsExactly("contractor");
        assertNothingStored();
    }

    @Test
    void problemsNeverShowInternals() {
        Answer answer = post("/api/projects/" + id + "/allocations", "[1, 2");
        assertThat(answer.raw().body()).doesNotContain("at cn.edutrack", "Exception", "SQL");
    }

    private void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo(type);
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body().get("detail").asString()).isNotBlank();
    }

    private static List<String> fields(Answer answer) {
        return answer.body().get("errors").valueStream().map(error -> error.get("field")).map(JsonNode::asString)
                .toList();
    }

    private void assertNothingStored() {
        assertThat(storedEvents(id)).isEqualTo(eventsBefore);
    }
}
