package cn.edutrack.query.project.projection;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.EventType;
import cn.edutrack.events.Json;
import cn.edutrack.events.project.ProjectEvent;
import cn.edutrack.query.projection.AnomalyKind;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every project event type (the assignment to a plan included): the record of docs/contracts.md, with the
 * stored fixture of that type as its value (the same fixture the command side's publisher contract test writes),
 * reads back as that event. Plan event types belong to the plan topic: here they are unknown types. Their own
 * contract test is {@code cn.edutrack.query.plan.projection.PlanRecordContractTest}.
 */
class RecordContractTest {

    static Stream<EventType> eventTypes() {
        return EventCatalog.projectEvents().stream();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void theConsumerReadsTheRecordOfEachEventType(EventType type) {
        byte[] fixture = Json.fixture(type);
        ProjectEvent expected = EventJson.readProjectEvent(type.ceType(), fixture);
        String projectId = expected.projectId().value();
        UUID eventId = UUID.fromString("0b6f3c8e-2f5d-4a8e-9a59-3c1f1f0e7a11");

        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("edutrack.project-events.v1", 2, 99L, projectId,
                fixture);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId.toString());
        header(record, "ce_source", "urn:edutrack:command-side");
        header(record, "ce_type", "cn.edutrack.project." + type.shortName() + ".v1");
        header(record, "ce_subject", projectId);
        header(record, "ce_time", expected.recordedAt().toString());
        header(record, "ce_dataschema", "urn:edutrack:schema:" + type.shortName() + ":v1");
        header(record, "ce_sequence", "7");
        header(record, "content-type", "application/json");

        RecordDecoder.Decoded decoded = RecordDecoder.decode(record);

        assertThat(decoded).isInstanceOfSatisfying(RecordDecoder.Accepted.class, accepted -> {
            assertThat(accepted.record().event()).isEqualTo(expected);
            assertThat(accepted.record().ceType()).isEqualTo(type.ceType());
            assertThat(accepted.record().sequence()).isEqualTo(7);
            assertThat(accepted.record().eventId()).isEqualTo(eventId);
            assertThat(accepted.record().projectId()).isEqualTo(projectId);
        });
    }

    static Stream<EventType> planEventTypes() {
        return EventCatalog.planEvents().stream();
    }

    @ParameterizedTest
    @MethodSource("planEventTypes")
    void aPlanEventOnTheProjectTopicIsAnUnknownType(EventType type) {
        byte[] fixture = Json.fixture(type);
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("edutrack.project-events.v1", 0, 5L, "PRJ-TOPIC-MIX",
                fixture);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", "0b6f3c8e-2f5d-4a8e-9a59-3c1f1f0e7a12");
        header(record, "ce_source", "urn:edutrack:command-side");
        header(record, "ce_type", type.ceType());
        header(record, "ce_subject", "PRJ-TOPIC-MIX");
        header(record, "ce_time", "2024-01-02T09:30:00Z");
        header(record, "ce_sequence", "0");

        assertThat(RecordDecoder.decode(record)).isInstanceOfSatisfying(RecordDecoder.Rejected.class,
                rejected -> assertThat(rejected.anomaly().kind()).isEqualTo(AnomalyKind.UNKNOWN_TYPE));
    }

    private static void header(ConsumerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(UTF_8));
    }
}
