package cn.edutrack.command.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "cn.edutrack.command", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandSideArchitectureTest {

    @ArchTest
    static final ArchRule domainHasNoWebPersistenceOrKafkaTypes = noClasses()
            .that().resideInAnyPackage("cn.edutrack.command.project.domain..", "cn.edutrack.command.plan.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "org.springframework.jdbc..",
                    "jakarta.servlet..", "jakarta.persistence..", "java.sql..", "org.apache.kafka..",
                    "org.springframework.kafka..", "tools.jackson..",
                    "cn.edutrack.command.project.web..", "cn.edutrack.command.project.publishing..",
                    "cn.edutrack.command.plan.web..", "cn.edutrack.command.plan.file..",
                    "cn.edutrack.command.plan.importing..", "cn.edutrack.command.idempotency..");

    /** A project refers to its plan by id; neither aggregate's rules reach into the other's package. */
    @ArchTest
    static final ArchRule planDomainDoesNotDependOnProjectDomain = noClasses()
            .that().resideInAPackage("cn.edutrack.command.plan.domain..")
            .should().dependOnClassesThat().resideInAPackage("cn.edutrack.command.project.domain..");

    @ArchTest
    static final ArchRule projectDomainDoesNotDependOnPlanDomain = noClasses()
            .that().resideInAPackage("cn.edutrack.command.project.domain..")
            .should().dependOnClassesThat().resideInAPackage("cn.edutrack.command.plan.domain..");

    @ArchTest
    static final ArchRule commandSideNeverReadsTheQuerySide = noClasses()
            .should().dependOnClassesThat().resideInAPackage("cn.edutrack.query..");

    @ArchTest
    static final ArchRule onlyThePublisherTalksToKafka = noClasses()
            .that().resideOutsideOfPackage("cn.edutrack.command.project.publishing..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");
}
