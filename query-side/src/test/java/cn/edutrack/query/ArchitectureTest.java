package cn.edutrack.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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

    /** The projection bookkeeping and the web plumbing serve every feature and know none of them. */
    @ArchTest
    static final ArchRule sharedPackagesKnowNoFeature = noClasses()
            .that().resideInAnyPackage("cn.edutrack.query.projection..", "cn.edutrack.query.web..")
            .should().dependOnClassesThat().resideInAPackage("cn.edutrack.query.project..");
}
