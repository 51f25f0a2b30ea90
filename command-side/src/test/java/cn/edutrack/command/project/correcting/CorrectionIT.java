package cn.edutrack.command.project.correcting;

import static cn.edutrack.command.support.Requests.allocate;
import static cn.edutrack.command.support.Requests.approve;
import static cn.edutrack.command.support.Requests.complete;
import static cn.edutrack.command.support.Requests.newProjectId;
import static cn.edutrack.command.support.Requests.register;
import static cn.edutrack.command.support.Requests.start;
import static cn.edutrack.command.support.TopicReader.header;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.edutrack.command.support.CommandSideIntegrationTest;
import cn.edutrack.command.support.TopicReader;
import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.Json;
import cn.edutrack.events.Schemas;
import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.infra.Infrastructure;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/projects/{id}/corrections} on the real event store and broker: a correction is stored and
 * published as {@code EventCorrected} with the whole corrected payload and the pointer to the original; the project
 * then follows the corrected history; a refused correction stores nothing; who may correct depends on the kind of
 * the corrected event.
 */
class CorrectionIT extends CommandSideIntegrationTest {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(60);
    private static final String REASON = "区财政局拨款文件（X财教〔2022〕8号）核定金额为300万元，原记录误录为800万元";

    private TopicReader projectTopic;

    @BeforeEach
    void openTopic() {
        projectTopic = TopicReader.projectEvents(Infrastructure.get().kafkaBootstrapServers());
    }

    @AfterEach
    void closeTopic() {
        projectTopic.close();
    }

    /** A project of XX区 approved with 1000万元 and 800万元 allocated: events 0, 1, 2. */
    private String fundedProject() {
        String id = newProjectId();
        assertThat(post("/api/projects", register(id, "NEW_BUILD")).status()).isEqualTo(201);
        assertThat(post("/api/projects/" + id + "/approval", approve("1000")).status()).isEqualTo(200);
        Answer allocated = post("/api/projects/" + id + "/allocations", """
                {"businessDate": "2022-04-01", "allocationId": "ALLOC-2022-0087", "source": "CENTRAL_FISCAL",
                 "amount": {"amount": "8000000"}, "documentNumber": "X财教〔2022〕8号"}""");
        assertThat(allocated.status()).as(allocated.raw().body()).isEqualTo(200);
        return id;
    }

    private static String correction(long sequence, String changes, String reason) {
        return """
                {"correctedSequence": %d, "changes": %s, "reason": "%s"}""".formatted(sequence, changes, reason);
    }

    @Test
    void aCorrectionIsStoredAndPublishedWithTheWholeCorrectedPayloadAndThePointer() {
        String id = fundedProject();
        JsonNode original = storedPayloadOf(id, 2);

        Answer corrected = post("/api/projects/" + id + "/corrections", """
                {"expectedVersion": 2, "correctedSequence": 2, "changes": {"amount": "3000000.00"},
                 "reason": "%s", "comment": "经区审计局核对后更正"}""".formatted(REASON), Map.of("X-Request-Id", "fix-0001"));

        assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(200);
        assertThat(corrected.body()).isEqualTo(JSON.readTree("""
                {"projectId": "%s", "version": 3, "sequence": 3, "correctedSequence": 2}""".formatted(id)));
        assertThat(storedEventTypes(id)).containsExactly("ProjectRegistered", "ProjectApproved", "FundingAllocated",
                "EventCorrected");
        JsonNode stored = storedPayloadOf(id, 3);
        assertThat(stored.get("projectId").asString()).isEqualTo(id);
        assertThat(stored.get("businessDate").asString()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        assertThat(stored.get("correctedSequence").asLong()).isEqualTo(2);
        assertThat(stored.get("correctedType").asString()).isEqualTo("cn.edutrack.project.funding-allocated.v1");
        assertThat(stored.get("reason").asString()).isEqualTo(REASON);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("projectId", id);
        expected.put("businessDate", "2022-04-01");
        expected.put("recordedAt", original.get("recordedAt").asString());
        expected.put("allocationId", "ALLOC-2022-0087");
        expected.put("source", "CENTRAL_FISCAL");
        expected.put("amount", "3000000.00");
        expected.put("documentNumber", "X财教〔2022〕8号");
        assertThat(stored.get("corrected")).isEqualTo(JSON.valueToTree(expected));
        // the corrected payload is one of its own type, and the correction one of the published language
        assertThat(Schemas.validate(EventCatalog.of(FundingAllocated.class), Json.tree(Json.bytes(stored.get("corrected")))))
                .isEmpty();
        assertThat(Schemas.validate(EventCatalog.of(EventCorrected.class), Json.tree(storedPayloadText(id, 3).getBytes(UTF_8))))
                .isEmpty();
        JsonNode metadata = storedMetadataOf(id, 3);
        assertThat(metadata.get("comment").asString()).isEqualTo("经区审计局核对后更正");
        assertThat(metadata.get("requestId").asString()).isEqualTo("fix-0001");
        assertThat(metadata.get("actorUserId").asString()).isEqualTo("manager-xxq");

        await().atMost(PUBLISHED_WITHIN).until(() -> projectTopic.recordsOf(id).size() == 4);
        ConsumerRecord<String, byte[]> record = projectTopic.recordsOf(id).get(3);
        assertThat(header(record, "ce_type")).isEqualTo("cn.edutrack.project.event-corrected.v1");
        assertThat(header(record, "ce_sequence")).isEqualTo("3");
        assertThat(header(record, "ce_comment")).isEqualTo("经区审计局核对后更正");
        assertThat(header(record, "ce_requestid")).isEqualTo("fix-0001");
        assertThat(Json.tree(record.value())).isEqualTo(Json.tree(storedPayloadText(id, 3).getBytes(UTF_8)));
        EventCorrected published = (EventCorrected) EventJson.readProjectEvent(header(record, "ce_type"), record.value());
        assertThat(((FundingAllocated) published.correctedEvent()).amount().json()).isEqualTo("3000000.00");
    }

    @Test
    void aLaterAllocationIsCheckedAgainstTheCorrectedTotal() {
        String id = fundedProject();
        String sixMillion = allocate("PROVINCIAL_FISCAL", "6000000");
        Answer overBefore = post("/api/projects/" + id + "/allocations", sixMillion);
        assertThat(overBefore.status()).isEqualTo(422);
        assertThat(overBefore.rule()).isEqualTo("allocation-exceeds-budget");

        Answer corrected = post("/api/projects/" + id + "/corrections",
                correction(2, "{\"amount\": \"3000000.00\"}", REASON));
        assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(200);

        Answer withinNow = post("/api/projects/" + id + "/allocations", sixMillion);
        assertThat(withinNow.status()).as(withinNow.raw().body()).isEqualTo(200);
        assertThat(withinNow.body().get("version").asLong()).isEqualTo(4);
        Answer overNow = post("/api/projects/" + id + "/allocations", allocate("SPECIAL_FUND", "1000000.01"));
        assertThat(overNow.status()).isEqualTo(422);
        assertThat(overNow.rule()).isEqualTo("allocation-exceeds-budget");
        assertThat(storedEventTypes(id)).containsExactly("ProjectRegistered", "ProjectApproved", "FundingAllocated",
                "EventCorrected", "FundingAllocated");
    }

    @Test
    void aDecimalOfTheCorrectedPayloadKeepsItsDigits() {
        String id = newProjectId();
        assertThat(post("/api/projects", register(id, "NEW_BUILD")).status()).isEqualTo(201);
        assertThat(post("/api/projects/" + id + "/approval", approve("1000")).status()).isEqualTo(200);
        assertThat(post("/api/projects/" + id + "/construction-start", start()).status()).isEqualTo(200);
        assertThat(post("/api/projects/" + id + "/completion", complete(360)).status()).isEqualTo(200);

        Answer corrected = post("/api/projects/" + id + "/corrections", correction(3,
                "{\"floorAreaSquareMetres\": 12345.60, \"actualCapacity\": {\"places\": 1080, \"streams\": 24, \"classes\": 24}}",
                "竣工验收备案表核定建筑面积12345.60平方米、24班1080个学位"));

        assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(200);
        String stored = storedPayloadText(id, 4);
        assertThat(stored).contains("\"floorAreaSquareMetres\":12345.60")
                .contains("\"actualCapacity\":{\"places\":1080,\"streams\":24,\"classes\":24}");
        assertThat(storedPayloadOf(id, 4).get("corrected").get("floorAreaSquareMetres").decimalValue())
                .hasToString("12345.60");
        await().atMost(PUBLISHED_WITHIN).until(() -> projectTopic.recordsOf(id).size() == 5);
        assertThat(new String(projectTopic.recordsOf(id).get(4).value(), UTF_8)).contains("\"floorAreaSquareMetres\":12345.60");

        // the auditor's export shows the corrected payload as stored
        Answer history = getAs("auditor-cn", "/api/audit/projects/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.raw().body().lines().toList().get(4)).contains("\"floorAreaSquareMetres\":12345.60");

        // the project, read again from the store, holds the corrected area with its digits: 12345.60 again is no change
        Answer again = post("/api/projects/" + id + "/corrections", correction(3,
                "{\"floorAreaSquareMetres\": 12345.60}", "重复提交"));
        assertThat(again.status()).as(again.raw().body()).isEqualTo(422);
        assertThat(again.rule()).isEqualTo("correction-changes-nothing");
        Answer trailingZeroDropped = post("/api/projects/" + id + "/corrections", correction(3,
                "{\"floorAreaSquareMetres\": 12345.6}", "按一位小数登记"));
        assertThat(trailingZeroDropped.status()).as(trailingZeroDropped.raw().body()).isEqualTo(200);
        assertThat(storedPayloadText(id, 5)).contains("\"floorAreaSquareMetres\":12345.6}");
    }

    @Test
    void aRefusedCorrectionStoresNothing() {
        String id = fundedProject();
        Answer first = post("/api/projects/" + id + "/corrections", correction(2, "{\"amount\": \"3000000.00\"}", REASON));
        assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

        record Refusal(String body, int status, String rule, String field) {
        }
        Map<String, Refusal> refusals = new LinkedHashMap<>();
        refusals.put("unknown sequence", new Refusal(correction(99, "{\"amount\": \"1.00\"}", REASON), 422,
                "corrected-event-not-found", "correctedSequence"));
        refusals.put("a correction", new Refusal(correction(3, "{\"reason\": \"另一个理由\"}", REASON), 422,
                "event-is-a-correction", "correctedSequence"));
        refusals.put("a field that never changes", new Refusal(correction(2, "{\"allocationId\": \"ALLOC-9\"}", REASON),
                422, "field-not-correctable", "changes.allocationId"));
        refusals.put("a registration's owner", new Refusal(correction(0, "{\"ownerOrganisation\": \"ORG-YYQ-JYJ\"}",
                REASON), 422, "field-not-correctable", "changes.ownerOrganisation"));
        refusals.put("no such field", new Refusal(correction(2, "{\"colour\": \"red\"}", REASON), 400,
                "invalid-correction", "changes.colour"));
        refusals.put("an invalid value", new Refusal(correction(2, "{\"amount\": \"三百万\"}", REASON), 400,
                "invalid-correction", "changes.amount"));
        refusals.put("a required field cleared", new Refusal(correction(2, "{\"documentNumber\": null}", REASON), 400,
                "invalid-correction", "changes.documentNumber"));
        refusals.put("no change", new Refusal(correction(2, "{\"amount\": \"3000000\"}", REASON), 422,
                "correction-changes-nothing", "correctedSequence"));
        refusals.put("a date in the future", new Refusal(correction(2, "{\"businessDate\": \"" + tomorrow + "\"}", REASON),
                400, "business-date-in-future", "changes.businessDate"));
        refusals.put("funding before the approval", new Refusal(correction(2, "{\"businessDate\": \"2022-02-28\"}",
                REASON), 422, "correction-breaks-stage-order", "changes.businessDate"));
        refusals.put("the approval after the funding", new Refusal(correction(1, "{\"businessDate\": \"2022-04-02\"}",
                REASON), 422, "correction-breaks-stage-order", "changes.businessDate"));
        refusals.put("over the budget", new Refusal(correction(2, "{\"amount\": \"10000000.01\"}", REASON), 422,
                "allocation-exceeds-budget", "changes.amount"));
        refusals.put("the budget below the allocations", new Refusal(correction(1,
                "{\"approvedBudget\": \"2999999.99\"}", REASON), 422, "allocation-exceeds-budget", "changes.approvedBudget"));
        refusals.put("a stale version", new Refusal(correction(2, "{\"amount\": \"1.00\"}", REASON)
                .replaceFirst("\\{", "{\"expectedVersion\": 2, "), 409, "stale-expected-version", null));
        refusals.put("no changes", new Refusal(correction(2, "{}", REASON), 400, null, "changes"));
        refusals.put("no reason", new Refusal(correction(2, "{\"amount\": \"1.00\"}", " "), 400, null, "reason"));
        refusals.put("a negative sequence", new Refusal(correction(-1, "{\"amount\": \"1.00\"}", REASON), 400, null,
                "correctedSequence"));

        long before = storedEvents(id);
        refusals.forEach((what, refusal) -> {
            Answer answer = post("/api/projects/" + id + "/corrections", refusal.body());
            assertThat(answer.status()).as(what + ": " + answer.raw().body()).isEqualTo(refusal.status());
            assertThat(answer.rule()).as(what).isEqualTo(refusal.rule());
            if (refusal.field() != null) {
                assertThat(answer.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                        .as(what).containsExactly(refusal.field());
            }
            assertThat(storedEvents(id)).as(what + " stored nothing").isEqualTo(before);
        });

        String unknown = newProjectId();
        Answer notFound = post("/api/projects/" + unknown + "/corrections", correction(0, "{\"title\": \"x\"}", REASON));
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(storedEvents(unknown)).isZero();
    }

    @Test
    void aRegistrationIsCorrectedButNotWhatFixesIt() {
        String id = fundedProject();

        Answer corrected = post("/api/projects/" + id + "/corrections", correction(0,
                "{\"title\": \"XX区第三实验幼儿园新建工程（一期）\", \"plannedCapacity\": {\"places\": 390, \"streams\": 4, \"classes\": 13}}",
                "以立项批复名称为准"));

        assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(200);
        JsonNode registration = storedPayloadOf(id, 3).get("corrected");
        assertThat(registration.get("title").asString()).isEqualTo("XX区第三实验幼儿园新建工程（一期）");
        assertThat(registration.get("plannedCapacity").get("places").asInt()).isEqualTo(390);
        assertThat(registration.get("jurisdiction").asString()).isEqualTo("CN-45/XX市/XX区");
        assertThat(registration.get("ownerOrganisation").asString()).isEqualTo("ORG-XXQ-JYJ");
        assertThat(registration.get("kind").asString()).isEqualTo("NEW_BUILD");
    }

    @Test
    void anIdempotentCorrectionIsRecordedOnce() {
        String id = fundedProject();
        String body = correction(2, "{\"amount\": \"3000000.00\"}", REASON);

        Answer first = post("/api/projects/" + id + "/corrections", body, Map.of("Idempotency-Key", "corr-" + id));
        Answer again = post("/api/projects/" + id + "/corrections", body, Map.of("Idempotency-Key", "corr-" + id));

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(storedEvents(id)).isEqualTo(4);
    }

    // ---------------------------------------------------------------- who may correct what

    @Test
    void whoMayRecordTheCorrectedKindMayCorrectIt() {
        String id = fundedProject();
        Answer ordered = postAs("supervisor-xxq", "/api/projects/" + id + "/rectification-orders", """
                {"businessDate": "2022-06-01", "issuingBody": "XX区教育督导室", "findings": "进度滞后",
                 "deadline": "2022-07-01"}""");
        assertThat(ordered.status()).as(ordered.raw().body()).isEqualTo(200);
        String fixOrder = correction(3, "{\"issuingBody\": \"XX区人民政府教育督导室\"}", "以督导通知书落款为准");
        String fixApproval = correction(1, "{\"documentNumber\": \"X发改投资〔2022〕16号\"}", "以批复原件为准");
        String fixRegistration = correction(0, "{\"title\": \"XX区第三实验幼儿园新建工程（更正）\"}", "以批复名称为准");

        List<Object[]> refused = List.of(
                new Object[] {"manager-xxq", fixOrder, "role-may-not"},
                new Object[] {"supervisor-yyq", fixOrder, "outside-jurisdiction"},
                new Object[] {"supervisor-xxq", fixApproval, "role-may-not"},
                new Object[] {"admin-xxs", fixApproval, "role-may-not"},
                new Object[] {"manager-xxq-fgj", fixApproval, "not-your-organisation"},
                new Object[] {"manager-yyq", fixRegistration, "not-your-organisation"},
                new Object[] {"admin-handan", fixRegistration, "outside-jurisdiction"},
                new Object[] {"supervisor-xxq", fixRegistration, "role-may-not"},
                new Object[] {"auditor-xxq", fixRegistration, "role-may-not"});
        for (Object[] attempt : refused) {
            Answer answer = postAs((String) attempt[0], "/api/projects/" + id + "/corrections", (String) attempt[1]);
            assertThat(answer.status()).as(attempt[0] + " " + answer.raw().body()).isEqualTo(403);
            assertThat(answer.rule()).as((String) attempt[0]).isEqualTo(attempt[2]);
        }
        assertThat(storedEvents(id)).isEqualTo(4);

        assertThat(postAs("supervisor-xxs", "/api/projects/" + id + "/corrections", fixOrder).status()).isEqualTo(200);
        assertThat(postAs("manager-xxq", "/api/projects/" + id + "/corrections", fixApproval).status()).isEqualTo(200);
        assertThat(postAs("admin-xxs", "/api/projects/" + id + "/corrections", fixRegistration).status()).isEqualTo(200);
        assertThat(storedEventTypes(id)).endsWith("EventCorrected", "EventCorrected", "EventCorrected");
        assertThat(storedPayloadOf(id, 4).get("corrected").get("issuingBody").asString()).isEqualTo("XX区人民政府教育督导室");
        assertThat(storedMetadataOf(id, 4).get("actorUserId").asString()).isEqualTo("supervisor-xxs");

        // a sequence that is no event, or a correction: anyone who may correct something here is told so (422)
        Answer noEvent = postAs("supervisor-xxq", "/api/projects/" + id + "/corrections", correction(50,
                "{\"findings\": \"x\"}", REASON));
        assertThat(noEvent.status()).isEqualTo(422);
        Answer stranger = postAs("supervisor-yyq", "/api/projects/" + id + "/corrections", correction(50,
                "{\"findings\": \"x\"}", REASON));
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.rule()).isEqualTo("outside-jurisdiction");
    }
}
