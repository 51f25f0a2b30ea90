package cn.edutrack.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.edutrack.events.EventJson.MalformedEventException;
import cn.edutrack.events.EventJson.UnknownEventTypeException;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProjectApproved;
import cn.edutrack.events.project.ProjectEvent;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The wire codec: what it refuses, what it tolerates, and how it spells values. */
class EventJsonTest {

    private static final EventType APPROVED = EventCatalog.of(ProjectApproved.class);
    private static final EventType FUNDING_ALLOCATED = EventCatalog.of(FundingAllocated.class);

    @Test
    void unknownTypeIsRefused() {
        assertThatThrownBy(() -> EventJson.read("cn.edutrack.project.approved.v99", Json.fixture(APPROVED)))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("cn.edutrack.project.approved.v99");
    }

    @Test
    void typeWithoutVersionIsUnknown() {
        assertThatThrownBy(() -> EventJson.read(EventTypes.PROJECT_APPROVED, Json.fixture(APPROVED)))
                .isInstanceOf(UnknownEventTypeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"projectId\": ", "[]", "42"})
    void payloadThatIsNotAnObjectIsMalformed(String payload) {
        assertThatThrownBy(() -> EventJson.read(APPROVED.ceType(), payload.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(APPROVED.ceType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"projectId", "businessDate", "recordedAt"})
    void eventWithoutItsEnvelopeIsMalformed(String field) {
        assertMalformed(APPROVED, payload -> payload.remove(field));
    }

    @Test
    void numberWrittenAsTextIsMalformed() {
        assertMalformed(EventCatalog.of(cn.edutrack.events.project.ProgressReported.class),
                payload -> payload.put("percentComplete", "50"));
    }

    @Test
    void missingTypeIsUnknown() {
        assertThatThrownBy(() -> EventJson.read(null, Json.fixture(APPROVED)))
                .isInstanceOf(UnknownEventTypeException.class);
    }

    @Test
    void negativeMoneyIsMalformed() {
        assertMalformed(FUNDING_ALLOCATED, payload -> payload.put("amount", "-100.00"));
    }

    @Test
    void moneyWithFractionsOfAFenIsMalformed() {
        assertMalformed(FUNDING_ALLOCATED, payload -> payload.put("amount", "100.001"));
    }

    @Test
    void moneyThatIsNotANumberIsMalformed() {
        assertMalformed(FUNDING_ALLOCATED, payload -> payload.put("amount", "一千万"));
    }

    @Test
    void illFormedProjectIdIsMalformed() {
        assertMalformed(APPROVED, payload -> payload.put("projectId", "prj-1"));
    }

    @Test
    void illFormedDateIsMalformed() {
        assertMalformed(APPROVED, payload -> payload.put("plannedStart", "2022/06/01"));
    }

    @Test
    void unknownEnumConstantIsMalformed() {
        assertMalformed(FUNDING_ALLOCATED, payload -> payload.put("source", "LOTTERY"));
    }

    @Test
    void unknownPropertyIsIgnored() {
        ObjectNode payload = Json.object(Json.fixture(APPROVED));
        payload.put("approvalStage", "可行性研究报告批复");
        payload.putObject("attachments").put("count", 3);

        ProjectEvent event = EventJson.read(APPROVED.ceType(), Json.bytes(payload));

        assertThat(event).isEqualTo(StoredFixtures.expected(APPROVED));
    }

    @Test
    void moneyIsWrittenAsAStringWithTwoDecimals() {
        JsonNode written = Json.tree(EventJson.write(StoredFixtures.expected(APPROVED)));

        assertThat(written.get("approvedBudget").isString()).isTrue();
        assertThat(written.get("approvedBudget").asString()).isEqualTo("38650000.00");
    }

    @Test
    void datesAndInstantsAreWrittenInIso8601() {
        JsonNode written = Json.tree(EventJson.write(StoredFixtures.expected(APPROVED)));

        assertThat(written.get("plannedStart").asString()).isEqualTo("2022-06-01");
        assertThat(written.get("businessDate").asString()).isEqualTo("2022-03-15");
        assertThat(written.get("recordedAt").asString()).isEqualTo("2022-03-15T06:05:41.880Z");
    }

    @Test
    void writeStringWritesTheSameJsonAsWrite() {
        ProjectEvent event = StoredFixtures.expected(FUNDING_ALLOCATED);

        assertThat(EventJson.writeString(event).getBytes(StandardCharsets.UTF_8)).isEqualTo(EventJson.write(event));
    }

    private static void assertMalformed(EventType type, Consumer<ObjectNode> change) {
        ObjectNode payload = Json.object(Json.fixture(type));
        change.accept(payload);
        byte[] bytes = Json.bytes(payload);

        assertThatThrownBy(() -> EventJson.read(type.ceType(), bytes)).isInstanceOf(MalformedEventException.class);
    }
}
