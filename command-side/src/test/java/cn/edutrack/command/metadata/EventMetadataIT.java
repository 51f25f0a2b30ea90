package cn.edutrack.command.metadata;

import static cn.edutrack.command.support.PlanBodies.newPlanId;
import static cn.edutrack.command.support.PlanBodies.plan;
import static cn.edutrack.command.support.Requests.allocate;
import static cn.edutrack.command.support.Requests.approve;
import static cn.edutrack.command.support.Requests.newProjectId;
import static cn.edutrack.command.support.Requests.register;
import static cn.edutrack.command.support.TopicReader.header;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.edutrack.command.plan.file.PlanFile;
import cn.edutrack.command.support.CommandSideIntegrationTest;
import cn.edutrack.command.support.PlanFiles;
import cn.edutrack.command.support.TopicReader;
import cn.edutrack.infra.Infrastructure;
import java.net.URLEncoder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What every stored event says about the request that recorded it, beside the actor: the user's comment, the id of
 * the HTTP request (the caller's {@code X-Request-Id} when valid, else one made up, echoed on every answer), and the
 * id of the command that applied it; in the stored metadata and in the Kafka headers.
 */
class EventMetadataIT extends CommandSideIntegrationTest {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(60);
    private static final String COMMENT = "依据区发改局批复（X发改投资〔2022〕15号）补录，原件见档案室 第3卷";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Autowired
    CommandBus commandBus;

    /** The identifier of each command dispatched while a test runs, in order. */
    private final List<String> dispatched = Collections.synchronizedList(new ArrayList<>());
    private Registration capture;
    private TopicReader projectTopic;
    private TopicReader planTopic;

    @BeforeEach
    void captureCommandsAndOpenTopics() {
        capture = commandBus.registerDispatchInterceptor(new MessageDispatchInterceptor<CommandMessage<?>>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                    List<? extends CommandMessage<?>> messages) {
                return (index, command) -> {
                    dispatched.add(command.getIdentifier());
                    return command;
                };
            }
        });
        projectTopic = TopicReader.projectEvents(Infrastructure.get().kafkaBootstrapServers());
        planTopic = TopicReader.planEvents(Infrastructure.get().kafkaBootstrapServers());
    }

    @AfterEach
    void stopCapturingAndCloseTopics() {
        capture.cancel();
        projectTopic.close();
        planTopic.close();
    }

    @Test
    void theCommentTheRequestIdAndTheCommandAreStoredAndPublished() {
        String id = registered();
        dispatched.clear();

        Answer approved = post("/api/projects/" + id + "/approval", withComment(approve("1000"), COMMENT),
                Map.of("X-Request-Id", "audit-2024.06:req-0001"));

        assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
        assertThat(approved.header("X-Request-Id")).isEqualTo("audit-2024.06:req-0001");
        assertThat(dispatched).hasSize(1);
        JsonNode metadata = storedMetadataOf(id, 1);
        assertThat(metadata.get("comment").asString()).isEqualTo(COMMENT);
        assertThat(metadata.get("requestId").asString()).isEqualTo("audit-2024.06:req-0001");
        assertThat(metadata.get("causationId").asString()).isEqualTo(dispatched.get(0));
        // Axon 4: the correlation id is the id of the message handled (the command), the trace id the chain's first
        assertThat(metadata.get("correlationId").asString()).isEqualTo(dispatched.get(0));
        assertThat(metadata.get("traceId").asString()).matches(UUID);
        assertThat(metadata.get("actorUserId").asString()).isEqualTo(MANAGER);

        await().atMost(PUBLISHED_WITHIN).until(() -> projectTopic.recordsOf(id).size() == 2);
        ConsumerRecord<String, byte[]> record = projectTopic.recordsOf(id).get(1);
        assertThat(record.headers().lastHeader("ce_comment").value()).isEqualTo(COMMENT.getBytes(UTF_8));
        assertThat(header(record, "ce_comment")).isEqualTo(COMMENT);
        assertThat(header(record, "ce_requestid")).isEqualTo("audit-2024.06:req-0001");
        assertThat(header(record, "ce_causationid")).isEqualTo(dispatched.get(0));
        assertThat(header(record, "ce_correlationid")).isEqualTo(metadata.get("traceId").asString());
        assertThat(record.headers().headers("ce_comment")).hasSize(1);
    }

    @Test
    void withoutACommentThereIsNoneAndEachRequestHasItsOwnId() {
        String id = registered();
        Answer approved = post("/api/projects/" + id + "/approval", approve("1000"));
        assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);

        JsonNode registration = storedMetadataOf(id, 0);
        JsonNode approval = storedMetadataOf(id, 1);
        assertThat(registration.has("comment")).isFalse();
        assertThat(approval.has("comment")).isFalse();
        assertThat(approval.get("requestId").asString()).matches(UUID).isEqualTo(approved.header("X-Request-Id"))
                .isNotEqualTo(registration.get("requestId").asString());
        assertThat(approval.get("causationId").asString()).isNotEqualTo(registration.get("causationId").asString());

        await().atMost(PUBLISHED_WITHIN).until(() -> projectTopic.recordsOf(id).size() == 2);
        ConsumerRecord<String, byte[]> record = projectTopic.recordsOf(id).get(1);
        assertThat(record.headers().lastHeader("ce_comment")).isNull();
        assertThat(header(record, "ce_requestid")).isEqualTo(approved.header("X-Request-Id"));
    }

    @Test
    void aBlankCommentIsNone() {
        String id = registered();
        Answer approved = post("/api/projects/" + id + "/approval", withComment(approve("1000"), " \u3000\\t"));

        assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
        assertThat(storedMetadataOf(id, 1).has("comment")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "a/b", "semi;colon", "<script>", "%E5%BC%95", "id,other"})
    void anInvalidRequestIdIsReplacedByAGeneratedOne(String callersId) {
        String id = registered();

        Answer approved = post("/api/projects/" + id + "/approval", approve("1000"), requestId(callersId));

        assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
        assertThat(approved.header("X-Request-Id")).matches(UUID);
        assertThat(storedMetadataOf(id, 1).get("requestId").asString()).isEqualTo(approved.header("X-Request-Id"));
    }

    @Test
    void aRequestIdOfAHundredCharactersIsKeptOneOfMoreIsNot() {
        String id = registered();
        String hundred = "r".repeat(99) + "1";
        Answer approved = post("/api/projects/" + id + "/approval", approve("1000"), Map.of("X-Request-Id", hundred));
        Answer started = post("/api/projects/" + id + "/construction-start", """
                {"businessDate": "2022-05-06", "contractor": "XX建工集团有限公司"}""", Map.of("X-Request-Id", hundred + "1"));

        assertThat(approved.header("X-Request-Id")).isEqualTo(hundred);
        assertThat(storedMetadataOf(id, 1).get("requestId").asString()).isEqualTo(hundred);
        assertThat(started.status()).as(started.raw().body()).isEqualTo(200);
        assertThat(started.header("X-Request-Id")).matches(UUID);
        assertThat(storedMetadataOf(id, 2).get("requestId").asString()).isEqualTo(started.header("X-Request-Id"));
    }

    @Test
    void theRequestIdIsEchoedOnEveryAnswerRefusalsIncluded() {
        String id = registered();
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("422 not approved", post("/api/projects/" + id + "/allocations",
                allocate("CENTRAL_FISCAL", "1000"), requestId("r-422")));
        answers.put("400 invalid", post("/api/projects/" + id + "/approval", "{\"businessDate\": \"x\"}",
                requestId("r-400")));
        answers.put("401 anonymous", postAs(null, "/api/projects/" + id + "/approval", approve("1"), requestId("r-401")));
        answers.put("403 auditor", postAs("auditor-cn", "/api/projects/" + id + "/approval", approve("1"),
                requestId("r-403")));
        answers.put("404 unknown", post("/api/projects/" + newProjectId() + "/approval", approve("1"), requestId("r-404")));
        answers.put("409 stale", post("/api/projects/" + id + "/approval",
                approve("1").replaceFirst("\\{", "{\"expectedVersion\": 7, "), requestId("r-409")));
        answers.put("413 too large", post("/api/projects/" + id + "/approval",
                approve("1").replace("新建教学楼及附属设施", "幼".repeat(100_000)), requestId("r-413")));

        Map<String, Integer> statuses = new LinkedHashMap<>();
        answers.forEach((what, answer) -> {
            statuses.put(what, answer.status());
            assertThat(answer.header("X-Request-Id")).as(what).isEqualTo("r-" + what.substring(0, 3));
        });
        assertThat(statuses.values()).containsExactly(422, 400, 401, 403, 404, 409, 413);
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    @Test
    void aCommentOfTwoThousandCharactersIsKeptOneMoreIs400NamingCommentAndNothingIsStored() {
        String id = registered();
        long before = storedEvents();

        Answer tooLong = post("/api/projects/" + id + "/approval", withComment(approve("1000"), "注".repeat(2001)));
        Answer withNul = post("/api/projects/" + id + "/approval", withComment(approve("1000"), "注\\u0000释"));

        for (Answer refused : List.of(tooLong, withNul)) {
            assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
            assertThat(refused.body().get("type").asString()).isEqualTo("urn:edutrack:problem:invalid-request");
            assertThat(refused.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                    .containsExactly("comment");
        }
        assertThat(storedEvents()).isEqualTo(before);

        Answer longest = post("/api/projects/" + id + "/approval", withComment(approve("1000"), "注".repeat(2000)));
        assertThat(longest.status()).as(longest.raw().body()).isEqualTo(200);
        assertThat(storedMetadataOf(id, 1).get("comment").asString()).isEqualTo("注".repeat(2000));
    }

    @Test
    void aCommentDoesNotLetABodyClaimAnActor() {
        String id = newProjectId();
        Answer claimed = post("/api/projects", withComment(register(id, "NEW_BUILD"), COMMENT)
                .replaceFirst("\\{", "{\"actorUserId\": \"admin-cn\", "));

        assertThat(claimed.status()).isEqualTo(400);
        assertThat(claimed.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactly("actorUserId");
        assertThat(storedEvents(id)).isZero();
    }

    @Test
    void thePlanEndpointsTakeTheCommentToo() {
        String planId = newPlanId();
        Answer registered = post("/api/plans", withComment(plan(planId), "按区政府印发文本录入"),
                requestId("plan-registration-1"));

        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        JsonNode metadata = storedMetadataOf(planId, 0);
        assertThat(metadata.get("comment").asString()).isEqualTo("按区政府印发文本录入");
        assertThat(metadata.get("requestId").asString()).isEqualTo("plan-registration-1");
        assertThat(metadata.get("causationId").asString()).isEqualTo(dispatched.get(dispatched.size() - 1));
    }

    @Test
    void everyEventOfAnImportedPlanFileSharesTheImportsRequestIdAndComment() {
        String text = PlanFiles.uniqueCopy("xx-district-2021-2025.yaml");
        PlanFile file = PlanFiles.parse("xx.yaml", text);
        long lastIndex = jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry").query(Long.class).single();
        String comment = "2024年规划中期评估后重新导入";
        dispatched.clear();

        Answer imported = post("/api/plan-imports?fileName=xx.yaml&comment=" + URLEncoder.encode(comment, UTF_8),
                text.getBytes(UTF_8), "application/yaml", requestId("import-2024-06-30"));

        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);
        assertThat(imported.header("X-Request-Id")).isEqualTo("import-2024-06-30");
        List<JsonNode> metadata = jdbc.sql("SELECT metadata FROM domainevententry WHERE globalindex > :last")
                .param("last", lastIndex).query(byte[].class).list().stream()
                .map(bytes -> JSON.readTree(new String(bytes, UTF_8))).toList();
        assertThat(metadata).hasSize(imported.body().get("eventsRecorded").asInt()).hasSizeGreaterThan(10);
        Set<String> causations = new HashSet<>();
        for (JsonNode entry : metadata) {
            assertThat(entry.get("requestId").asString()).isEqualTo("import-2024-06-30");
            assertThat(entry.get("comment").asString()).isEqualTo(comment);
            assertThat(dispatched).contains(entry.get("causationId").asString());
            causations.add(entry.get("causationId").asString());
        }
        // one command per record of the file, each the cause of its own event
        assertThat(causations).hasSize(metadata.size());

        String planId = file.plan().id();
        await().atMost(PUBLISHED_WITHIN).until(() -> !planTopic.recordsOf(planId).isEmpty());
        ConsumerRecord<String, byte[]> record = planTopic.recordsOf(planId).get(0);
        assertThat(header(record, "ce_requestid")).isEqualTo("import-2024-06-30");
        assertThat(header(record, "ce_comment")).isEqualTo(comment);
    }

    @Test
    void anOverLongImportCommentIs400NamingCommentAndNothingIsStored() {
        String text = PlanFiles.uniqueCopy("xx-district-2021-2025.yaml");
        long before = storedEvents();

        Answer refused = post("/api/plan-imports?fileName=xx.yaml&comment=" + "x".repeat(2001), text.getBytes(UTF_8),
                "application/yaml", Map.of());

        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("comment");
        assertThat(storedEvents()).isEqualTo(before);
    }

    // ----------------------------------------------------------------

    private String registered() {
        String id = newProjectId();
        Answer answer = post("/api/projects", register(id, "NEW_BUILD"));
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
        return id;
    }

    private static String withComment(String body, String comment) {
        return body.replaceFirst("\\{", Matcher.quoteReplacement("{\"comment\": \"" + comment + "\", "));
    }

    private static Map<String, String> requestId(String id) {
        return Map.of("X-Request-Id", id);
    }
}
