package cn.edutrack.query.plan.projection;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.EventType;
import cn.edutrack.events.Json;
import cn.edutrack.events.plan.PlanEvent;
import cn.edutrack.query.projection.AnomalyKind;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every plan event type: the record of docs/contracts.md on the plan topic, with the stored fixture of that
 * type as its value (the fixture the events module freezes), reads back as that event; key and subject are the
 * event's subject (plan id, or jurisdiction code for a jurisdiction).
 */
class PlanRecordContractTest {

    private static final UUID EVENT_ID = UUID.fromString("7c1e4f0a-93d2-4b7e-8f55-2a6b1c0d9e31");

    static Stream<EventType> planEventTypes() {
        return EventCatalog.planEvents().stream();
    }

    @ParameterizedTest
    @MethodSource("planEventTypes")
    void theConsumerReadsTheRecordOfEachPlanEventType(EventType type) {
        byte[] fixture = Json.fixture(type);
        PlanEvent expected = EventJson.readPlanEvent(type.ceType(), fixture);
        ConsumerRecord<String, byte[]> record = record(type.ceType(), type.shortName(), expected.subject(), expected, fixture);

        PlanRecordDecoder.Decoded decoded = PlanRecordDecoder.decode(record);

        assertThat(decoded).isInstanceOfSatisfying(PlanRecordDecoder.Accepted.class, accepted -> {
            assertThat(accepted.record().event()).isEqualTo(expected);
            assertThat(accepted.record().ceType()).isEqualTo("cn.edutrack.plan." + type.shortName() + ".v1");
            assertThat(accepted.record().sequence()).isEqualTo(4);
            assertThat(accepted.record().eventId()).isEqualTo(EVENT_ID);
            assertThat(accepted.record().subject()).isEqualTo(expected.subject());
            assertThat(accepted.record().origin().topic()).isEqualTo("edutrack.plan-events.v1");
        });
    }

    @Test
    void aProjectEventOnThePlanTopicIsAnUnknownType() {
        EventType projectType = EventCatalog.projectEvents().get(0);
        byte[] fixture = Json.fixture(projectType);
        ConsumerRecord<String, byte[]> record = record(projectType.ceType(), projectType.shortName(), "PRJ-ELSEWHERE", null,
                fixture);

        PlanRecordDecoder.Decoded decoded = PlanRecordDecoder.decode(record);

        assertThat(decoded).isInstanceOfSatisfying(PlanRecordDecoder.Rejected.class,
                rejected -> assertThat(rejected.anomaly().kind()).isEqualTo(AnomalyKind.UNKNOWN_TYPE));
    }

    @Test
    void keySubjectAndPayloadMustNameTheSameSubject() {
        EventType type = EventCatalog.planEvents().get(1);
        byte[] fixture = Json.fixture(type);
        PlanEvent event = EventJson.readPlanEvent(type.ceType(), fixture);
        ConsumerRecord<String, byte[]> record = record(type.ceType(), type.shortName(), "another-plan", event, fixture);

        PlanRecordDecoder.Decoded decoded = PlanRecordDecoder.decode(record);

        assertThat(decoded).isInstanceOfSatisfying(PlanRecordDecoder.Rejected.class, rejected -> {
            assertThat(rejected.anomaly().kind()).isEqualTo(AnomalyKind.INVALID_HEADERS);
            assertThat(rejected.anomaly().subject()).isEqualTo("another-plan");
            assertThat(rejected.anomaly().detail()).contains(event.subject());
        });
    }

    private static ConsumerRecord<String, byte[]> record(String ceType, String shortName, String subject, PlanEvent event,
            byte[] value) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("edutrack.plan-events.v1", 1, 17L, subject, value);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", EVENT_ID.toString());
        header(record, "ce_source", "urn:edutrack:command-side");
        header(record, "ce_type", ceType);
        header(record, "ce_subject", subject);
        header(record, "ce_time", event == null ? "2024-01-02T09:30:00Z" : event.recordedAt().toString());
        header(record, "ce_dataschema", "urn:edutrack:schema:" + shortName + ":v1");
        header(record, "ce_sequence", "4");
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ConsumerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(UTF_8));
    }
}
