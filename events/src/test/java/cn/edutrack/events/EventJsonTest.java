package cn.edutrack.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.edutrack.events.EventJson.MalformedEventException;
import cn.edutrack.events.EventJson.UnknownEventTypeException;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.IndicatorDefined;
import cn.edutrack.events.plan.IndicatorMeasured;
import cn.edutrack.events.plan.PlanEvent;
import cn.edutrack.events.plan.PlanRegistered;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.events.plan.TargetSet;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProjectApproved;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.ProjectAssignedToPlan.Quota;
import cn.edutrack.events.project.ProjectEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The wire codec: what it refuses, what it tolerates, and how it spells values. */
class EventJsonTest {

    private static final EventType APPROVED = EventCatalog.of(ProjectApproved.class);
    private static final EventType FUNDING_ALLOCATED = EventCatalog.of(FundingAllocated.class);
    private static final EventType INDICATOR_DEFINED = EventCatalog.of(IndicatorDefined.class);
    private static final EventType INDICATOR_MEASURED = EventCatalog.of(IndicatorMeasured.class);
    private static final EventType TARGET_SET = EventCatalog.of(TargetSet.class);
    private static final EventType PLAN_REGISTERED = EventCatalog.of(PlanRegistered.class);
    private static final EventType ASSIGNED_TO_PLAN = EventCatalog.of(ProjectAssignedToPlan.class);

    static List<EventType> projectTypes() {
        return EventCatalog.projectEvents();
    }

    static List<EventType> planTypes() {
        return EventCatalog.planEvents();
    }

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

        ProjectEvent event = EventJson.readProjectEvent(APPROVED.ceType(), Json.bytes(payload));

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
        DomainEvent event = StoredFixtures.expected(FUNDING_ALLOCATED);

        assertThat(EventJson.writeString(event).getBytes(StandardCharsets.UTF_8)).isEqualTo(EventJson.write(event));
    }

    // --- the two families: each reader takes its own topic's types and reports the other's as unknown

    @ParameterizedTest
    @MethodSource("planTypes")
    void theProjectReaderRefusesAPlanType(EventType type) {
        assertThatThrownBy(() -> EventJson.readProjectEvent(type.ceType(), Json.fixture(type)))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining(type.ceType());
    }

    @ParameterizedTest
    @MethodSource("projectTypes")
    void thePlanReaderRefusesAProjectType(EventType type) {
        assertThatThrownBy(() -> EventJson.readPlanEvent(type.ceType(), Json.fixture(type)))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining(type.ceType());
    }

    @ParameterizedTest
    @MethodSource("projectTypes")
    void theProjectReaderReadsEveryProjectType(EventType type) {
        ProjectEvent event = EventJson.readProjectEvent(type.ceType(), Json.fixture(type));

        assertThat(event).isEqualTo(StoredFixtures.expected(type));
        assertThat(event.subject()).isEqualTo(event.projectId().value());
    }

    @ParameterizedTest
    @MethodSource("planTypes")
    void thePlanReaderReadsEveryPlanType(EventType type) {
        PlanEvent event = EventJson.readPlanEvent(type.ceType(), Json.fixture(type));

        assertThat(event).isEqualTo(StoredFixtures.expected(type));
    }

    @Test
    void theFamilyReadersRefuseUnknownAndMissingTypes() {
        assertThatThrownBy(() -> EventJson.readPlanEvent(TARGET_SET.name(), Json.fixture(TARGET_SET)))
                .isInstanceOf(UnknownEventTypeException.class);
        assertThatThrownBy(() -> EventJson.readPlanEvent(null, Json.fixture(TARGET_SET)))
                .isInstanceOf(UnknownEventTypeException.class);
        assertThatThrownBy(() -> EventJson.readProjectEvent("cn.edutrack.project.target-set.v1", Json.fixture(TARGET_SET)))
                .isInstanceOf(UnknownEventTypeException.class);
    }

    @Test
    void aPlanPayloadOfTheWrongPlanTypeIsMalformed() {
        assertThatThrownBy(() -> EventJson.readPlanEvent(TARGET_SET.ceType(), Json.fixture(INDICATOR_DEFINED)))
                .isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"planId", "businessDate", "recordedAt"})
    void aPlanEventWithoutItsEnvelopeIsMalformed(String field) {
        assertMalformed(TARGET_SET, payload -> payload.remove(field));
    }

    @Test
    void theSubjectIsNotWrittenItIsTheKey() {
        assertThat(Json.tree(EventJson.write(StoredFixtures.expected(TARGET_SET))).has("subject")).isFalse();
        assertThat(StoredFixtures.expected(TARGET_SET).subject()).isEqualTo("xx-district-2021");
        assertThat(StoredFixtures.expected(EventCatalog.of(cn.edutrack.events.plan.JurisdictionRegistered.class)).subject())
                .isEqualTo("CN-45/XX市/XX区");
        assertThat(StoredFixtures.expected(ASSIGNED_TO_PLAN).subject()).isEqualTo("PRJ-2022-XQ-0063");
    }

    // --- plan figures: plain JSON numbers, exact both ways

    @Test
    void aPlanFigureIsWrittenAsAPlainJsonNumber() {
        TargetSet places = (TargetSet) StoredFixtures.expected(TARGET_SET);
        TargetSet exponent = new TargetSet(places.planId(), places.businessDate(), places.recordedAt(), places.targetId(),
                places.programmeId(), places.name(), places.counts(),
                Quantity.of(Comparator.ABOUT, new BigDecimal("2.8E+4"), "约28000个"), places.firmness(), null, null,
                places.flags(), places.source());

        String written = EventJson.writeString(exponent);

        assertThat(written).contains("\"value\":28000,").doesNotContain("E+");
        assertThat(Json.tree(EventJson.write(exponent)).path("planned").path("value").isNumber()).isTrue();
        assertThat(EventJson.read(TARGET_SET.ceType(), EventJson.write(exponent))).isEqualTo(exponent).isEqualTo(places);
    }

    /** BigDecimal.toString() writes 1.0E-7 and 0E-8; the codec writes them plain. */
    @ParameterizedTest
    @ValueSource(strings = {"0.00000010", "0.00000000", "-0.0000005"})
    void aSmallFigureIsWrittenWithoutAnExponent(String figure) {
        IndicatorMeasured measured = Records.with((IndicatorMeasured) StoredFixtures.expected(INDICATOR_MEASURED), "value",
                new BigDecimal(figure));

        String written = EventJson.writeString(measured);

        assertThat(written).contains("\"value\":" + figure + ",");
        assertThat(EventJson.read(INDICATOR_MEASURED.ceType(), written.getBytes(StandardCharsets.UTF_8))).isEqualTo(measured);
    }

    @Test
    void aPlanFigureKeepsItsDecimalsAsRecorded() {
        IndicatorMeasured measured = (IndicatorMeasured) StoredFixtures.expected(INDICATOR_MEASURED);
        IndicatorMeasured withTrailingZero = new IndicatorMeasured(measured.planId(), measured.businessDate(),
                measured.recordedAt(), measured.indicatorId(), measured.year(), new BigDecimal("96.80"), "96.80",
                measured.flags(), measured.sourceReference());

        String written = EventJson.writeString(withTrailingZero);
        IndicatorMeasured read = (IndicatorMeasured) EventJson.read(INDICATOR_MEASURED.ceType(), written.getBytes(StandardCharsets.UTF_8));

        assertThat(written).contains("\"value\":96.80,");
        assertThat(read.value()).isEqualTo(new BigDecimal("96.80")).hasScaleOf(2);
    }

    @Test
    void aPlanFigureIsReadFromItsTextNotThroughABinaryFloat() {
        String exact = "0.1000000000000000055511151231257827";
        String payload = new String(Json.fixture(INDICATOR_MEASURED), StandardCharsets.UTF_8).replace("3.2842,", exact + ",");

        IndicatorMeasured read = (IndicatorMeasured) EventJson.read(INDICATOR_MEASURED.ceType(), payload.getBytes(StandardCharsets.UTF_8));

        assertThat(read.value()).isEqualTo(new BigDecimal(exact));
        assertThat(EventJson.writeString(read)).contains("\"value\":" + exact + ",");
    }

    @Test
    void aPlanFigureWrittenAsAStringIsMalformed() {
        assertMalformed(INDICATOR_MEASURED, payload -> payload.put("value", "3.2842"));
        assertMalformed(INDICATOR_DEFINED, payload -> payload.withObject("target").put("value", "97"));
    }

    @Test
    void aPlanFigureWithMoreThan15DigitsBeforeThePointIsMalformed() {
        assertMalformed(INDICATOR_MEASURED, payload -> payload.put("value", new BigDecimal("1000000000000000")));
        assertMalformed(INDICATOR_MEASURED, payload -> payload.put("value", new BigDecimal("1E+1000000")));
    }

    @Test
    void aYearWrittenAsAFloatIsMalformed() {
        assertMalformed(INDICATOR_MEASURED, payload -> payload.put("year", 2020.0));
        assertMalformed(INDICATOR_MEASURED, payload -> payload.put("year", "2020"));
    }

    // --- the records' rules apply to what is read

    @Test
    void aQuantityThatBreaksItsComparatorsRuleIsMalformed() {
        assertMalformed(INDICATOR_DEFINED, payload -> payload.withObject("target").put("min", 96));
        assertMalformed(INDICATOR_DEFINED, payload -> payload.withObject("target").putNull("value"));
        assertMalformed(INDICATOR_DEFINED, payload -> payload.withObject("target").put("comparator", "RANGE"));
        assertMalformed(INDICATOR_DEFINED, payload -> payload.withObject("target").put("comparator", "ACHIEVED"));
    }

    @Test
    void aRangeWithItsMinAboveItsMaxIsMalformed() {
        assertMalformed(INDICATOR_DEFINED, payload -> payload.withObject("target").put("comparator", "RANGE")
                .putNull("value").put("min", 3).put("max", 2));
    }

    @Test
    void anUnknownFlagIsMalformed() {
        assertMalformed(TARGET_SET, payload -> payload.withArray("flags").add("estimated"));
        assertMalformed(ASSIGNED_TO_PLAN, payload -> payload.withArray("flags").addNull());
    }

    @Test
    void aTargetWithoutAFigureOrTheUnquantifiedFlagIsMalformed() {
        assertMalformed(TARGET_SET, payload -> payload.putNull("planned"));

        ObjectNode unquantified = Json.object(Json.fixture(TARGET_SET));
        unquantified.putNull("planned").withArray("flags").add("unquantified");
        assertThat(((TargetSet) EventJson.readPlanEvent(TARGET_SET.ceType(), Json.bytes(unquantified))).planned()).isNull();
    }

    @Test
    void aContributionWithoutATargetWhenTheProjectHasNoneIsMalformed() {
        assertMalformed(ASSIGNED_TO_PLAN, payload -> payload.putNull("targetId"));
    }

    @Test
    void anAbsentListReadsAsEmpty() {
        ObjectNode payload = Json.object(Json.fixture(ASSIGNED_TO_PLAN));
        payload.remove("flags");
        payload.putNull("contributions");

        ProjectAssignedToPlan read = (ProjectAssignedToPlan) EventJson.readProjectEvent(ASSIGNED_TO_PLAN.ceType(), Json.bytes(payload));

        assertThat(read.flags()).isEmpty();
        assertThat(read.contributions()).isEmpty();
    }

    // --- fields the stored fixtures leave null are written in their form too

    @Test
    void aQuotaIsWrittenAndReadBack() {
        ProjectAssignedToPlan assigned = (ProjectAssignedToPlan) StoredFixtures.expected(ASSIGNED_TO_PLAN);
        ProjectAssignedToPlan withQuota = Records.with(assigned, "quota",
                new Quota("乡镇", Quantity.range(BigDecimal.ONE, new BigDecimal("2"), "1—2所"), 2021, 2021));

        JsonNode written = Json.tree(EventJson.write(withQuota));

        assertThat(written.path("quota").path("perYear").path("min").isNumber()).isTrue();
        assertThat(written.path("quota").path("fromYear").asInt()).isEqualTo(2021);
        assertThat(EventJson.readProjectEvent(ASSIGNED_TO_PLAN.ceType(), EventJson.write(withQuota))).isEqualTo(withQuota);
        assertThat(Schemas.validate(ASSIGNED_TO_PLAN, written)).isEmpty();
    }

    @Test
    void aPublicationDateIssuerAndDocumentNumberAreWrittenAndReadBack() {
        PlanRegistered plan = (PlanRegistered) StoredFixtures.expected(PLAN_REGISTERED);
        PlanRegistered known = Records.with(Records.with(Records.with(plan, "published", LocalDate.parse("2020-11-30")),
                "issuer", "施甸县教育体育局"), "documentNumber", "施教体发〔2020〕45号");

        JsonNode written = Json.tree(EventJson.write(known));

        assertThat(written.path("published").asString()).isEqualTo("2020-11-30");
        assertThat(EventJson.readPlanEvent(PLAN_REGISTERED.ceType(), EventJson.write(known))).isEqualTo(known);
        assertThat(Schemas.validate(PLAN_REGISTERED, written)).isEmpty();
    }

    private static void assertMalformed(EventType type, Consumer<ObjectNode> change) {
        ObjectNode payload = Json.object(Json.fixture(type));
        change.accept(payload);
        byte[] bytes = Json.bytes(payload);

        assertThatThrownBy(() -> EventJson.read(type.ceType(), bytes)).isInstanceOf(MalformedEventException.class);
    }
}
