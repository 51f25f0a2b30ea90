package cn.edutrack.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.project.projection.ProjectReplay;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

/** The boundaries of the query side, checked on its compiled classes (tests excluded). */
@AnalyzeClasses(packages = "cn.edutrack.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The query side learns about projects only from the published events, never from the command side's code. */
    @ArchTest
    static final ArchRule queryNeverUsesTheCommandSideOrAxon = noClasses()
            .that().resideInAPackage("cn.edutrack.query..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.edutrack.command..", "org.axonframework..");

    /**
     * The projection's code, but for its replay: what an answer as of a date or as known at a time replays events with,
     * into scratch tables of the request's transaction (never the live ones).
     */
    private static final DescribedPredicate<JavaClass> PROJECTION_BUT_THE_REPLAY =
            JavaClass.Predicates.resideInAPackage("cn.edutrack.query.project.projection..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(ProjectReplay.class)))
                    .as("the project projection (other than ProjectReplay)");

    /**
     * Answering questions only reads: the HTTP API does not reach into the projection that writes, except through its
     * replay into scratch tables.
     */
    @ArchTest
    static final ArchRule theApiDoesNotUseTheProjection = noClasses()
            .that().resideInAPackage("cn.edutrack.query.project.api..")
            .should().dependOnClassesThat(PROJECTION_BUT_THE_REPLAY);

    /**
     * Nor do the plan and progress APIs: they read the tables, they never reach into the projections that write them
     * (the figures as known at a time replay the plan's projects into scratch tables, through the replay alone).
     */
    @ArchTest
    static final ArchRule planAndProgressQueriesDoNotUseProjections = noClasses()
            .that().resideInAnyPackage("cn.edutrack.query.plan.api..", "cn.edutrack.query.progress..")
            .should().dependOnClassesThat(PROJECTION_BUT_THE_REPLAY
                    .or(JavaClass.Predicates.resideInAPackage("cn.edutrack.query.plan.projection.."))
                    .as("the projections (other than ProjectReplay)"));

    /** Only the project and progress APIs replay: the plan side, the pure rules and the shared packages never do. */
    @ArchTest
    static final ArchRule onlyTheApisUseTheReplay = noClasses()
            .that().resideInAnyPackage("cn.edutrack.query.progress", "cn.edutrack.query.plan..",
                    "cn.edutrack.query.projection..", "cn.edutrack.query.web..", "cn.edutrack.query.readmodel..",
                    "cn.edutrack.query.access..")
            .should().dependOnClassesThat().belongToAnyOf(ProjectReplay.class);

    /** The rules of progress are pure: no database, no web, no Spring. */
    @ArchTest
    static final ArchRule progressRulesArePure = noClasses()
            .that().resideInAPackage("cn.edutrack.query.progress")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                    "cn.edutrack.query.web..", "cn.edutrack.query.readmodel..");

    /**
     * The projection bookkeeping, the web plumbing, the read-model helpers and the access rules serve every feature and
     * know none of them.
     */
    @ArchTest
    static final ArchRule sharedPackagesKnowNoFeature = noClasses()
            .that().resideInAnyPackage("cn.edutrack.query.projection..", "cn.edutrack.query.web..",
                    "cn.edutrack.query.readmodel..", "cn.edutrack.query.access..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.edutrack.query.project..", "cn.edutrack.query.plan..",
                    "cn.edutrack.query.progress..");

    /** Every controller answers in the caller's scope: none leaves the rows it returns unchecked. */
    @ArchTest
    static final ArchRule everyControllerScopesItsAnswers = classes()
            .that().resideInAPackage("cn.edutrack.query..").and().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAssignableTo(CallerScope.class);
}
