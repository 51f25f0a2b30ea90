package cn.edutrack.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import cn.edutrack.events.plan.PlanEvent;
import cn.edutrack.events.project.ProjectEvent;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The published language depends on nothing of ours and no framework; its events are plain records of one of
 * two families, each in its package. Value records (Quantity, Baseline, SourceQuote, a contribution) live beside
 * the events but are not events.
 */
@AnalyzeClasses(packages = "cn.edutrack.events", importOptions = ImportOption.DoNotIncludeTests.class)
class EventsArchitectureTest {

    private static final String PROJECT_PACKAGE = "cn.edutrack.events.project";
    private static final String PLAN_PACKAGE = "cn.edutrack.events.plan";

    @ArchTest
    static final ArchRule dependsOnlyOnTheJdkAndJackson = classes()
            .that().resideInAPackage("cn.edutrack.events..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "com.fasterxml.jackson.annotation..", "tools.jackson..", "cn.edutrack.events..");

    @ArchTest
    static final ArchRule eventsAreRecords = classes()
            .that().areAssignableTo(DomainEvent.class).and().areNotInterfaces()
            .should().beRecords();

    /** DomainEvent cannot be sealed across packages; this rule stands in for it. */
    @ArchTest
    static final ArchRule everyEventIsAProjectEventOrAPlanEvent = classes()
            .that().areAssignableTo(DomainEvent.class).and().areNotInterfaces()
            .should().beAssignableTo(ProjectEvent.class).orShould().beAssignableTo(PlanEvent.class);

    @ArchTest
    static final ArchRule theOnlyEventInterfacesAreTheTwoFamilies = classes()
            .that().areAssignableTo(DomainEvent.class).and().areInterfaces()
            .should().be(DomainEvent.class).orShould().be(ProjectEvent.class).orShould().be(PlanEvent.class);

    @ArchTest
    static final ArchRule projectEventsLiveInTheProjectPackage = classes()
            .that().areAssignableTo(ProjectEvent.class)
            .should().resideInAPackage(PROJECT_PACKAGE);

    @ArchTest
    static final ArchRule planEventsLiveInThePlanPackage = classes()
            .that().areAssignableTo(PlanEvent.class)
            .should().resideInAPackage(PLAN_PACKAGE);

    /** Top-level classes of the project package are its events; nested records (a contribution) are values. */
    @ArchTest
    static final ArchRule topLevelClassesOfTheProjectPackageAreProjectEventRecords = classes()
            .that().resideInAPackage(PROJECT_PACKAGE).and().areTopLevelClasses().and().areNotInterfaces()
            .should().beRecords().andShould().beAssignableTo(ProjectEvent.class);

    @ArchTest
    static final ArchRule eventsOfThePlanPackageArePlanEvents = classes()
            .that().resideInAPackage(PLAN_PACKAGE).and().areAssignableTo(DomainEvent.class).and().areNotInterfaces()
            .should().beAssignableTo(PlanEvent.class);

    /** Whatever else the plan package holds is an immutable value: a record, an enum or a constants holder. */
    @ArchTest
    static final ArchRule valuesOfThePlanPackageAreImmutable = classes()
            .that().resideInAPackage(PLAN_PACKAGE).and().areNotInterfaces()
            .and().areNotAssignableTo(DomainEvent.class)
            .should().beRecords().orShould().beEnums().orShould().haveOnlyFinalFields();
}
