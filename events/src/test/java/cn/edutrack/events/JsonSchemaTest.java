package cn.edutrack.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProgressReported;
import cn.edutrack.events.project.ProjectApproved;
import cn.edutrack.events.project.ProjectRegistered;
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
        assertThat(strings(schema.path("required"))).contains("projectId", "businessDate", "recordedAt")
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
