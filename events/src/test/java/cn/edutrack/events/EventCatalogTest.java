package cn.edutrack.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.project.ProgressReported;
import cn.edutrack.events.project.ProjectEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue, the schemas and the stored fixtures describe the same set of event types. */
class EventCatalogTest {

    @Test
    void everyProjectEventRecordIsCatalogued() {
        Set<Class<?>> catalogued = EventCatalog.all().stream().map(EventType::eventClass).collect(Collectors.toSet());

        assertThat(catalogued).containsExactlyInAnyOrder(ProjectEvent.class.getPermittedSubclasses());
    }

    @Test
    void ceTypeIsNameDotVersionAndUnique() {
        assertThat(EventCatalog.all()).allSatisfy(type -> {
            assertThat(type.name()).startsWith(EventTypes.PREFIX);
            assertThat(type.ceType()).isEqualTo(type.name() + ".v" + type.version());
            assertThat(EventCatalog.byCeType(type.ceType())).contains(type);
        });
        assertThat(EventCatalog.all()).extracting(EventType::ceType).doesNotHaveDuplicates();
        assertThat(EventCatalog.byCeType(EventTypes.FUNDING_ALLOCATED + ".v1").orElseThrow().dataSchemaUri())
                .isEqualTo("urn:edutrack:schema:funding-allocated:v1");
    }

    @Test
    void everyTypeHasASchemaResource() {
        assertThat(EventCatalog.all()).allSatisfy(type ->
                assertThat(EventType.class.getResource(type.schemaResource())).as(type.schemaResource()).isNotNull());
    }

    @Test
    void everyTypeHasAStoredFixture() {
        assertThat(EventCatalog.all()).allSatisfy(type ->
                assertThat(EventType.class.getResource(Json.fixturePath(type))).as(Json.fixturePath(type)).isNotNull());
    }

    @Test
    void noSchemaFileWithoutACataloguedType() throws Exception {
        Set<String> expected = EventCatalog.all().stream()
                .map(type -> Path.of(type.schemaResource()).getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        expected.add(Path.of(Schemas.COMMON_RESOURCE).getFileName().toString());

        assertThat(filesIn("/schemas")).isEqualTo(expected);
    }

    @Test
    void noFixtureWithoutACataloguedType() throws Exception {
        Set<String> expected = EventCatalog.all().stream()
                .map(type -> Path.of(Json.fixturePath(type)).getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(filesIn("/fixtures")).isEqualTo(expected);
    }

    @Test
    void schemaUriIsDerivedFromTheShortNameAndVersion() {
        EventType type = new EventType(EventTypes.PROGRESS_REPORTED, 2, ProgressReported.class);

        assertThat(type.shortName()).isEqualTo("progress-reported");
        assertThat(type.ceType()).isEqualTo("cn.edutrack.project.progress-reported.v2");
        assertThat(type.schemaResource()).isEqualTo("/schemas/progress-reported.v2.schema.json");
        assertThat(type.dataSchemaUri()).isEqualTo("urn:edutrack:schema:progress-reported:v2");
    }

    @Test
    void recordsMapToTheirType() {
        assertThat(EventCatalog.all()).allSatisfy(type -> assertThat(EventCatalog.of(type.eventClass())).isEqualTo(type));
    }

    private static Set<String> filesIn(String classPathDirectory) throws IOException, URISyntaxException {
        Path directory = Path.of(EventCatalogTest.class.getResource(classPathDirectory).toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
