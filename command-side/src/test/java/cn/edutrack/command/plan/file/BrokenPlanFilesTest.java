package cn.edutrack.command.plan.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken plan files under {@code plan-files/broken/}. Each marks the lines where an error is expected with a
 * comment {@code # expect: <rule>}; the parser must report exactly those (line, rule) pairs, and nothing else.
 */
class BrokenPlanFilesTest {

    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([a-z-]+)");

    static String read(String name) {
        try (InputStream in = BrokenPlanFilesTest.class.getResourceAsStream("/plan-files/" + name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<PlanFileError> errorsOf(String name) {
        PlanFileResult result = PlanFileParser.parse(name, read(name));
        assertThat(result.isValid()).as("%s must not validate", name).isFalse();
        assertThat(result).isInstanceOf(PlanFileResult.Invalid.class);
        return result.errors();
    }

    static List<Tuple> expectedFromMarkers(String text) {
        List<Tuple> expected = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = EXPECT.matcher(lines[i]);
            if (m.find()) {
                expected.add(tuple(i + 1, m.group(1)));
            }
        }
        return expected;
    }

    @Test
    void theBaseFileOfTheBrokenOnesIsValid() {
        PlanFileResult result = PlanFileParser.parse("minimal.yaml", read("minimal.yaml"));
        assertThat(result.errors()).isEmpty();
        PlanFile file = result.orThrow();
        assertThat(file.project("kg-01").contributions()).hasSize(2);
        assertThat(file.project("kg-01").jurisdiction().value()).isEqualTo("CN-45/XX市/XX区/XX街道");
        assertThat(file.project("kg-portfolio").jurisdiction().value()).isEqualTo("CN-45/XX市/XX区");
        assertThat(file.project("kg-01").projectId().value()).isEqualTo("PRJ-XX-KG-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-key", "missing-field", "ocr-number", "run-together-number", "duplicate-id",
            "unknown-reference", "bad-comparator", "min-above-max", "unit-mismatch", "persons-vs-person-times",
            "wrong-format-version", "yaml-syntax", "several-errors", "too-many-digits"})
    void eachBrokenFileReportsExactlyTheMarkedErrors(String broken) {
        String name = "broken/" + broken + ".yaml";
        List<Tuple> expected = expectedFromMarkers(read(name));
        assertThat(expected).as("markers in %s", name).isNotEmpty();

        List<PlanFileError> errors = errorsOf(name);

        assertThat(errors).extracting(PlanFileError::line, PlanFileError::rule).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.file()).isEqualTo(name);
            assertThat(e.column()).isPositive();
            assertThat(e.message()).startsWith(e.rule() + ": ");
        });
    }

    @Test
    void ocrLettersInANumberAreReportedNotGuessed() {
        PlanFileError error = errorsOf("broken/ocr-number.yaml").get(0);
        assertThat(error.path()).isEqualTo("indicators[0].target.value");
        assertThat(error.line()).isEqualTo(23);
        assertThat(error.column()).isEqualTo(55);
        assertThat(error.message()).contains("'IO0%'").contains("OCR");
        assertThat(error.toString()).startsWith("broken/ocr-number.yaml:23:55: indicators[0].target.value: bad-number: ");
    }

    @Test
    void numbersRunTogetherFromAFlattenedTableAreReported() {
        PlanFileError error = errorsOf("broken/run-together-number.yaml").get(0);
        assertThat(error.path()).isEqualTo("indicators[0].baseline.value");
        assertThat(error.line()).isEqualTo(22);
        assertThat(error.message()).contains("'3.21493.28423.2842'").contains("run together");
    }

    @Test
    void pathsNameTheFieldInsideLists() {
        assertThat(errorsOf("broken/unit-mismatch.yaml")).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("projects[1].contributes[0].counts");
            assertThat(e.message()).contains("target 'kg' counts kindergartens").contains("classes");
        });
        assertThat(errorsOf("broken/min-above-max.yaml")).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("programmes[0].targets[0].planned.min"));
        assertThat(errorsOf("broken/missing-field.yaml")).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("indicators[0].name");
            assertThat(e.message()).isEqualTo("missing-field: 'name' is required");
        });
        assertThat(errorsOf("broken/unknown-key.yaml")).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("plan.budget");
            assertThat(e.message()).contains("'budget' is not allowed here");
        });
    }

    @Test
    void anUnknownFormatVersionIsTheOnlyErrorReported() {
        assertThat(errorsOf("broken/wrong-format-version.yaml")).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("format");
            assertThat(e.message()).contains("'edutrack-plan/2'").contains("edutrack-plan/1");
        });
    }

    @Test
    void aFileWithSeveralErrorsReportsAllOfThemInLineOrder() {
        List<PlanFileError> errors = errorsOf("broken/several-errors.yaml");
        assertThat(errors).hasSize(9);
        assertThat(errors).extracting(PlanFileError::line).isSorted();
        assertThat(errors).extracting(PlanFileError::rule).contains("unknown-key", "period-reversed", "unknown-value",
                "bad-number", "unknown-unit", "unknown-flag", "duplicate-id", "unknown-reference");
    }

    @Test
    void emptyAndNonMappingFilesAreErrorsToo() {
        assertThat(PlanFileParser.parse("empty.yaml", "").errors()).extracting(PlanFileError::rule).containsExactly("empty-file");
        assertThat(PlanFileParser.parse("list.yaml", "- a\n- b\n").errors()).extracting(PlanFileError::rule)
                .containsExactly("wrong-type");
        assertThat(PlanFileParser.parse("noformat.yaml", "plan: {}\n").errors()).extracting(PlanFileError::path)
                .containsExactly("format");
    }

    @Test
    void aMissingValueForTheComparatorIsReported() {
        String text = read("minimal.yaml").replace("comparator: about, value: 28000,", "comparator: about,");
        assertThat(PlanFileParser.parse("x.yaml", text).errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("programmes[0].targets[1].planned.value");
            assertThat(e.rule()).isEqualTo("missing-field");
        });
    }

    @Test
    void aProjectThatIsItsOwnAncestorIsReported() {
        String text = read("minimal.yaml").replace("    contributes:\n      - {counts: kindergartens, value: 15, as_written: \"15所\"}\n",
                "    contributes:\n      - {counts: kindergartens, value: 15, as_written: \"15所\"}\n    parent: kg-01\n");
        assertThat(PlanFileParser.parse("x.yaml", text).errors()).extracting(PlanFileError::rule)
                .containsExactly("parent-cycle", "parent-cycle");
    }
}
