package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the templates and code use exists in both bundles, and the bundles have the same keys. */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LITERAL = Pattern.compile("#\\{([A-Za-z0-9._-]+)[}(]");
    private static final Pattern MSG_CALL = Pattern.compile("#messages\\.msg(?:OrNull)?\\('([A-Za-z0-9._-]+)'\\)");
    private static final Pattern CODE_KEY = Pattern.compile("\"((?:field|error|flash|progress|rule)\\.[A-Za-z0-9.-]+)\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(TEMPLATES), Files.walk(Path.of("src/main/java")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                for (Pattern pattern : file.toString().endsWith(".java") ? List.of(CODE_KEY)
                        : List.of(LITERAL, MSG_CALL)) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        if (!m.group(1).endsWith(".")) {
                            keys.add(m.group(1));
                        }
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyTheTemplatesAndCodeUseIsInBothBundles() throws IOException {
        Set<String> used = usedKeys();
        assertThat(used).contains("login.error", "nav.dashboard", "field.percentComplete", "error.date",
                "flash.recorded", "flash.corrected", "error.nothing-changed", "correction.link", "error.status.other");
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties bundle = bundle(name);
            assertThat(used).as(name).allSatisfy(key -> assertThat(bundle).containsKey(key));
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("messages.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyLookedUpByNameHasBothLanguages() throws IOException {
        List<String> families = List.of(
                "event.registered", "event.approved", "event.funding-allocated", "event.construction-started",
                "event.progress-reported", "event.construction-completed", "event.acceptance-passed",
                "event.acceptance-failed", "event.put-into-service", "event.suspended", "event.resumed",
                "event.schedule-rebaselined", "event.budget-revised", "event.scope-revised", "event.handed-over",
                "event.site-decommissioned", "event.cancelled", "event.reform-launched", "event.reform-evaluated",
                "event.reform-concluded", "event.designation-applied", "event.designation-granted",
                "event.designation-rejected", "event.assigned-to-plan", "event.rectification-ordered",
                "event.summons-issued", "event.recheck-recorded", "event.event-corrected",
                "role.MANAGER", "role.SUPERVISOR", "role.AUDITOR", "role.ADMINISTRATOR",
                // the plan assignment form's option labels and the units of targets (cn.edutrack.events.plan.Counted)
                "form.target-option", "form.target-option-no-goal", "form.contribution", "form.contribution-to",
                "target-unit.SCHOOLS", "target-unit.KINDERGARTENS", "target-unit.PLACES", "target-unit.STREAMS",
                "target-unit.CLASSES", "target-unit.PERSONS", "target-unit.PERSON_TIMES", "target-unit.MONEY_YUAN",
                "target-unit.PERCENT", "target-unit.DESIGNATIONS", "target-unit.ITEMS",
                // the correction form: the inputs no recording form has, its labels, and every rule a correction or an
                // assignment to a plan may break (command-side Rule, PlanRule)
                "field.planReference", "field.recordedReason", "correction.reason",
                "rule.corrected-event-not-found", "rule.event-is-a-correction", "rule.event-not-correctable",
                "rule.field-not-correctable", "rule.invalid-correction", "rule.correction-changes-nothing",
                "rule.business-date-in-future", "rule.correction-breaks-stage-order", "rule.recheck-before-order",
                "rule.allocation-exceeds-budget", "rule.progress-out-of-range", "rule.amount-not-positive",
                "rule.invalid-schedule", "rule.reform-evaluation-failed", "rule.stale-expected-version",
                "rule.project-cancelled", "rule.own-portfolio", "rule.target-without-programme",
                "rule.contribution-without-target", "rule.invalid-assignment", "rule.unknown-plan-reference");
        Set<String> dynamic = new TreeSet<>(families);
        cn.edutrack.web.page.ProjectFilter.STATUSES.forEach(s -> dynamic.add("status." + s));
        cn.edutrack.web.page.ProjectFilter.SORTABLE.forEach(s -> dynamic.add("field." + s));
        for (cn.edutrack.web.page.RecordingForm form : cn.edutrack.web.page.RecordingForm.all()) {
            dynamic.add("action." + form.operation());
            for (cn.edutrack.web.page.FormField field : form.fields()) {
                dynamic.add("field." + field.name());
                field.options().forEach(option -> dynamic.add(field.optionPrefix() + option));
            }
        }
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties bundle = bundle(name);
            assertThat(dynamic).as(name).allSatisfy(key -> assertThat(bundle).containsKey(key));
        }
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(zh.getProperty("event.funding-allocated")).isEqualTo("资金下达");
        assertThat(en.getProperty("event.funding-allocated")).isEqualTo("Funding allocated");
        assertThat(dynamic).contains("action.acceptance-failures", "action.progress", "action.plan-assignment",
                "field.target", "field.contributionValue", "field.evidenceReference", "field.actualCapacity.places",
                "unit.WAN_YUAN",
                "kind.NEW_BUILD", "recheck-result.NOT_RECTIFIED", "source.SOCIAL_CAPITAL");
        assertThat(zh.getProperty("unit.WAN_YUAN")).isEqualTo("万元");
    }
}
