package cn.edutrack.command.project.publishing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.DomainEvent;
import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.EventType;
import cn.edutrack.events.Json;
import cn.edutrack.events.Schemas;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every event type, project and plan: the exact record the publisher writes for the stored fixture of that
 * type (the same fixtures the events module freezes and the query side reads): topic, key, CloudEvents headers,
 * body, and the body valid against the type's JSON Schema; the actor who recorded the event, from its metadata,
 * in the four {@code ce_actor*} headers (absent for events stored before users existed); the user's comment, the
 * request id, the causing command's id and Axon's trace id in {@code ce_comment}, {@code ce_requestid},
 * {@code ce_causationid} and {@code ce_correlationid} (each absent when the metadata lacks it).
 */
class EventRecordsContractTest {

    /** The actor's metadata entries of a recorded event, in the order they are stored. */
    private static final Map<String, Object> ACTOR_METADATA = orderedMap("actorUserId", "manager-weixian",
            "actorRole", "MANAGER", "actorOrganisation", "魏县教育体育局", "actorJurisdiction", "CN-13/邯郸市/魏县");
    /** The headers they travel in, in the order they are written. */
    private static final Map<String, String> ACTOR_HEADERS = orderedMap("ce_actorid", "manager-weixian",
            "ce_actorrole", "MANAGER", "ce_actororganisation", "魏县教育体育局", "ce_actorjurisdiction", "CN-13/邯郸市/魏县");

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(String... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }


    static Stream<EventType> eventTypes() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void recordOfEachEventType(EventType type) {
        byte[] fixture = Json.fixture(type);
        DomainEvent event = EventJson.read(type.ceType(), fixture);

        ProducerRecord<String, byte[]> record = EventRecords.toRecord(event, "0b6f3c8e-2f5d-4a8e-9a59-3c1f1f0e7a11", 7);

        boolean projectEvent = type.name().startsWith("cn.edutrack.project.");
        assertThat(record.topic()).isEqualTo(projectEvent ? "edutrack.project-events.v1" : "edutrack.plan-events.v1");
        assertThat(record.partition()).isNull();
        assertThat(record.key()).isEqualTo(event.subject());
        assertThat(headers(record)).containsExactlyEntriesOf(expectedHeaders(type, event, 7, Map.of()));
        assertThat(Json.tree(record.value())).isEqualTo(Json.tree(fixture));
        assertThat(Schemas.validate(type, Json.tree(record.value()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void theActorOfTheMetadataTravelsInFourHeaders(EventType type) {
        DomainEvent event = EventJson.read(type.ceType(), Json.fixture(type));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("somethingElse", "6d7b0a5e-8d1c-4b43-a0a4-5b1c2a8a9e10");
        metadata.putAll(ACTOR_METADATA);

        ProducerRecord<String, byte[]> record = EventRecords.toRecord(event, "0b6f3c8e-2f5d-4a8e-9a59-3c1f1f0e7a11", 3,
                metadata);

        assertThat(headers(record)).containsExactlyEntriesOf(expectedHeaders(type, event, 3, ACTOR_HEADERS));
        assertThat(Json.tree(record.value())).isEqualTo(Json.tree(Json.fixture(type)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void theCommentRequestCausationAndTraceTravelInTheirHeaders(EventType type) {
        DomainEvent event = EventJson.read(type.ceType(), Json.fixture(type));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("traceId", "6d7b0a5e-8d1c-4b43-a0a4-5b1c2a8a9e10");
        metadata.put("correlationId", "0f1e2d3c-4b5a-4697-8877-665544332211");
        metadata.put("causationId", "0f1e2d3c-4b5a-4697-8877-665544332211");
        metadata.put("requestId", "req-2024.06.30:0001");
        metadata.put("comment", "依据审计报告更正，金额以拨款文件为准, \"第2笔\"");
        metadata.putAll(ACTOR_METADATA);

        ProducerRecord<String, byte[]> record = EventRecords.toRecord(event, "0b6f3c8e-2f5d-4a8e-9a59-3c1f1f0e7a11", 3,
                metadata);

        Map<String, String> fromMetadata = new LinkedHashMap<>(ACTOR_HEADERS);
        fromMetadata.put("ce_comment", "依据审计报告更正，金额以拨款文件为准, \"第2笔\"");
        fromMetadata.put("ce_requestid", "req-2024.06.30:0001");
        fromMetadata.put("ce_causationid", "0f1e2d3c-4b5a-4697-8877-665544332211");
        fromMetadata.put("ce_correlationid", "6d7b0a5e-8d1c-4b43-a0a4-5b1c2a8a9e10");
        assertThat(headers(record)).containsExactlyEntriesOf(expectedHeaders(type, event, 3, fromMetadata));
        assertThat(record.headers().lastHeader("ce_comment").value())
                .isEqualTo("依据审计报告更正，金额以拨款文件为准, \"第2笔\"".getBytes(UTF_8));
    }

    @Test
    void withoutACommentThereIsNoCommentHeader() {
        EventType type = EventCatalog.all().get(1);
        DomainEvent event = EventJson.read(type.ceType(), Json.fixture(type));

        ProducerRecord<String, byte[]> record = EventRecords.toRecord(event, "0b6f3c8e-2f5d-4a8e-9a59-3c1f1f0e7a11", 1,
                Map.of("requestId", "r-1", "causationId", "c-1", "traceId", "t-1", "correlationId", "c-1"));

        assertThat(headers(record)).containsEntry("ce_requestid", "r-1").containsEntry("ce_causationid", "c-1")
                .containsEntry("ce_correlationid", "t-1").doesNotContainKeys("ce_comment", "ce_actorid");
    }

    @Test
    void anActorHeaderIsWrittenOnlyForWhatTheMetadataHas() {
        EventType type = EventCatalog.all().get(0);
        DomainEvent event = EventJson.read(type.ceType(), Json.fixture(type));

        ProducerRecord<String, byte[]> record = EventRecords.toRecord(event, "0b6f3c8e-2f5d-4a8e-9a59-3c1f1f0e7a11", 0,
                Map.of("actorUserId", "admin-cn", "correlationId", "x"));

        assertThat(headers(record)).containsEntry("ce_actorid", "admin-cn")
                .doesNotContainKeys("ce_actorrole", "ce_actororganisation", "ce_actorjurisdiction", "correlationId",
                        "ce_correlationid", "ce_comment", "ce_requestid", "ce_causationid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void theSubjectIsTheAggregateTheEventBelongsTo(EventType type) {
        DomainEvent event = EventJson.read(type.ceType(), Json.fixture(type));
        String subject = event.subject();
        if (type.name().startsWith("cn.edutrack.project.")) {
            assertThat(subject).startsWith("PRJ-");
        } else if (type.shortName().equals("jurisdiction-registered")) {
            assertThat(subject).startsWith("CN");
        } else {
            assertThat(subject).matches("[a-z0-9][a-z0-9._-]{0,79}");
        }
    }

    /**
     * The headers docs/contracts.md specifies, in order, with those taken from the metadata (actor, comment, request,
     * causation, correlation; if any, in that order) before the content type.
     */
    private static Map<String, String> expectedHeaders(EventType type, DomainEvent event, long sequence,
                                                       Map<String, String> fromMetadata) {
        boolean projectEvent = type.name().startsWith("cn.edutrack.project.");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("ce_specversion", "1.0");
        expected.put("ce_id", "0b6f3c8e-2f5d-4a8e-9a59-3c1f1f0e7a11");
        expected.put("ce_source", "urn:edutrack:command-side");
        expected.put("ce_type", (projectEvent ? "cn.edutrack.project." : "cn.edutrack.plan.") + type.shortName() + ".v1");
        expected.put("ce_subject", event.subject());
        expected.put("ce_time", event.recordedAt().toString());
        expected.put("ce_dataschema", "urn:edutrack:schema:" + type.shortName() + ":v1");
        expected.put("ce_sequence", Long.toString(sequence));
        expected.putAll(fromMetadata);
        expected.put("content-type", "application/json");
        return expected;
    }

    private static Map<String, String> headers(ProducerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            assertThat(headers.put(header.key(), new String(header.value(), UTF_8))).as("duplicate " + header.key())
                    .isNull();
        }
        return headers;
    }
}
