package cn.edutrack.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.EventJson.MalformedEventException;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.Flags;
import cn.edutrack.events.plan.IndicatorAttribute;
import cn.edutrack.events.plan.IndicatorDefined;
import cn.edutrack.events.plan.IndicatorMeasured;
import cn.edutrack.events.plan.JurisdictionLevel;
import cn.edutrack.events.plan.JurisdictionRegistered;
import cn.edutrack.events.plan.PlanRegistered;
import cn.edutrack.events.plan.PlanType;
import cn.edutrack.events.plan.ProgrammeKind;
import cn.edutrack.events.plan.TargetSet;
import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.ProgressReported;
import cn.edutrack.events.project.ProjectApproved;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.events.project.RecheckRecorded;
import cn.edutrack.events.project.RectificationOrdered;
import cn.edutrack.events.project.SummonsIssued;
import com.networknt.schema.Error;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The schemas describe the records precisely and reject what a reader must not accept. */
class JsonSchemaTest {

    private static final EventType REGISTERED = EventCatalog.of(ProjectRegistered.class);
    private static final EventType APPROVED = EventCatalog.of(ProjectApproved.class);
    private static final EventType FUNDING_ALLOCATED = EventCatalog.of(FundingAllocated.class);
    private static final EventType PROGRESS_REPORTED = EventCatalog.of(ProgressReported.class);
    private static final EventType JURISDICTION_REGISTERED = EventCatalog.of(JurisdictionRegistered.class);
    private static final EventType PLAN_REGISTERED = EventCatalog.of(PlanRegistered.class);
    private static final EventType INDICATOR_DEFINED = EventCatalog.of(IndicatorDefined.class);
    private static final EventType INDICATOR_MEASURED = EventCatalog.of(IndicatorMeasured.class);
    private static final EventType TARGET_SET = EventCatalog.of(TargetSet.class);
    private static final EventType ASSIGNED_TO_PLAN = EventCatalog.of(ProjectAssignedToPlan.class);
    private static final EventType RECTIFICATION_ORDERED = EventCatalog.of(RectificationOrdered.class);
    private static final EventType SUMMONS_ISSUED = EventCatalog.of(SummonsIssued.class);
    private static final EventType RECHECK_RECORDED = EventCatalog.of(RecheckRecorded.class);
    private static final EventType EVENT_CORRECTED = EventCatalog.of(EventCorrected.class);
    /** The project events built strictly, like the plan events: assigned-to-plan, the supervision events, corrections. */
    private static final Set<EventType> STRICT_PROJECT_TYPES =
            Set.of(ASSIGNED_TO_PLAN, RECTIFICATION_ORDERED, SUMMONS_ISSUED, RECHECK_RECORDED, EVENT_CORRECTED);

    static List<EventType> types() {
        return EventCatalog.all();
    }

    @ParameterizedTest
    @MethodSource("types")
    void schemaIdIsTheDataSchemaUri(EventType type) {
        JsonNode schema = Json.tree(Json.resource(type.schemaResource()));

        assertThat(schema.path("$id").asString()).isEqualTo(type.dataSchemaUri());
        assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(Schemas.of(type).getId()).isEqualTo(type.dataSchemaUri());
    }

    @ParameterizedTest
    @MethodSource("types")
    void schemaDescribesExactlyTheRecordComponents(EventType type) {
        JsonNode schema = Json.tree(Json.resource(type.schemaResource()));
        Set<String> components = Arrays.stream(type.eventClass().getRecordComponents())
                .map(component -> component.getName())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(schema.path("properties").propertyNames())).isEqualTo(components);
        assertThat(schema.path("additionalProperties").isBoolean()).isTrue();
        assertThat(schema.path("additionalProperties").booleanValue()).isFalse();
        // The first component is the subject (project id, plan id or jurisdiction code).
        String subject = type.eventClass().getRecordComponents()[0].getName();
        assertThat(strings(schema.path("required"))).contains(subject, "businessDate", "recordedAt")
                .isSubsetOf(components);
    }

    @Test
    void projectIdPatternIsProjectIdFormat() {
        assertThat(commonDefinition("projectId").path("pattern").asString())
                .isEqualTo("^" + ProjectId.FORMAT.pattern() + "$");
    }

    @Test
    void enumsListTheJavaConstants() {
        assertThat(strings(commonDefinition("projectKind").path("enum")))
                .containsExactly(Arrays.stream(ProjectKind.values()).map(Enum::name).toArray(String[]::new));
        assertThat(strings(commonDefinition("fundingSource").path("enum")))
                .containsExactly(Arrays.stream(FundingSource.values()).map(Enum::name).toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1.00", "12.345", "1,000.00", "1e6", "", " 100", "100.", ".5", "12345678901234"})
    void rejectsIllFormedMoney(String amount) {
        assertThat(errors(FUNDING_ALLOCATED, payload -> payload.put("amount", amount)))
                .extracting(Error::getKeyword).contains("pattern");
    }

    @Test
    void rejectsMoneyAsANumber() {
        assertThat(errors(APPROVED, payload -> payload.put("approvedBudget", 38_650_000)))
                .extracting(Error::getKeyword).contains("type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1250.5", "1250.50", "8765432.10", "9999999999999.99"})
    void acceptsWellFormedMoney(String amount) {
        assertThat(errors(FUNDING_ALLOCATED, payload -> payload.put("amount", amount))).isEmpty();
    }

    @Test
    void rejectsPercentCompleteAbove100() {
        assertThat(errors(PROGRESS_REPORTED, payload -> payload.put("percentComplete", 101)))
                .extracting(Error::getKeyword).containsExactly("maximum");
    }

    @Test
    void rejectsNegativePercentComplete() {
        assertThat(errors(PROGRESS_REPORTED, payload -> payload.put("percentComplete", -1)))
                .extracting(Error::getKeyword).containsExactly("minimum");
    }

    @Test
    void rejectsAMissingRequiredField() {
        assertThat(errors(APPROVED, payload -> payload.remove("documentNumber")))
                .extracting(Error::getKeyword).containsExactly("required");
    }

    static Stream<Arguments> requiredProperties() {
        return EventCatalog.all().stream().flatMap(type ->
                strings(Json.tree(Json.resource(type.schemaResource())).path("required")).stream()
                        .map(property -> Arguments.of(type, property)));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredProperties")
    void rejectsTheFixtureWithoutARequiredProperty(EventType type, String property) {
        assertThat(errors(type, payload -> payload.remove(property)))
                .extracting(Error::getKeyword).containsExactly("required");
    }

    @ParameterizedTest
    @MethodSource("types")
    void rejectsTheFixtureWithAnUnknownProperty(EventType type) {
        assertThat(errors(type, payload -> payload.put("approvedBy", "PSN-000417")))
                .extracting(Error::getKeyword).containsExactly("additionalProperties");
    }

    @Test
    void rejectsNullForARequiredString() {
        assertThat(errors(APPROVED, payload -> payload.putNull("approvingBody"))).isNotEmpty();
    }

    @Test
    void acceptsNullOrAbsenceForANullableField() {
        assertThat(errors(REGISTERED, payload -> payload.putNull("planReference"))).isEmpty();
        assertThat(errors(REGISTERED, payload -> payload.remove("planReference"))).isEmpty();
        assertThat(errors(PROGRESS_REPORTED, payload -> payload.putNull("correctsSequence"))).isEmpty();
    }

    @Test
    void rejectsAnUnknownPropertyInANestedValue() {
        assertThat(errors(REGISTERED, payload -> ((ObjectNode) payload.get("plannedCapacity")).put("grades", 3)))
                .extracting(Error::getKeyword).containsExactly("additionalProperties");
    }

    @Test
    void rejectsANegativeCapacity() {
        assertThat(errors(REGISTERED, payload -> ((ObjectNode) payload.get("plannedCapacity")).put("places", -1)))
                .extracting(Error::getKeyword).containsExactly("minimum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prj-2022-xq-0031", "PRJ-1", "2022-XQ-0031", "PRJ--2022"})
    void rejectsAnIllFormedProjectId(String projectId) {
        assertThat(errors(APPROVED, payload -> payload.put("projectId", projectId)))
                .extracting(Error::getKeyword).containsExactly("pattern");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022/06/01", "2022-13-01", "20220601", "2022-06-01T00:00:00Z"})
    void rejectsAnIllFormedDate(String date) {
        assertThat(errors(APPROVED, payload -> payload.put("plannedStart", date)))
                .extracting(Error::getKeyword).containsExactly("format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-03-15", "2022-03-15 06:05:41", "1647324341880"})
    void rejectsAnIllFormedInstant(String instant) {
        assertThat(errors(APPROVED, payload -> payload.put("recordedAt", instant)))
                .extracting(Error::getKeyword).containsExactly("format");
    }

    @Test
    void rejectsAnUnknownEnumConstant() {
        assertThat(errors(FUNDING_ALLOCATED, payload -> payload.put("source", "LOTTERY")))
                .extracting(Error::getKeyword).containsExactly("enum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/CN-44/XX市", "CN-44/XX市/", "CN-44//XX区"})
    void rejectsAnIllFormedJurisdiction(String jurisdiction) {
        assertThat(errors(REGISTERED, payload -> payload.put("jurisdiction", jurisdiction)))
                .extracting(Error::getKeyword).containsExactly("pattern");
    }

    // --- plan events and assigned-to-plan

    @Test
    void planIdPatternIsPlanIdFormat() {
        assertThat(commonDefinition("planId").path("pattern").asString()).isEqualTo("^" + PlanId.FORMAT.pattern() + "$");
    }

    @Test
    void planEnumsListTheJavaConstants() {
        assertThat(strings(commonDefinition("comparator").path("enum"))).containsExactly(names(Comparator.values()));
        assertThat(strings(commonDefinition("counted").path("enum"))).containsExactly(names(Counted.values()));
        assertThat(strings(commonDefinition("jurisdictionLevel").path("enum"))).containsExactly(names(JurisdictionLevel.values()));
        assertThat(strings(commonDefinition("planType").path("enum"))).containsExactly(names(PlanType.values()));
        assertThat(strings(commonDefinition("indicatorAttribute").path("enum"))).containsExactly(names(IndicatorAttribute.values()));
        assertThat(strings(commonDefinition("programmeKind").path("enum"))).containsExactly(names(ProgrammeKind.values()));
        assertThat(strings(commonDefinition("firmness").path("enum"))).containsExactly(names(Firmness.values()));
        assertThat(strings(commonDefinition("flags").path("items").path("enum"))).containsExactlyElementsOf(Flags.KNOWN);
    }

    /** The quantity's three if-then branches partition the comparators as Comparator itself does. */
    @Test
    void quantityBranchesFollowTheComparators() {
        JsonNode branches = commonDefinition("quantity").path("allOf");
        List<List<String>> conditions = StreamSupport.stream(branches.spliterator(), false)
                .map(branch -> strings(branch.path("if").path("properties").path("comparator").path("enum")))
                .toList();

        assertThat(conditions).containsExactlyInAnyOrder(
                Arrays.stream(Comparator.values()).filter(c -> !c.usesRange() && !c.takesNoValue()).map(Enum::name).toList(),
                Arrays.stream(Comparator.values()).filter(Comparator::usesRange).map(Enum::name).toList(),
                Arrays.stream(Comparator.values()).filter(Comparator::takesNoValue).map(Enum::name).toList());
    }

    enum Figures {
        VALUE, MIN_AND_MAX, NONE, VALUE_MIN_AND_MAX, VALUE_AND_MIN, MIN_ONLY, MAX_ONLY, ABSENT;

        void applyTo(ObjectNode quantity) {
            quantity.putNull("value").putNull("min").putNull("max");
            switch (this) {
                case VALUE -> quantity.put("value", 97);
                case MIN_AND_MAX -> quantity.put("min", 1).put("max", 2);
                case NONE -> { }
                case VALUE_MIN_AND_MAX -> quantity.put("value", 97).put("min", 1).put("max", 2);
                case VALUE_AND_MIN -> quantity.put("value", 97).put("min", 1);
                case MIN_ONLY -> quantity.put("min", 1);
                case MAX_ONLY -> quantity.put("max", 2);
                case ABSENT -> quantity.remove(List.of("value", "min", "max"));
            }
        }

        boolean fits(Comparator comparator) {
            if (comparator.usesRange()) {
                return this == MIN_AND_MAX;
            }
            return comparator.takesNoValue() ? this == NONE || this == ABSENT : this == VALUE;
        }
    }

    static Stream<Arguments> comparatorsAndFigures() {
        return Arrays.stream(Comparator.values())
                .flatMap(comparator -> Arrays.stream(Figures.values()).map(figures -> Arguments.of(comparator, figures)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("comparatorsAndFigures")
    void schemaAndReaderAgreeOnWhichFiguresAComparatorTakes(Comparator comparator, Figures figures) {
        Consumer<ObjectNode> change = payload -> {
            ObjectNode target = payload.withObject("target");
            target.put("comparator", comparator.name());
            figures.applyTo(target);
        };

        assertThat(schemaAccepts(INDICATOR_DEFINED, change)).isEqualTo(figures.fits(comparator));
        assertThat(readerAccepts(INDICATOR_DEFINED, change)).isEqualTo(figures.fits(comparator));
    }

    static Stream<String> planIds() {
        return Stream.of("xx-district-2021", "9", "p".repeat(80), "p".repeat(81), "XX-district-2021", "-xx", "xx/2021",
                "PRJ-XX-KG-01", "", "邯郸-2022");
    }

    @ParameterizedTest
    @MethodSource("planIds")
    void schemaAndReaderAgreeOnPlanIds(String planId) {
        assertAgree(TARGET_SET, payload -> payload.put("planId", planId));
    }

    static Stream<String> localIds() {
        return Stream.of("TGT-000-07a", "kg", "t.1_a-b", "x".repeat(80), "x".repeat(81), "TGT 07", "目标1", "", "TGT/07");
    }

    @ParameterizedTest
    @MethodSource("localIds")
    void schemaAndReaderAgreeOnLocalIds(String id) {
        assertAgree(TARGET_SET, payload -> payload.put("targetId", id));
        assertAgree(TARGET_SET, payload -> payload.put("indicatorId", id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMPULSORY_RETENTION_RATE", "AB", "A1_2", "A", "compulsory", "1ABC", "A-B", "_AB"})
    void schemaAndReaderAgreeOnConcepts(String concept) {
        assertAgree(INDICATOR_DEFINED, payload -> payload.put("concept", concept));
    }

    @ParameterizedTest
    @ValueSource(ints = {1948, 1949, 2100, 2101, 0, -2020})
    void schemaAndReaderAgreeOnYears(int year) {
        assertAgree(INDICATOR_MEASURED, payload -> payload.put("year", year));
        assertAgree(INDICATOR_DEFINED, payload -> payload.put("targetYear", year));
        assertAgree(INDICATOR_DEFINED, payload -> payload.withObject("baseline").put("year", year));
        assertAgree(ASSIGNED_TO_PLAN, payload -> payload.put("dueYear", year));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 300, 301})
    void schemaAndReaderAgreeOnTextLengths(int length) {
        assertAgree(TARGET_SET, payload -> payload.put("name", "学".repeat(length)));
        assertAgree(TARGET_SET, payload -> payload.put("per", "乡".repeat(length / 3)));
        assertAgree(INDICATOR_DEFINED, payload -> payload.put("unit", "%".repeat(length / 7)));
        assertAgree(INDICATOR_DEFINED, payload -> payload.withObject("target").put("asWritten", "约".repeat(length * 2 / 3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\t", "  \n", "\u3000", "\u00a0", "\u2007", "\u202f", "\u1680 \u2028", "\u001f"})
    void schemaAndReaderAgreeThatABlankNameIsNoName(String blank) {
        assertAgree(TARGET_SET, payload -> payload.put("name", blank));
        assertAgree(JURISDICTION_REGISTERED, payload -> payload.withObject("source").put("quote", blank));
    }

    @ParameterizedTest
    @ValueSource(strings = {"estimate", "unquantified", "suspicious", "estimated", "Estimate", ""})
    void schemaAndReaderAgreeOnFlags(String flag) {
        assertAgree(TARGET_SET, payload -> payload.withArray("flags").add(flag));
        assertAgree(ASSIGNED_TO_PLAN, payload -> payload.withArray("flags").add(flag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0.5", "360", "0", "-1", "999999999999999", "1000000000000000"})
    void schemaAndReaderAgreeOnContributions(String value) {
        assertAgree(ASSIGNED_TO_PLAN, payload -> ((ObjectNode) payload.withArray("contributions").get(1))
                .put("value", new java.math.BigDecimal(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.2842", "-1.5", "0", "999999999999999.99", "1000000000000000", "-1000000000000000"})
    void schemaAndReaderAgreeOnFigures(String value) {
        assertAgree(INDICATOR_MEASURED, payload -> payload.put("value", new java.math.BigDecimal(value)));
    }

    /** Required plan texts are "not blank" exactly as PlanEvent.text (String.isBlank) has it, character by character. */
    @Test
    void nonBlankTextIsWhatJavaCallsNotBlank() {
        java.util.regex.Pattern notBlank = java.util.regex.Pattern.compile(commonDefinition("nonBlankText").path("pattern").asString());

        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(notBlank.matcher(String.valueOf(c)).find()).as("U+%04X", (int) c).isEqualTo(!Character.isWhitespace(c));
        }
    }

    @Test
    void rejectsAFigureWrittenAsAString() {
        assertThat(errors(INDICATOR_MEASURED, payload -> payload.put("value", "3.2842")))
                .extracting(Error::getKeyword).containsExactly("type");
    }

    @Test
    void rejectsAContributionOfNothing() {
        assertThat(errors(ASSIGNED_TO_PLAN, payload -> ((ObjectNode) payload.withArray("contributions").get(0)).put("value", 0)))
                .extracting(Error::getKeyword).containsExactly("exclusiveMinimum");
    }

    @Test
    void rejectsAnUnknownFlag() {
        assertThat(errors(TARGET_SET, payload -> payload.withArray("flags").add("estimated")))
                .extracting(Error::getKeyword).containsExactly("enum");
    }

    @Test
    void rejectsAnUnknownPropertyInAPlanValue() {
        assertThat(errors(INDICATOR_DEFINED, payload -> payload.withObject("target").put("unit", "%")))
                .extracting(Error::getKeyword).contains("additionalProperties");
        assertThat(errors(INDICATOR_DEFINED, payload -> payload.withObject("baseline").put("source", "表1")))
                .extracting(Error::getKeyword).contains("additionalProperties");
        assertThat(errors(INDICATOR_DEFINED, payload -> payload.withObject("source").put("page", 12)))
                .extracting(Error::getKeyword).contains("additionalProperties");
        assertThat(errors(ASSIGNED_TO_PLAN, payload -> ((ObjectNode) payload.withArray("contributions").get(0)).put("unit", "所")))
                .extracting(Error::getKeyword).contains("additionalProperties");
    }

    @Test
    void acceptsAQuota() {
        assertThat(errors(ASSIGNED_TO_PLAN, payload -> payload.putObject("quota").put("per", "乡镇").put("fromYear", 2021)
                .put("toYear", 2021).putObject("perYear").put("comparator", "RANGE").putNull("value").put("min", 1)
                .put("max", 2).put("asWritten", "1—2所"))).isEmpty();
        assertThat(errors(ASSIGNED_TO_PLAN, payload -> payload.putObject("quota").put("per", "乡镇").put("fromYear", 2021)))
                .extracting(Error::getKeyword).contains("required");
    }

    // --- supervision events (rectification-ordered, summons-issued, recheck-recorded)

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 0, -1, 2147483647L, 2147483648L})
    void schemaAndReaderAgreeOnOrderNumbers(long orderNumber) {
        assertAgree(RECTIFICATION_ORDERED, payload -> payload.put("orderNumber", orderNumber));
        assertAgree(RECHECK_RECORDED, payload -> payload.put("orderNumber", orderNumber));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\t\n", "\u00a0", "整改"})
    void schemaAndReaderAgreeOnSupervisionTexts(String text) {
        assertAgree(RECTIFICATION_ORDERED, payload -> payload.put("issuingBody", text));
        assertAgree(RECTIFICATION_ORDERED, payload -> payload.put("findings", text));
        assertAgree(SUMMONS_ISSUED, payload -> payload.put("summonedParty", text));
        assertAgree(SUMMONS_ISSUED, payload -> payload.put("reason", text));
        assertAgree(RECHECK_RECORDED, payload -> payload.put("findings", text));
    }

    static Stream<Arguments> recheckResultsAndNewDeadlines() {
        return Stream.of("RECTIFIED", "NOT_RECTIFIED", "PARTLY_RECTIFIED").flatMap(result ->
                Stream.of("2024-08-31", "2024-07-05", null, "absent").map(deadline -> Arguments.of(result, deadline)));
    }

    @ParameterizedTest(name = "{0} with new deadline {1}")
    @MethodSource("recheckResultsAndNewDeadlines")
    void schemaAndReaderAgreeOnWhenARecheckTakesANewDeadline(String result, String newDeadline) {
        Consumer<ObjectNode> change = payload -> {
            payload.put("result", result);
            if ("absent".equals(newDeadline)) {
                payload.remove("newDeadline");
            } else {
                payload.put("newDeadline", newDeadline);
            }
        };
        boolean valid = !result.equals("PARTLY_RECTIFIED")
                && (result.equals("NOT_RECTIFIED") || newDeadline == null || newDeadline.equals("absent"));

        assertThat(schemaAccepts(RECHECK_RECORDED, change)).isEqualTo(valid);
        assertThat(readerAccepts(RECHECK_RECORDED, change)).isEqualTo(valid);
    }

    @Test
    void recheckResultsListTheJavaConstants() {
        JsonNode schema = Json.tree(Json.resource(RECHECK_RECORDED.schemaResource()));

        assertThat(strings(schema.path("properties").path("result").path("enum"))).containsExactly(names(RecheckResult.values()));
    }

    @Test
    void aRectificationOrderNeedsItsDeadline() {
        assertThat(errors(RECTIFICATION_ORDERED, payload -> payload.putNull("deadline"))).isNotEmpty();
        assertThat(readerAccepts(RECTIFICATION_ORDERED, payload -> payload.putNull("deadline"))).isFalse();
        assertThat(readerAccepts(RECTIFICATION_ORDERED, payload -> payload.remove("deadline"))).isFalse();
    }

    // --- corrections (event-corrected)

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 9, Long.MAX_VALUE, -1, Long.MIN_VALUE})
    void schemaAndReaderAgreeOnCorrectedSequences(long sequence) {
        assertAgree(EVENT_CORRECTED, payload -> payload.put("correctedSequence", sequence));
    }

    @Test
    void schemaAndReaderAgreeThatACorrectedSequenceIsAWholeNumber() {
        assertAgree(EVENT_CORRECTED, payload -> payload.put("correctedSequence", new java.math.BigDecimal("9.5")));
        assertAgree(EVENT_CORRECTED, payload -> payload.put("correctedSequence", "9"));
        assertThat(schemaAccepts(EVENT_CORRECTED, payload -> payload.put("correctedSequence", "9"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\t\n", "\u00a0", "竣工验收备案表核定"})
    void schemaAndReaderAgreeOnCorrectionReasons(String reason) {
        assertAgree(EVENT_CORRECTED, payload -> payload.put("reason", reason));
    }

    /** A type outside the project family, or a correction, is refused by both; an unknown project type by readers only. */
    @ParameterizedTest
    @ValueSource(strings = {"cn.edutrack.project.construction-completed.v1", "cn.edutrack.project.event-corrected.v1",
            "cn.edutrack.plan.target-set.v1", "cn.edutrack.project.construction-completed", "construction-completed.v1",
            "cn.edutrack.project.Construction-Completed.v1", "cn.edutrack.project.construction-completed.v0", ""})
    void schemaAndReaderAgreeOnCorrectedTypes(String correctedType) {
        assertAgree(EVENT_CORRECTED, payload -> payload.put("correctedType", correctedType));
    }

    @Test
    void theCorrectedPayloadIsAnObject() {
        assertThat(errors(EVENT_CORRECTED, payload -> payload.put("corrected", "{}")))
                .extracting(Error::getKeyword).containsExactly("type");
        assertThat(errors(EVENT_CORRECTED, payload -> payload.putNull("corrected"))).isNotEmpty();
        assertThat(readerAccepts(EVENT_CORRECTED, payload -> payload.put("corrected", "{}"))).isFalse();
        assertThat(readerAccepts(EVENT_CORRECTED, payload -> payload.putNull("corrected"))).isFalse();
    }

    /** The stored correction's payload conforms to the schema of the type it corrects. */
    @Test
    void theStoredCorrectedPayloadConformsToItsOwnTypesSchema() {
        JsonNode fixture = Json.tree(Json.fixture(EVENT_CORRECTED));
        EventType corrected = EventCatalog.byCeType(fixture.path("correctedType").asString()).orElseThrow();

        assertThat(corrected.eventClass()).isEqualTo(cn.edutrack.events.project.ConstructionCompleted.class);
        assertThat(Schemas.validate(corrected, fixture.path("corrected"))).isEmpty();
    }

    static Stream<Arguments> optionalProperties() {
        return EventCatalog.all().stream().filter(type -> !type.isProjectEvent() || STRICT_PROJECT_TYPES.contains(type))
                .flatMap(type -> {
                    JsonNode schema = Json.tree(Json.resource(type.schemaResource()));
                    List<String> required = strings(schema.path("required"));
                    return schema.path("properties").propertyNames().stream()
                            .filter(name -> !required.contains(name)).map(name -> Arguments.of(type, name));
                });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("optionalProperties")
    void acceptsNullOrAbsenceForEveryOptionalPlanProperty(EventType type, String property) {
        assertThat(errors(type, payload -> payload.putNull(property))).isEmpty();
        assertThat(errors(type, payload -> payload.remove(property))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/CN-45/XX市", "CN-45/XX市/", "CN-45//XX市"})
    void rejectsAnIllFormedParentJurisdiction(String parent) {
        assertThat(errors(JURISDICTION_REGISTERED, payload -> payload.put("parent", parent))).isNotEmpty();
        assertThat(readerAccepts(JURISDICTION_REGISTERED, payload -> payload.put("parent", parent))).isFalse();
    }

    /**
     * Rules between fields are beyond these schemas: a payload may conform and still be refused by readers. Listed
     * here so that the gap is known (and documented in the schemas' descriptions).
     */
    static Stream<Arguments> rulesOnlyReadersCheck() {
        return Stream.of(
                Arguments.of("a range with min above max", INDICATOR_DEFINED, (Consumer<ObjectNode>) payload -> payload
                        .withObject("target").put("comparator", "RANGE").putNull("value").put("min", 3).put("max", 2)),
                Arguments.of("a period reversed", PLAN_REGISTERED,
                        (Consumer<ObjectNode>) payload -> payload.put("periodFrom", 2025).put("periodTo", 2021)),
                Arguments.of("a baseline year after the start", PLAN_REGISTERED,
                        (Consumer<ObjectNode>) payload -> payload.put("baselineYear", 2022)),
                Arguments.of("a parent that is not above", JURISDICTION_REGISTERED,
                        (Consumer<ObjectNode>) payload -> payload.put("parent", "CN-45/YY市")),
                Arguments.of("a target without figure or 'unquantified'", TARGET_SET,
                        (Consumer<ObjectNode>) payload -> payload.putNull("planned")),
                Arguments.of("a contribution without any target", ASSIGNED_TO_PLAN,
                        (Consumer<ObjectNode>) payload -> payload.putNull("targetId")),
                Arguments.of("a target without its programme", ASSIGNED_TO_PLAN,
                        (Consumer<ObjectNode>) payload -> payload.putNull("programmeId")),
                Arguments.of("a project that is its own portfolio", ASSIGNED_TO_PLAN,
                        (Consumer<ObjectNode>) payload -> payload.put("parent", "PRJ-2022-XQ-0063")),
                Arguments.of("a rectification deadline before the order", RECTIFICATION_ORDERED,
                        (Consumer<ObjectNode>) payload -> payload.put("deadline", "2024-05-09")),
                Arguments.of("a new deadline before the re-check", RECHECK_RECORDED,
                        (Consumer<ObjectNode>) payload -> payload.put("newDeadline", "2024-07-04")),
                Arguments.of("a correction of an unknown project type", EVENT_CORRECTED,
                        (Consumer<ObjectNode>) payload -> payload.put("correctedType", "cn.edutrack.project.demolished.v1")),
                Arguments.of("a corrected payload of another type", EVENT_CORRECTED,
                        (Consumer<ObjectNode>) payload -> payload.put("correctedType", "cn.edutrack.project.approved.v1")),
                Arguments.of("a corrected payload that does not read as its type", EVENT_CORRECTED,
                        (Consumer<ObjectNode>) payload -> payload.withObject("corrected").put("floorAreaSquareMetres", "12345.60")),
                Arguments.of("a corrected payload of another project", EVENT_CORRECTED,
                        (Consumer<ObjectNode>) payload -> payload.withObject("corrected").put("projectId", "PRJ-2021-XQ-0102")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesOnlyReadersCheck")
    void aRuleBetweenFieldsIsCheckedByReadersOnly(String rule, EventType type, Consumer<ObjectNode> change) {
        assertThat(schemaAccepts(type, change)).isTrue();
        assertThat(readerAccepts(type, change)).isFalse();
    }

    private static void assertAgree(EventType type, Consumer<ObjectNode> change) {
        ObjectNode payload = Json.object(Json.fixture(type));
        change.accept(payload);

        assertThat(schemaAccepts(type, change)).as("schema accepts %s", payload).isEqualTo(readerAccepts(type, change));
    }

    private static boolean schemaAccepts(EventType type, Consumer<ObjectNode> change) {
        return errors(type, change).isEmpty();
    }

    private static boolean readerAccepts(EventType type, Consumer<ObjectNode> change) {
        ObjectNode payload = Json.object(Json.fixture(type));
        change.accept(payload);
        try {
            EventJson.read(type.ceType(), Json.bytes(payload));
            return true;
        } catch (MalformedEventException e) {
            return false;
        }
    }

    private static String[] names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
    }

    /** Validates the stored fixture of the type after a change. */
    private static List<Error> errors(EventType type, Consumer<ObjectNode> change) {
        ObjectNode payload = Json.object(Json.fixture(type));
        change.accept(payload);
        return Schemas.validate(type, payload);
    }

    private static JsonNode commonDefinition(String name) {
        return Json.tree(Json.resource(Schemas.COMMON_RESOURCE)).path("$defs").path(name);
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
