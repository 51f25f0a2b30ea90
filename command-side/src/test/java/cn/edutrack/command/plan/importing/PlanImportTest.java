package cn.edutrack.command.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.plan.file.PlanFile;
import cn.edutrack.command.plan.file.PlanFileParser;
import cn.edutrack.command.support.CommandSideIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Importing plan files through {@code POST /api/plan-imports} against real PostgreSQL: all or nothing, the same
 * file again records nothing, a changed target becomes a revision, every error is reported and nothing is
 * stored. Each test imports its own copy of a demo plan under a fresh plan id and fresh project ids.
 */
class PlanImportTest extends CommandSideIntegrationTest {

    @Test
    void importsEveryRecordOfTheFileAndTheSameFileAgainRecordsNothing() {
        String text = uniqueCopy("xx-district-2021-2025.yaml");
        PlanFile file = PlanFileParser.parse("xx.yaml", text).orThrow();
        long before = allEvents();

        Answer first = importFile("xx.yaml", text, false);

        assertThat(first.status()).isEqualTo(201);
        JsonNode result = first.body();
        int planEvents = 1 + file.indicators().size() + file.programmes().size() + file.targets().size();
        assertThat(result.get("planId").asString()).isEqualTo(file.plan().id());
        assertThat(result.get("plansRegistered").asInt()).isEqualTo(1);
        assertThat(result.get("indicatorsDefined").asInt()).isEqualTo(file.indicators().size());
        assertThat(result.get("programmesDefined").asInt()).isEqualTo(file.programmes().size());
        assertThat(result.get("targetsSet").asInt()).isEqualTo(file.targets().size());
        assertThat(result.get("projectsRegistered").asInt()).isEqualTo(file.projects().size());
        assertThat(result.get("projectAssignments").asInt()).isEqualTo(file.projects().size());
        assertThat(storedEvents(file.plan().id())).isEqualTo(planEvents);
        long jurisdictionEvents = result.get("jurisdictionsRegistered").asLong();
        assertThat(allEvents() - before).isEqualTo(result.get("eventsRecorded").asLong())
                .isEqualTo(planEvents + 2L * file.projects().size() + jurisdictionEvents);

        long afterFirst = allEvents();
        Answer again = importFile("xx.yaml", text, false);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("unchanged").asBoolean()).isTrue();
        assertThat(again.body().get("eventsRecorded").asInt()).isZero();
        assertThat(allEvents()).isEqualTo(afterFirst);
    }

    @Test
    void aChangedTargetInAReimportBecomesARevisionEvent() {
        String text = uniqueCopy("gulou-2021-2025.yaml");
        PlanFile file = PlanFileParser.parse("gulou.yaml", text).orThrow();
        assertThat(importFile("gulou.yaml", text, false).status()).isEqualTo(201);
        PlanFile.Target target = file.targets().stream().filter(t -> t.planned() != null && t.planned().value() != null)
                .findFirst().orElseThrow();
        String changed = text.replaceFirst("(?s)(- id: " + target.id() + "\\n.*?value: )" + target.planned().value().toPlainString(),
                "$1" + target.planned().value().add(java.math.BigDecimal.ONE).toPlainString());
        assertThat(changed).isNotEqualTo(text);

        Answer answer = importFile("gulou-v2.yaml", changed, false);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().get("targetRevisions").asInt()).isEqualTo(1);
        assertThat(answer.body().get("eventsRecorded").asInt()).isEqualTo(1);
        String reason = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domainevententry
                        WHERE aggregateidentifier = :plan AND payloadtype = 'cn.edutrack.events.plan.TargetRevised'""")
                .param("plan", file.plan().id()).query(String.class).single();
        assertThat(reason).contains(target.id()).contains("gulou-v2.yaml");
    }

    @Test
    void aFileWithErrorsIsRefusedWithEveryErrorAndNothingIsStored() {
        String text = uniqueCopy("shidian-2021.yaml")
                .replaceFirst("comparator: [a-z_]+", "comparator: roughly")
                .replaceFirst("as_written: \"", "as_writen: \"");
        long before = allEvents();

        Answer answer = importFile("broken.yaml", text, false);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:edutrack:problem:plan-file-invalid");
        List<String> rules = new ArrayList<>();
        answer.body().get("errors").forEach(e -> {
            assertThat(e.get("file").asString()).isEqualTo("broken.yaml");
            assertThat(e.get("line").asInt()).isPositive();
            assertThat(e.get("field").asString()).isNotBlank();
            rules.add(e.get("rule").asString());
        });
        assertThat(rules).contains("unknown-comparator", "unknown-key");
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void aConflictWithRecordedDataLateInTheFileLeavesNothingOfTheFileBehind() {
        String text = uniqueCopy("xx-district-2021-2025.yaml");
        PlanFile file = PlanFileParser.parse("xx.yaml", text).orThrow();
        assertThat(importFile("xx.yaml", text, false).status()).isEqualTo(201);
        PlanFile.Indicator indicator = file.indicators().get(0);
        PlanFile.Programme programme = file.programmes().get(file.programmes().size() - 1);
        // an indicator's target changes (a revision, early in the file) and a programme is renamed (a conflict, later)
        String changed = text
                .replaceFirst("(?s)(- id: " + indicator.id() + "\\n.*?target:.*?value: )" + indicator.target().quantity().value().toPlainString(),
                        "$1" + indicator.target().quantity().value().subtract(java.math.BigDecimal.ONE).toPlainString())
                .replace("name: \"" + programme.name() + "\"", "name: \"" + programme.name() + "（改）\"");
        long before = allEvents();

        Answer answer = importFile("xx-v2.yaml", changed, false);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:edutrack:problem:plan-import-conflict");
        JsonNode errors = answer.body().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("programmes[" + (file.programmes().size() - 1) + "]");
        assertThat(errors.get(0).get("rule").asString()).isNotBlank();
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void aDryRunReportsWhatWouldBeRecordedAndStoresNothing() {
        String text = uniqueCopy("handan-2022.yaml");
        PlanFile file = PlanFileParser.parse("handan.yaml", text).orThrow();
        long before = allEvents();

        Answer answer = importFile("handan.yaml", text, true);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("dryRun").asBoolean()).isTrue();
        assertThat(answer.body().get("targetsSet").asInt()).isEqualTo(file.targets().size());
        assertThat(answer.body().get("projectsRegistered").asInt()).isEqualTo(file.projects().size());
        assertThat(allEvents()).isEqualTo(before);
        assertThat(storedEvents(file.plan().id())).isZero();
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedNamingTheBody() {
        Answer answer = importBytes("x.yaml", new byte[] {'f', 'o', (byte) 0xC3, (byte) 0x28}, false);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").get(0).get("field").asString()).isEqualTo("body");
    }

    @Test
    void aBodyFarLargerThanAnyPlanFileIsRefused() {
        Answer answer = importBytes("x.yaml", new byte[PlanImportController.MAX_BYTES + 1], false);

        assertThat(answer.status()).isEqualTo(413);
    }

    // -------------------------------------------------------------------------------------------------

    /** A demo plan file under a fresh plan id, with fresh project ids, so tests sharing a database keep apart. */
    static String uniqueCopy(String demoFile) {
        String text = read("/plan-files/" + demoFile);
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        PlanFile file = PlanFileParser.parse(demoFile, text).orThrow();
        String planId = file.plan().id();
        return text.replace("id: " + planId + "\n", "id: " + planId + "-" + tag.toLowerCase() + "\n")
                .replace("PRJ-", "PRJ-T" + tag + "-");
    }

    private static String read(String resource) {
        try (InputStream in = PlanImportTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long allEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private Answer importFile(String fileName, String text, boolean dryRun) {
        return importBytes(fileName, text.getBytes(StandardCharsets.UTF_8), dryRun);
    }

    private Answer importBytes(String fileName, byte[] body, boolean dryRun) {
        return post("/api/plan-imports?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8) + "&dryRun=" + dryRun,
                body, "application/yaml", Map.of());
    }
}
