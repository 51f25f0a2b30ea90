package cn.edutrack.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import cn.edutrack.events.project.ProjectEvent;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The published language depends on nothing of ours and no framework; its events are plain records. */
@AnalyzeClasses(packages = "cn.edutrack.events", importOptions = ImportOption.DoNotIncludeTests.class)
class EventsArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnTheJdkAndJackson = classes()
            .that().resideInAPackage("cn.edutrack.events..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "com.fasterxml.jackson.annotation..", "tools.jackson..", "cn.edutrack.events..");

    @ArchTest
    static final ArchRule eventsAreRecordsImplementingProjectEvent = classes()
            .that().resideInAPackage("cn.edutrack.events.project")
            .and().areNotInterfaces()
            .should().beRecords()
            .andShould().implement(ProjectEvent.class);
}
