package cn.edutrack.events.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.EventType;
import cn.edutrack.events.EventTypes;
import cn.edutrack.events.Json;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.RecheckResult;
import cn.edutrack.events.Records;
import cn.edutrack.events.Schemas;
import cn.edutrack.events.Topics;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** What the supervision events (责令整改, 约谈, 复查) refuse to be built with. */
class SupervisionEventsTest {

    private static final ProjectId SCHOOL = ProjectId.of("PRJ-2022-HD-0015");
    private static final LocalDate DAY = LocalDate.parse("2024-05-10");
    private static final Instant AT = Instant.parse("2024-05-10T08:26:37.412Z");
    private static final String BUREAU = "邯郸市教育局";
    private static final String FINDINGS = "主体结构施工进度滞后计划60天，未按期报送整改方案";

    private static RectificationOrdered order(int orderNumber, String findings, LocalDate deadline) {
        return new RectificationOrdered(SCHOOL, DAY, AT, orderNumber, BUREAU, findings, deadline);
    }

    private static RecheckRecorded recheck(RecheckResult result, String findings, LocalDate newDeadline) {
        return new RecheckRecorded(SCHOOL, DAY, AT, 1, result, findings, newDeadline);
    }

    @Test
    void theyArePublishedAsProjectEvents() {
        assertThat(EventCatalog.of(RectificationOrdered.class).ceType()).isEqualTo(EventTypes.RECTIFICATION_ORDERED + ".v1")
                .isEqualTo("cn.edutrack.project.rectification-ordered.v1");
        assertThat(EventCatalog.of(SummonsIssued.class).ceType()).isEqualTo("cn.edutrack.project.summons-issued.v1");
        assertThat(EventCatalog.of(RecheckRecorded.class).ceType()).isEqualTo("cn.edutrack.project.recheck-recorded.v1");
        assertThat(EventCatalog.of(RecheckRecorded.class).dataSchemaUri()).isEqualTo("urn:edutrack:schema:recheck-recorded:v1");
        assertThat(EventCatalog.of(SummonsIssued.class).topic()).isEqualTo(Topics.PROJECT_EVENTS);
        assertThat(order(1, FINDINGS, DAY.plusDays(51)).subject()).isEqualTo("PRJ-2022-HD-0015");
    }

    // --- RectificationOrdered

    @Test
    void anOrderIsDueOnOrAfterItsDate() {
        assertThat(order(1, FINDINGS, DAY).deadline()).isEqualTo(DAY);
        assertThat(order(2, FINDINGS, LocalDate.parse("2024-06-30")).orderNumber()).isEqualTo(2);
    }

    @Test
    void aDeadlineBeforeTheOrderIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> order(1, FINDINGS, DAY.minusDays(1)))
                .withMessageContaining("deadline");
    }

    @Test
    void anOrderWithoutADeadlineIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> order(1, FINDINGS, null)).withMessageContaining("deadline");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void anOrderNumberBelowOneIsRefused(int orderNumber) {
        assertThatIllegalArgumentException().isThrownBy(() -> order(orderNumber, FINDINGS, DAY))
                .withMessageContaining("orderNumber");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecheckRecorded(SCHOOL, DAY, AT, orderNumber, RecheckResult.RECTIFIED, FINDINGS, null))
                .withMessageContaining("orderNumber");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\t\n"})
    void blankFindingsAreRefused(String blank) {
        assertThatIllegalArgumentException().isThrownBy(() -> order(1, blank, DAY)).withMessageContaining("findings");
        assertThatIllegalArgumentException().isThrownBy(() -> recheck(RecheckResult.RECTIFIED, blank, null))
                .withMessageContaining("findings");
    }

    @Test
    void missingTextsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> order(1, null, DAY)).withMessageContaining("findings");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RectificationOrdered(SCHOOL, DAY, AT, 1, " ", FINDINGS, DAY))
                .withMessageContaining("issuingBody");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RectificationOrdered(SCHOOL, DAY, AT, 1, null, FINDINGS, DAY))
                .withMessageContaining("issuingBody");
    }

    @Test
    void theEnvelopeIsRequired() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RectificationOrdered(null, DAY, AT, 1, BUREAU, FINDINGS, DAY));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SummonsIssued(SCHOOL, null, AT, BUREAU, "邯山区人民政府分管副区长", "进度滞后"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecheckRecorded(SCHOOL, DAY, null, 1, RecheckResult.RECTIFIED, FINDINGS, null));
    }

    // --- SummonsIssued

    @Test
    void aSummonsNeedsItsIssuerWhomAndWhy() {
        SummonsIssued summons = new SummonsIssued(SCHOOL, DAY, AT, BUREAU, "邯山区人民政府分管副区长", "进度滞后");
        assertThat(summons.summonedParty()).isEqualTo("邯山区人民政府分管副区长");

        for (String blank : new String[] {null, "", " ", "\u3000"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> Records.with(summons, "issuingBody", blank))
                    .withMessageContaining("issuingBody");
            assertThatIllegalArgumentException().isThrownBy(() -> Records.with(summons, "summonedParty", blank))
                    .withMessageContaining("summonedParty");
            assertThatIllegalArgumentException().isThrownBy(() -> Records.with(summons, "reason", blank))
                    .withMessageContaining("reason");
        }
    }

    // --- RecheckRecorded

    @Test
    void aRectifiedOrderTakesNoNewDeadline() {
        assertThat(recheck(RecheckResult.RECTIFIED, "已按要求整改到位", null).newDeadline()).isNull();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> recheck(RecheckResult.RECTIFIED, "已按要求整改到位", DAY.plusDays(30)))
                .withMessageContaining("no new deadline");
    }

    @Test
    void anOrderNotRectifiedMayKeepItsDeadlineOrTakeANewOne() {
        assertThat(recheck(RecheckResult.NOT_RECTIFIED, FINDINGS, null).newDeadline()).isNull();
        assertThat(recheck(RecheckResult.NOT_RECTIFIED, FINDINGS, DAY).newDeadline()).isEqualTo(DAY);
        assertThat(recheck(RecheckResult.NOT_RECTIFIED, FINDINGS, DAY.plusDays(60)).newDeadline()).isEqualTo(DAY.plusDays(60));
    }

    @Test
    void aNewDeadlineBeforeTheRecheckIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> recheck(RecheckResult.NOT_RECTIFIED, FINDINGS, DAY.minusDays(1)))
                .withMessageContaining("newDeadline");
    }

    @Test
    void aRecheckNeedsItsResult() {
        assertThatIllegalArgumentException().isThrownBy(() -> recheck(null, FINDINGS, null)).withMessageContaining("result");
    }

    @Test
    void aRectifiedRecheckWritesANullNewDeadlineAndReadsBack() {
        RecheckRecorded rectified = recheck(RecheckResult.RECTIFIED, "已按要求整改到位", null);
        EventType type = EventCatalog.of(RecheckRecorded.class);

        byte[] written = EventJson.write(rectified);

        assertThat(Json.tree(written).get("newDeadline").isNull()).isTrue();
        assertThat(Schemas.validate(type, Json.tree(written))).isEmpty();
        assertThat(EventJson.readProjectEvent(type.ceType(), written)).isEqualTo(rectified);
        ObjectNode withoutNewDeadline = Json.object(written);
        withoutNewDeadline.remove("newDeadline");
        assertThat(EventJson.readProjectEvent(type.ceType(), Json.bytes(withoutNewDeadline))).isEqualTo(rectified);
    }

    @Test
    void aReaderRefusesWhatTheRecordRefuses() {
        EventType type = EventCatalog.of(RecheckRecorded.class);
        ObjectNode payload = Json.object(Json.fixture(type));
        payload.put("result", "RECTIFIED");

        assertThat(Schemas.validate(type, payload)).isNotEmpty();
        assertThatThrownBy(() -> EventJson.read(type.ceType(), Json.bytes(payload)))
                .isInstanceOf(EventJson.MalformedEventException.class);
    }
}
