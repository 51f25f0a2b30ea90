package cn.edutrack.events.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.EventType;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.Json;
import cn.edutrack.events.Money;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.Schemas;
import cn.edutrack.events.Topics;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What a correction refuses to be built with, and that the corrected payload travels exactly as written. */
class EventCorrectedTest {

    private static final ProjectId KINDERGARTEN = ProjectId.of("PRJ-2022-XQ-0031");
    private static final LocalDate DAY = LocalDate.parse("2023-09-05");
    private static final Instant AT = Instant.parse("2023-09-05T02:40:11.318Z");
    private static final String COMPLETED = "cn.edutrack.project.construction-completed.v1";
    private static final String FUNDING = "cn.edutrack.project.funding-allocated.v1";
    private static final String REASON = "竣工验收备案表核定建筑面积为12345.60平方米";

    private static final ConstructionCompleted COMPLETION = new ConstructionCompleted(KINDERGARTEN,
            LocalDate.parse("2023-08-25"), Instant.parse("2023-08-28T03:11:52.640Z"), new Capacity(390, 0, 13),
            new BigDecimal("12345.60"));
    private static final FundingAllocated ALLOCATION = new FundingAllocated(KINDERGARTEN, LocalDate.parse("2022-05-20"),
            Instant.parse("2022-05-23T02:14:09.035Z"), "ALLOC-2022-0087", FundingSource.LOCAL_GOVERNMENT_SPECIAL_BOND,
            Money.of("3000000.00"), "X财教〔2022〕42号");

    private static EventCorrected correction(long sequence, String type, JsonNode corrected, String reason) {
        return new EventCorrected(KINDERGARTEN, DAY, AT, sequence, type, corrected, reason);
    }

    private static JsonNode tree(String json) {
        return EventJson.readTree(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void itIsPublishedAsAProjectEvent() {
        EventType type = EventCatalog.of(EventCorrected.class);

        assertThat(type.ceType()).isEqualTo("cn.edutrack.project.event-corrected.v1");
        assertThat(type.dataSchemaUri()).isEqualTo("urn:edutrack:schema:event-corrected:v1");
        assertThat(type.topic()).isEqualTo(Topics.PROJECT_EVENTS);
        assertThat(correction(9, COMPLETED, EventJson.toTree(COMPLETION), REASON).subject()).isEqualTo("PRJ-2022-XQ-0031");
    }

    @Test
    void itGivesTheCorrectedEventTyped() {
        EventCorrected correction = correction(2, FUNDING, EventJson.toTree(ALLOCATION), "拨款文件金额为300万元");

        assertThat(correction.correctedEvent()).isEqualTo(ALLOCATION);
        assertThat(((FundingAllocated) correction.correctedEvent()).amount()).isEqualTo(Money.of("3000000.00"));
    }

    @Test
    void aDecimalSurvivesTheRoundTripExactlyAsWritten() {
        EventCorrected correction = correction(9, COMPLETED, EventJson.toTree(COMPLETION), REASON);

        byte[] written = EventJson.write(correction);
        String json = new String(written, StandardCharsets.UTF_8);
        EventCorrected again = (EventCorrected) EventJson.readProjectEvent(EventCatalog.of(EventCorrected.class).ceType(),
                written);

        assertThat(json).contains("\"floorAreaSquareMetres\":12345.60").contains("\"places\":390").doesNotContain("E+");
        assertThat(again).isEqualTo(correction);
        BigDecimal floorArea = ((ConstructionCompleted) again.correctedEvent()).floorAreaSquareMetres();
        assertThat(floorArea.toPlainString()).isEqualTo("12345.60");
        assertThat(floorArea.scale()).isEqualTo(2);
        assertThat(Schemas.validate(EventCatalog.of(EventCorrected.class), Json.tree(written))).isEmpty();
    }

    @Test
    void aCorrectedPayloadReadFromTextKeepsItsDecimals() {
        JsonNode corrected = tree("""
                {"projectId":"PRJ-2022-XQ-0031","businessDate":"2023-08-25","recordedAt":"2023-08-28T03:11:52.640Z",
                 "actualCapacity":{"places":390,"streams":0,"classes":13},"floorAreaSquareMetres":12345.60}""");

        EventCorrected correction = correction(9, COMPLETED, corrected, REASON);

        assertThat(new String(EventJson.writeTree(correction.corrected()), StandardCharsets.UTF_8))
                .contains("\"floorAreaSquareMetres\":12345.60");
        assertThat(correction.correctedEvent()).isEqualTo(COMPLETION);
    }

    @Test
    void aCorrectionOfACorrectionIsRefused() {
        EventCorrected first = correction(9, COMPLETED, EventJson.toTree(COMPLETION), REASON);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> correction(12, "cn.edutrack.project.event-corrected.v1", EventJson.toTree(first), REASON))
                .withMessageContaining("never another correction");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cn.edutrack.plan.target-set.v1", "cn.edutrack.project.demolished.v1",
            "cn.edutrack.project.construction-completed.v2", "construction-completed"})
    void aTypeThatIsNoProjectEventIsRefused(String type) {
        assertThatIllegalArgumentException().isThrownBy(() -> correction(9, type, EventJson.toTree(COMPLETION), REASON))
                .withMessageContaining("not a project event type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000"})
    void aMissingTypeIsRefused(String type) {
        assertThatIllegalArgumentException().isThrownBy(() -> correction(9, type, EventJson.toTree(COMPLETION), REASON))
                .withMessageContaining("correctedType");
        assertThatIllegalArgumentException().isThrownBy(() -> correction(9, null, EventJson.toTree(COMPLETION), REASON))
                .withMessageContaining("correctedType");
    }

    @Test
    void aPayloadOfAnotherTypeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> correction(9, FUNDING, EventJson.toTree(COMPLETION), REASON))
                .withMessageContaining("actualCapacity");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> correction(9, "cn.edutrack.project.approved.v1", EventJson.toTree(ALLOCATION), REASON))
                .withMessageContaining("does not have");
    }

    @Test
    void aPayloadThatDoesNotReadAsItsTypeIsRefused() {
        ObjectNode badAmount = (ObjectNode) EventJson.toTree(ALLOCATION);
        badAmount.put("amount", "3000000.001");
        ObjectNode noDate = (ObjectNode) EventJson.toTree(ALLOCATION);
        noDate.remove("businessDate");

        assertThatThrownBy(() -> correction(2, FUNDING, badAmount, REASON))
                .isInstanceOf(EventJson.MalformedEventException.class).hasMessageContaining("funding-allocated");
        assertThatThrownBy(() -> correction(2, FUNDING, noDate, REASON))
                .isInstanceOf(EventJson.MalformedEventException.class);
        assertThatIllegalArgumentException().isThrownBy(() -> correction(2, FUNDING, tree("[]"), REASON))
                .withMessageContaining("JSON object");
        assertThatIllegalArgumentException().isThrownBy(() -> correction(2, FUNDING, tree("\"amount\""), REASON))
                .withMessageContaining("JSON object");
        assertThatIllegalArgumentException().isThrownBy(() -> correction(2, FUNDING, null, REASON))
                .withMessageContaining("JSON object");
    }

    @Test
    void aPayloadOfAnotherProjectIsRefused() {
        ConstructionCompleted elsewhere = new ConstructionCompleted(ProjectId.of("PRJ-2021-XQ-0102"),
                COMPLETION.businessDate(), COMPLETION.recordedAt(), COMPLETION.actualCapacity(),
                COMPLETION.floorAreaSquareMetres());

        assertThatIllegalArgumentException().isThrownBy(() -> correction(9, COMPLETED, EventJson.toTree(elsewhere), REASON))
                .withMessageContaining("PRJ-2021-XQ-0102");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\t\n"})
    void aBlankReasonIsRefused(String blank) {
        assertThatIllegalArgumentException().isThrownBy(() -> correction(9, COMPLETED, EventJson.toTree(COMPLETION), blank))
                .withMessageContaining("reason");
        assertThatIllegalArgumentException().isThrownBy(() -> correction(9, COMPLETED, EventJson.toTree(COMPLETION), null))
                .withMessageContaining("reason");
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, Long.MIN_VALUE})
    void aNegativeSequenceIsRefused(long sequence) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> correction(sequence, COMPLETED, EventJson.toTree(COMPLETION), REASON))
                .withMessageContaining("correctedSequence");
    }

    @Test
    void theFirstEventMayBeCorrected() {
        assertThat(correction(0, COMPLETED, EventJson.toTree(COMPLETION), REASON).correctedSequence()).isZero();
    }

    @Test
    void theEnvelopeIsRequired() {
        JsonNode corrected = EventJson.toTree(COMPLETION);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventCorrected(null, DAY, AT, 9, COMPLETED, corrected, REASON));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventCorrected(KINDERGARTEN, null, AT, 9, COMPLETED, corrected, REASON));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventCorrected(KINDERGARTEN, DAY, null, 9, COMPLETED, corrected, REASON));
    }
}
