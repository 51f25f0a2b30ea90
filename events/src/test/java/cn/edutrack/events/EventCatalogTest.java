package cn.edutrack.events;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.edutrack.events.plan.PlanEvent;
import cn.edutrack.events.plan.TargetSet;
import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.ProgressReported;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.ProjectEvent;
import cn.edutrack.events.project.RecheckRecorded;
import cn.edutrack.events.project.RectificationOrdered;
import cn.edutrack.events.project.SummonsIssued;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue, the schemas and the stored fixtures describe the same set of event types. */
class EventCatalogTest {

    @Test
    void everyProjectEventRecordIsCatalogued() {
        assertThat(classesOf(EventCatalog.projectEvents()))
                .containsExactlyInAnyOrder(ProjectEvent.class.getPermittedSubclasses());
    }

    @Test
    void everyPlanEventRecordIsCatalogued() {
        assertThat(classesOf(EventCatalog.planEvents()))
                .containsExactlyInAnyOrder(PlanEvent.class.getPermittedSubclasses());
    }

    @Test
    void theCatalogueIsExactlyTheTwoFamilies() {
        Set<Class<?>> both = Stream.concat(Arrays.stream(ProjectEvent.class.getPermittedSubclasses()),
                Arrays.stream(PlanEvent.class.getPermittedSubclasses())).collect(Collectors.toSet());

        assertThat(classesOf(EventCatalog.all())).isEqualTo(both);
        assertThat(EventCatalog.all()).hasSize(36);
        assertThat(EventCatalog.projectEvents()).hasSize(28).contains(EventCatalog.of(ProjectAssignedToPlan.class),
                EventCatalog.of(RectificationOrdered.class), EventCatalog.of(SummonsIssued.class),
                EventCatalog.of(RecheckRecorded.class), EventCatalog.of(EventCorrected.class));
        assertThat(EventCatalog.planEvents()).hasSize(8);
        assertThat(Stream.concat(EventCatalog.projectEvents().stream(), EventCatalog.planEvents().stream()))
                .containsExactlyInAnyOrderElementsOf(EventCatalog.all());
    }

    @Test
    void projectTypesAreNamedAndPublishedAsProjectEvents() {
        assertThat(EventCatalog.projectEvents()).allSatisfy(type -> {
            assertThat(type.name()).startsWith(EventTypes.PREFIX);
            assertThat(ProjectEvent.class).isAssignableFrom(type.eventClass());
            assertThat(type.isProjectEvent()).isTrue();
            assertThat(type.topic()).isEqualTo(Topics.PROJECT_EVENTS);
        });
    }

    @Test
    void planTypesAreNamedAndPublishedAsPlanEvents() {
        assertThat(EventCatalog.planEvents()).allSatisfy(type -> {
            assertThat(type.name()).startsWith(EventTypes.PLAN_PREFIX);
            assertThat(PlanEvent.class).isAssignableFrom(type.eventClass());
            assertThat(type.isProjectEvent()).isFalse();
            assertThat(type.topic()).isEqualTo(Topics.PLAN_EVENTS);
        });
    }

    @Test
    void theTwoTopicsAndPrefixesAreDistinct() {
        assertThat(Topics.PLAN_EVENTS).isEqualTo("edutrack.plan-events.v1").isNotEqualTo(Topics.PROJECT_EVENTS);
        assertThat(Topics.PLAN_EVENTS_PARTITIONS).isEqualTo(3);
        assertThat(EventTypes.PLAN_PREFIX).isEqualTo("cn.edutrack.plan.");
        assertThat(EventTypes.PREFIX).doesNotStartWith(EventTypes.PLAN_PREFIX);
        assertThat(EventTypes.PLAN_PREFIX).doesNotStartWith(EventTypes.PREFIX);
    }

    @Test
    void ceTypeIsNameDotVersionAndUnique() {
        assertThat(EventCatalog.all()).allSatisfy(type -> {
            assertThat(type.ceType()).isEqualTo(type.name() + ".v" + type.version());
            assertThat(EventCatalog.byCeType(type.ceType())).contains(type);
        });
        assertThat(EventCatalog.all()).extracting(EventType::ceType).doesNotHaveDuplicates();
        assertThat(EventCatalog.byCeType(EventTypes.FUNDING_ALLOCATED + ".v1").orElseThrow().dataSchemaUri())
                .isEqualTo("urn:edutrack:schema:funding-allocated:v1");
        assertThat(EventCatalog.byCeType(EventTypes.TARGET_SET + ".v1").orElseThrow().dataSchemaUri())
                .isEqualTo("urn:edutrack:schema:target-set:v1");
    }

    /** Schema and fixture files, and ce_dataschema, are named by the short name alone. */
    @Test
    void shortNamesAreUniqueAcrossFamilies() {
        assertThat(EventCatalog.all()).extracting(type -> type.shortName() + ".v" + type.version()).doesNotHaveDuplicates();
        assertThat(EventCatalog.all()).extracting(EventType::dataSchemaUri).doesNotHaveDuplicates();
        assertThat(EventCatalog.all()).extracting(EventType::schemaResource).doesNotHaveDuplicates();
    }

    @Test
    void aTypeNamedForTheOtherFamilyIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventType(EventTypes.PREFIX + "target-set", 1, TargetSet.class));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventType(EventTypes.PLAN_PREFIX + "progress-reported", 1, ProgressReported.class));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventType("cn.edutrack.audit.progress-reported", 1, ProgressReported.class));
    }

    @Test
    void anUncataloguedRecordHasNoType() {
        assertThat(EventCatalog.byCeType(EventTypes.TARGET_SET + ".v2")).isEmpty();
        assertThat(EventCatalog.byCeType(EventTypes.PREFIX + "target-set.v1")).isEmpty();
        assertThat(EventCatalog.byCeType(null)).isEmpty();
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

    private static Set<Class<?>> classesOf(List<EventType> types) {
        return types.stream().map(EventType::eventClass).collect(Collectors.toSet());
    }

    private static Set<String> filesIn(String classPathDirectory) throws IOException, URISyntaxException {
        Path directory = Path.of(EventCatalogTest.class.getResource(classPathDirectory).toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
