package cn.edutrack.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Payloads as released stay readable: each stored fixture reads into its record with the expected
 * values, conforms to its schema, and the writer still writes it the same way.
 */
class StoredFixturesTest {

    static List<EventType> types() {
        return EventCatalog.all();
    }

    @ParameterizedTest
    @MethodSource("types")
    void fixtureReadsAsTheExpectedRecord(EventType type) {
        DomainEvent event = EventJson.read(type.ceType(), Json.fixture(type));

        assertThat(event).isInstanceOf(type.eventClass()).isEqualTo(StoredFixtures.expected(type));
    }

    @ParameterizedTest
    @MethodSource("types")
    void fixtureConformsToItsSchema(EventType type) {
        assertThat(Schemas.validate(type, Json.tree(Json.fixture(type)))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("types")
    void writtenRecordReadsBackEqual(EventType type) {
        DomainEvent event = EventJson.read(type.ceType(), Json.fixture(type));

        DomainEvent again = EventJson.read(type.ceType(), EventJson.write(event));

        assertThat(again).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("types")
    void writtenRecordConformsToItsSchema(EventType type) {
        byte[] written = EventJson.write(StoredFixtures.expected(type));

        assertThat(Schemas.validate(type, Json.tree(written))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("types")
    void writerStillWritesTheStoredShape(EventType type) {
        byte[] written = EventJson.write(StoredFixtures.expected(type));

        assertThat(Json.tree(written)).isEqualTo(Json.tree(Json.fixture(type)));
    }
}
