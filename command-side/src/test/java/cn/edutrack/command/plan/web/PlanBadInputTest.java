package cn.edutrack.command.plan.web;

import static cn.edutrack.command.support.PlanBodies.indicator;
import static cn.edutrack.command.support.PlanBodies.jurisdiction;
import static cn.edutrack.command.support.PlanBodies.measurement;
import static cn.edutrack.command.support.PlanBodies.newDistrictCode;
import static cn.edutrack.command.support.PlanBodies.newPlanId;
import static cn.edutrack.command.support.PlanBodies.plan;
import static cn.edutrack.command.support.PlanBodies.programme;
import static cn.edutrack.command.support.PlanBodies.target;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.support.CommandSideIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every bad plan request is a 4xx problem that names the field or the rule, and stores nothing. */
class PlanBadInputTest extends CommandSideIntegrationTest {

    private String planId;
    private String base;
    private long eventsBefore;

    @BeforeEach
    void planWithAnIndicatorAProgrammeAndATarget() {
        planId = newPlanId();
        base = "/api/plans/" + planId;
        assertThat(post("/api/plans", plan(planId)).status()).isEqualTo(201);
        assertThat(post(base + "/indicators", indicator("97")).status()).isEqualTo(201);
        assertThat(post(base + "/programmes", programme()).status()).isEqualTo(201);
        assertThat(post(base + "/targets", target("15")).status()).isEqualTo(201);
        eventsBefore = storedEvents(planId);
    }

    @Test
    void missingFieldsAreAllNamed() {
        Answer answer = post(base + "/targets", "{\"businessDate\": \"2021-03-01\", \"targetId\": \"places\"}");
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactly("counts", "name", "programmeId");
        assertNothingStored();
    }

    @Test
    void aMissingTargetFigureIsNamed() {
        Answer answer = post(base + "/indicators", indicator("97").replace("\"comparator\": \"AT_LEAST\", \"value\": 97, ",
                "\"comparator\": \"AT_LEAST\", ").replace("retention", "enrolment"));
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactly("target.value");
        assertNothingStored();
    }

    @Test
    void anUnknownComparatorIsNamed() {
        Answer answer = post(base + "/indicators", indicator("97").replace("AT_LEAST", "ABOVE"));
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactly("target.comparator");
        assertNothingStored();
    }

    @Test
    void aRangeWithMinAboveMaxIsNamed() {
        Answer answer = post(base + "/indicators/retention/target-revisions", """
                {"businessDate": "2023-06-01", "targetYear": 2025,
                 "target": {"comparator": "RANGE", "min": 3, "max": 2, "asWritten": "3-2"}, "reason": "调整"}
                """);
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactly("target.min");
        assertNothingStored();
    }

    @Test
    void aRangeWithAValueIsNamed() {
        Answer answer = post(base + "/targets/kg/revisions", """
                {"businessDate": "2023-06-01", "planned": {"comparator": "RANGE", "value": 2, "min": 1, "max": 3},
                 "reason": "调整"}
                """);
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactly("planned.value");
        assertNothingStored();
    }

    @Test
    void anUnknownFlagIsNamed() {
        Answer answer = post(base + "/indicators/retention/measurements",
                measurement(2023, "96.9").replace("[\"estimate\"]", "[\"estimate\", \"estimated\"]"));
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactly("flags[1]");
        assertThat(answer.body().get("detail").asString()).contains("estimated");
        assertNothingStored();
    }

    @Test
    void anUnknownFieldIsNamed() {
        Answer answer = post(base + "/programmes", programme().replaceFirst("\\{", "{\"colour\": \"red\", "));
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactly("colour");
        assertNothingStored();
    }

    @Test
    void anIllFormedPlanIdIsNamed() {
        Answer answer = post("/api/plans", plan("XX-2021"));
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactly("planId");

        Answer inPath = post("/api/plans/XX-2021/programmes", programme());
        assertProblem(inPath, 400, "invalid-request");
        assertThat(fields(inPath)).containsExactly("planId");
    }

    @Test
    void anUnknownPlanIsNotFound() {
        String unknown = newPlanId();
        Answer answer = post("/api/plans/" + unknown + "/programmes", programme());
        assertProblem(answer, 404, "plan-not-found");
        assertThat(answer.body().get("rule").asString()).isEqualTo("plan-not-found");
        assertThat(answer.body().get("planId").asString()).isEqualTo(unknown);
        assertThat(answer.body().get("detail").asString()).contains(unknown);
        assertThat(storedEvents(unknown)).isZero();
    }

    @Test
    void anUnknownIndicatorIsNotFound() {
        Answer answer = post(base + "/indicators/enrolment/measurements", measurement(2023, "96.9"));
        assertProblem(answer, 404, "indicator-not-found");
        assertThat(answer.body().get("indicatorId").asString()).isEqualTo("enrolment");
        assertNothingStored();
    }

    @Test
    void aBusinessDateInTheFuture() {
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        Answer answer = post(base + "/indicators/retention/measurements",
                measurement(2023, "96.9").replace("2024-03-15", tomorrow));
        assertProblem(answer, 400, "business-date-in-future");
        assertThat(answer.body().get("rule").asString()).isEqualTo("business-date-in-future");
        assertNothingStored();
    }

    @Test
    void aMeasurementForAFutureYear() {
        int nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
        Answer answer = post(base + "/indicators/retention/measurements", measurement(nextYear, "96.9"));
        assertProblem(answer, 422, "measurement-year-out-of-range");
        assertNothingStored();
    }

    @Test
    void aDefinitionThatContradictsTheRecordedOneIsAConflict() {
        Answer answer = post(base + "/indicators", indicator("97").replace("九年义务教育巩固率", "义务教育巩固率"));
        assertProblem(answer, 409, "indicator-defined-differently");
        assertThat(answer.body().get("indicatorId").asString()).isEqualTo("retention");
        assertThat(answer.body().get("detail").asString()).contains("retention", "name");
        assertNothingStored();
    }

    @Test
    void aChangedTargetWithoutAReason() {
        Answer answer = post(base + "/targets", target("20"));
        assertProblem(answer, 422, "revision-reason-required");
        assertThat(answer.body().get("targetId").asString()).isEqualTo("kg");
        assertNothingStored();
    }

    @Test
    void aTargetOfAProgrammeThePlanDoesNotDefine() {
        Answer answer = post(base + "/targets", target("15").replace("\"kg\"", "\"kg2\"").replace("col7", "col9"));
        assertProblem(answer, 422, "unknown-programme");
        assertNothingStored();
    }

    @Test
    void aTargetYearOutsideThePlanPeriod() {
        Answer answer = post(base + "/indicators", indicator("97").replace("retention", "enrolment")
                .replace("\"targetYear\": 2025", "\"targetYear\": 2030"));
        assertProblem(answer, 422, "target-year-outside-period");
        assertNothingStored();
    }

    @Test
    void aJurisdictionOutsideCN() {
        Answer answer = post("/api/jurisdictions", jurisdiction("HK/Kowloon", "九龙", "DISTRICT", null));
        assertProblem(answer, 422, "jurisdiction-code-not-cn");
        assertThat(answer.body().get("jurisdiction").asString()).isEqualTo("HK/Kowloon");
        assertThat(storedEvents("HK/Kowloon")).isZero();
    }

    @Test
    void aJurisdictionRegisteredDifferently() {
        String code = newDistrictCode();
        assertThat(post("/api/jurisdictions", jurisdiction(code, "XX区", "DISTRICT", null)).status()).isEqualTo(201);
        Answer answer = post("/api/jurisdictions", jurisdiction(code, "XX县", "COUNTY", null));
        assertProblem(answer, 409, "jurisdiction-registered-differently");
        assertThat(storedEvents(code)).isEqualTo(1);
    }

    @Test
    void aParentThatIsNotAbove() {
        String code = newDistrictCode();
        Answer answer = post("/api/jurisdictions", jurisdiction(code, "XX区", "DISTRICT", "CN-46/YY市"));
        assertProblem(answer, 422, "parent-jurisdiction-not-above");
        assertThat(storedEvents(code)).isZero();
    }

    @Test
    void anIllFormedJurisdictionCodeIsNamed() {
        Answer answer = post("/api/jurisdictions", jurisdiction("CN-45//XX区", "XX区", "DISTRICT", null));
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactly("code");
    }

    @Test
    void aPlanRegisteredDifferently() {
        Answer answer = post("/api/plans", plan(planId).replace("\"periodTo\": 2025", "\"periodTo\": 2026"));
        assertProblem(answer, 409, "plan-registered-differently");
        assertThat(answer.body().get("detail").asString()).contains("periodTo");
        assertNothingStored();
    }

    @Test
    void textWithANulCharacterIsRefused() {
        Answer answer = post(base + "/programmes", programme().replace("教育资源扩容提质工程", "教育\\u0000工程")
                .replace("col7", "col8"));
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactly("name");
        assertNothingStored();
    }

    private void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:edutrack:problem:" + type);
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body().get("detail").asString()).isNotBlank();
    }

    private static List<String> fields(Answer answer) {
        return answer.body().get("errors").valueStream().map(error -> error.get("field")).map(JsonNode::asString).toList();
    }

    private void assertNothingStored() {
        assertThat(storedEvents(planId)).isEqualTo(eventsBefore);
    }
}
