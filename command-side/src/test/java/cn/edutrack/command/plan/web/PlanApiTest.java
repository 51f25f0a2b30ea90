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
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The plan and jurisdiction API over HTTP, on the real event store: 201 when recorded, 200 when repeated. */
class PlanApiTest extends CommandSideIntegrationTest {

    @Test
    void aJurisdictionIsRegisteredOnce() {
        String code = newDistrictCode();
        Answer first = post("/api/jurisdictions", jurisdiction(code, "XX区", "DISTRICT", "CN-45/XX市"));
        Answer again = post("/api/jurisdictions", jurisdiction(code, "XX区", "DISTRICT", "CN-45/XX市"));

        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        assertThat(first.body().get("jurisdiction").asString()).isEqualTo(code);
        assertThat(first.body().get("version").asLong()).isZero();
        assertThat(first.body().get("recorded").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("recorded").asBoolean()).isFalse();
        assertThat(storedEventTypes(code)).containsExactly("JurisdictionRegistered");
    }

    @Test
    void aPlanWithItsIndicatorsProgrammesTargetsRevisionsAndMeasurements() {
        String planId = newPlanId();
        String base = "/api/plans/" + planId;

        Answer registered = post("/api/plans", plan(planId));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        assertThat(registered.header("Location")).isEqualTo(base);
        assertResult(registered, planId, 0, true);

        assertResult(post(base + "/indicators", indicator("97")), planId, 1, true);
        assertResult(post(base + "/programmes", programme()), planId, 2, true);
        assertResult(post(base + "/targets", target("15")), planId, 3, true);

        // everything again: nothing recorded, the current version answered
        Answer again = post("/api/plans", plan(planId));
        assertThat(again.status()).isEqualTo(200);
        assertResult(again, planId, 3, false);
        assertResult(post(base + "/indicators", indicator("97")), planId, 3, false);
        assertResult(post(base + "/programmes", programme()), planId, 3, false);
        assertResult(post(base + "/targets", target("15")), planId, 3, false);

        // revisions: by defining again with a reason, and by the revision endpoints
        assertResult(post(base + "/indicators", indicator("98").replaceFirst("\\{",
                "{\"revisionReason\": \"2023年中期评估调整\", ")), planId, 4, true);
        assertResult(post(base + "/indicators/retention/target-revisions", """
                {"businessDate": "2023-06-01", "targetYear": 2025,
                 "target": {"comparator": "RANGE", "min": 97.5, "max": 98.5, "asWritten": "97.5—98.5"},
                 "reason": "再次调整"}
                """), planId, 5, true);
        assertResult(post(base + "/targets", target("20").replaceFirst("\\{",
                "{\"revisionReason\": \"2023年中期评估调整\", ")), planId, 6, true);
        assertResult(post(base + "/targets/kg/revisions", """
                {"businessDate": "2023-06-01", "planned": {"comparator": "AT_LEAST", "value": 18, "asWritten": "18所以上"},
                 "firmness": "SOFT", "reason": "力争"}
                """), planId, 7, true);

        // a measured value, kept exactly as written (96.80, not 96.8)
        assertResult(post(base + "/indicators/retention/measurements", measurement(2023, "96.80")), planId, 8, true);
        assertResult(post(base + "/indicators/retention/measurements", measurement(2023, "96.80")), planId, 8, false);

        assertThat(storedEventTypes(planId)).containsExactly("PlanRegistered", "IndicatorDefined", "ProgrammeDefined",
                "TargetSet", "IndicatorTargetRevised", "IndicatorTargetRevised", "TargetRevised", "TargetRevised",
                "IndicatorMeasured");
        assertThat(storedPayloadText(planId, 8)).contains("\"value\":96.80");
        JsonNode measured = storedPayloadOf(planId, 8);
        assertThat(measured.get("value").decimalValue()).isEqualTo(new BigDecimal("96.80"));
        assertThat(measured.get("value").decimalValue().scale()).isEqualTo(2);
        JsonNode range = storedPayloadOf(planId, 5).get("target");
        assertThat(range.get("comparator").asString()).isEqualTo("RANGE");
        assertThat(range.get("min").decimalValue()).isEqualTo(new BigDecimal("97.5"));
        assertThat(storedPayloadOf(planId, 7).get("firmness").asString()).isEqualTo("SOFT");
    }

    @Test
    void anUnquantifiedSoftTarget() {
        String planId = newPlanId();
        post("/api/plans", plan(planId));
        post("/api/plans/" + planId + "/programmes", programme());
        Answer set = post("/api/plans/" + planId + "/targets", """
                {"businessDate": "2021-03-01", "targetId": "brands", "programmeId": "col7", "name": "特色品牌",
                 "counts": "DESIGNATIONS", "firmness": "SOFT", "per": "县(市、区)", "flags": ["unquantified"],
                 "source": {"quote": "争创一批特色品牌"}}
                """);
        assertThat(set.status()).as(set.raw().body()).isEqualTo(201);
        assertThat(storedPayloadOf(planId, 2).get("planned").isNull()).isTrue();
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        String planId = newPlanId();
        post("/api/plans", plan(planId));
        post("/api/plans/" + planId + "/indicators", indicator("97"));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String path = "/api/plans/" + planId + "/indicators/retention/measurements";

        Answer first = post(path, measurement(2022, "96.9"), key);
        Answer retry = post(path, measurement(2022, "96.9"), key);
        Answer other = post(path, measurement(2022, "97.9"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().get("type").asString()).isEqualTo("urn:edutrack:problem:idempotency-key");
        assertThat(storedEvents(planId)).isEqualTo(3);
    }

    @Test
    void anIdempotencyKeyReplaysNothingRecordedAsNothingRecorded() {
        String planId = newPlanId();
        post("/api/plans", plan(planId));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Answer first = post("/api/plans", plan(planId), key);
        Answer retry = post("/api/plans", plan(planId), key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.body().get("recorded").asBoolean()).isFalse();
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    }

    private static void assertResult(Answer answer, String planId, long version, boolean recorded) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(recorded ? 201 : 200);
        assertThat(answer.body().get("planId").asString()).isEqualTo(planId);
        assertThat(answer.body().get("version").asLong()).isEqualTo(version);
        assertThat(answer.body().get("recorded").asBoolean()).isEqualTo(recorded);
    }
}
