package cn.edutrack.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.edutrack.query.access.CallerScope;
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

    /** Answering questions only reads: the HTTP API does not reach into the projection that writes. */
    @ArchTest
    static final ArchRule theApiDoesNotUseTheProjection = noClasses()
            .that().resideInAPackage("cn.edutrack.query.project.api..")
            .should().dependOnClassesThat().resideInAPackage("cn.edutrack.query.project.projection..");

    /** Nor do the plan and progress APIs: they read the tables, they never reach into the projections that write them. */
    @ArchTest
    static final ArchRule planAndProgressQueriesDoNotUseProjections = noClasses()
            .that().resideInAnyPackage("cn.edutrack.query.plan.api..", "cn.edutrack.query.progress..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.edutrack.query.project.projection..",
                    "cn.edutrack.query.plan.projection..");

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
