package cn.edutrack.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.edutrack.events.plan.TargetSet;
import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.RecheckRecorded;
import cn.edutrack.events.project.RectificationOrdered;
import cn.edutrack.events.project.SummonsIssued;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The records built since plans arrived (the plan events, assigned-to-plan, the supervision events and corrections) and their schemas say the same
 * thing about null: a property the schema requires is never null in the record (the constructor refuses null, or
 * turns a missing list into an empty one), and a property the schema leaves optional is one the record accepts as
 * null. Built on the stored fixtures, one component at a time.
 */
class RecordsAgreeWithSchemasTest {

    private static final Set<String> ENVELOPE = Set.of("businessDate", "recordedAt");

    static Stream<EventType> newTypes() {
        return Stream.concat(EventCatalog.planEvents().stream(), Stream.of(ProjectAssignedToPlan.class,
                RectificationOrdered.class, SummonsIssued.class, RecheckRecorded.class, EventCorrected.class).map(EventCatalog::of));
    }

    /** Every type, the released project events too: none may be built without its subject and both times. */
    static Stream<Arguments> envelopes() {
        return EventCatalog.all().stream().flatMap(type -> Stream.of(
                Arguments.of(type, type.eventClass().getRecordComponents()[0].getName()),
                Arguments.of(type, "businessDate"),
                Arguments.of(type, "recordedAt")));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("envelopes")
    void anEventNeedsItsEnvelope(EventType type, String component) {
        Record fixture = (Record) StoredFixtures.expected(type);

        assertThatThrownBy(() -> Records.with(fixture, component, null)).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> requiredProperties() {
        return newTypes().flatMap(type -> schemaRequired(type).stream()
                .filter(property -> !Records.isPrimitive(recordClass(type), property))
                .map(property -> Arguments.of(type, property)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("requiredProperties")
    void aPropertyTheSchemaRequiresIsNeverNullInTheRecord(EventType type, String property) {
        Record fixture = (Record) StoredFixtures.expected(type);

        Record built;
        try {
            built = Records.with(fixture, property, null);
        } catch (IllegalArgumentException | NullPointerException refused) {
            return;
        }
        assertThat(Records.get(built, property)).as("%s.%s built from null", type.shortName(), property).isNotNull();
    }

    static Stream<Arguments> optionalProperties() {
        return newTypes().flatMap(type -> {
            List<String> required = schemaRequired(type);
            return Stream.of(recordClass(type).getRecordComponents())
                    .map(component -> component.getName())
                    .filter(name -> !required.contains(name))
                    .map(name -> Arguments.of(type, name));
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("optionalProperties")
    void aPropertyTheSchemaLeavesOptionalMayBeNullInTheRecord(EventType type, String property) {
        Record fixture = whereNullIsAllowed((Record) StoredFixtures.expected(type), property);

        Record built = Records.with(fixture, property, null);

        assertThat(Records.get(built, property)).isNull();
        assertThat(ENVELOPE).doesNotContain(property);
    }

    @ParameterizedTest
    @MethodSource("newTypes")
    void primitivesAreRequiredInTheSchema(EventType type) {
        List<String> required = schemaRequired(type);

        assertThat(Stream.of(recordClass(type).getRecordComponents()).filter(c -> c.getType().isPrimitive())
                .map(c -> c.getName())).allMatch(required::contains);
    }

    /**
     * Some optional properties are optional under a condition the schema leaves to readers: a target without a
     * figure is flagged 'unquantified'; an assignment without a main target has contributions naming theirs (or
     * none), and one without a programme has no target either.
     */
    private static Record whereNullIsAllowed(Record fixture, String property) {
        if (fixture instanceof TargetSet && property.equals("planned")) {
            return Records.with(fixture, "flags", List.of("estimate", "unquantified"));
        }
        if (fixture instanceof ProjectAssignedToPlan && (property.equals("targetId") || property.equals("programmeId"))) {
            Record withoutContributions = Records.with(fixture, "contributions", List.of());
            return property.equals("programmeId") ? Records.with(withoutContributions, "targetId", null) : withoutContributions;
        }
        return fixture;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Record> recordClass(EventType type) {
        return (Class<? extends Record>) type.eventClass();
    }

    private static List<String> schemaRequired(EventType type) {
        JsonNode required = Json.tree(Json.resource(type.schemaResource())).path("required");
        return StreamSupport.stream(required.spliterator(), false).map(JsonNode::asString).toList();
    }
}
