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
            .that().resideInAPackage("cn.edutrack.command.project.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "org.springframework.jdbc..",
                    "jakarta.servlet..", "jakarta.persistence..", "java.sql..", "org.apache.kafka..",
                    "org.springframework.kafka..", "tools.jackson..",
                    "cn.edutrack.command.project.web..", "cn.edutrack.command.project.publishing..",
                    "cn.edutrack.command.idempotency..");

    @ArchTest
    static final ArchRule commandSideNeverReadsTheQuerySide = noClasses()
            .should().dependOnClassesThat().resideInAPackage("cn.edutrack.query..");

    @ArchTest
    static final ArchRule onlyThePublisherTalksToKafka = noClasses()
            .that().resideOutsideOfPackage("cn.edutrack.command.project.publishing..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");
}
