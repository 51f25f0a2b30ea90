package cn.edutrack.events.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.PlanId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the plan event records refuse to be built with (and so what a reader refuses to read). */
class PlanEventRulesTest {

    private static final PlanId PLAN = PlanId.of("xx-district-2021");
    private static final LocalDate DAY = LocalDate.parse("2023-03-20");
    private static final Instant AT = Instant.parse("2023-03-20T07:10:03.108Z");
    private static final JurisdictionCode DISTRICT = JurisdictionCode.of("CN-45/XX市/XX区");
    private static final SourceQuote SOURCE = new SourceQuote("九年义务教育巩固率(%)96.8397以上约束性", "表2");
    private static final Quantity AT_LEAST_97 = Quantity.of(Comparator.AT_LEAST, new BigDecimal("97"), "97以上");

    @Nested
    class Jurisdictions {

        private JurisdictionRegistered district(String parent) {
            return new JurisdictionRegistered(DISTRICT, DAY, AT, "XX区", JurisdictionLevel.DISTRICT,
                    parent == null ? null : JurisdictionCode.of(parent), null);
        }

        @ParameterizedTest
        @ValueSource(strings = {"CN-45/XX市", "CN-45"})
        void theParentIsAJurisdictionAbove(String parent) {
            assertThat(district(parent).parent()).isEqualTo(JurisdictionCode.of(parent));
            assertThat(district(parent).subject()).isEqualTo("CN-45/XX市/XX区");
        }

        @Test
        void aTopLevelJurisdictionHasNoParent() {
            assertThat(district(null).parent()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"CN-45/XX市/XX区", "CN-45/XX市/XX区/XX街道", "CN-45/XX市/YY区", "CN-45/XX", "CN-4", "CN-44/XX市"})
        void aParentThatIsNotAboveIsRefused(String parent) {
            assertThatIllegalArgumentException().isThrownBy(() -> district(parent)).withMessageContaining("is not above");
        }

        @Test
        void nameAndLevelAreRequired() {
            assertThatIllegalArgumentException().isThrownBy(() ->
                    new JurisdictionRegistered(DISTRICT, DAY, AT, " ", JurisdictionLevel.DISTRICT, null, null));
            assertThatIllegalArgumentException().isThrownBy(() ->
                    new JurisdictionRegistered(DISTRICT, DAY, AT, "X".repeat(201), JurisdictionLevel.DISTRICT, null, null));
            assertThatIllegalArgumentException().isThrownBy(() ->
                    new JurisdictionRegistered(DISTRICT, DAY, AT, "XX区", null, null, null));
        }
    }

    @Nested
    class Plans {

        private PlanRegistered plan(int from, int to, Integer baselineYear, List<String> flags) {
            return new PlanRegistered(PLAN, DAY, AT, DISTRICT, "XX区教育事业发展“十四五”规划", PlanType.FIVE_YEAR_PLAN,
                    from, to, baselineYear, null, null, null, flags, null);
        }

        @Test
        void aPeriodIsOneOrMoreYears() {
            assertThat(plan(2021, 2025, 2020, null).periodTo()).isEqualTo(2025);
            assertThat(plan(2021, 2021, null, null).periodFrom()).isEqualTo(2021);
            assertThatIllegalArgumentException().isThrownBy(() -> plan(2025, 2021, null, null));
            assertThatIllegalArgumentException().isThrownBy(() -> plan(1948, 2025, null, null));
            assertThatIllegalArgumentException().isThrownBy(() -> plan(2021, 2101, null, null));
        }

        @Test
        void theBaselineYearIsNotAfterTheStart() {
            assertThat(plan(2021, 2025, 2021, null).baselineYear()).isEqualTo(2021);
            assertThatIllegalArgumentException().isThrownBy(() -> plan(2021, 2025, 2022, null))
                    .withMessageContaining("baseline year 2022");
            assertThatIllegalArgumentException().isThrownBy(() -> plan(2021, 2025, 1900, null));
        }

        @Test
        void anUnknownFlagIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> plan(2021, 2025, 2020, List.of("anonymized")))
                    .withMessageContaining("anonymized");
        }

        @Test
        void flagsAreNeverNullAndCannotBeChanged() {
            List<String> flags = new ArrayList<>(List.of("anonymised"));
            PlanRegistered plan = plan(2021, 2025, 2020, flags);
            flags.add("truncated_source");

            assertThat(plan(2021, 2025, 2020, null).flags()).isEmpty();
            assertThat(plan.flags()).containsExactly("anonymised");
            assertThatThrownBy(() -> plan.flags().add("estimate")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void jurisdictionTypeAndTitleAreRequired() {
            assertThatIllegalArgumentException().isThrownBy(() -> new PlanRegistered(PLAN, DAY, AT, null, "规划",
                    PlanType.FIVE_YEAR_PLAN, 2021, 2025, null, null, null, null, null, null));
            assertThatIllegalArgumentException().isThrownBy(() -> new PlanRegistered(PLAN, DAY, AT, DISTRICT, "规划",
                    null, 2021, 2025, null, null, null, null, null, null));
            assertThatIllegalArgumentException().isThrownBy(() -> new PlanRegistered(PLAN, DAY, AT, DISTRICT, "",
                    PlanType.FIVE_YEAR_PLAN, 2021, 2025, null, null, null, null, null, null));
        }

        @Test
        void theSubjectIsThePlanId() {
            assertThat(plan(2021, 2025, 2020, null).subject()).isEqualTo("xx-district-2021");
        }
    }

    @Nested
    class Indicators {

        private IndicatorDefined indicator(String indicatorId, String concept, Integer targetYear, List<String> flags) {
            return new IndicatorDefined(PLAN, DAY, AT, indicatorId, "九年义务教育巩固率", "%", IndicatorAttribute.BINDING,
                    concept, new Baseline(2020, new BigDecimal("96.83"), "96.83"), targetYear, AT_LEAST_97, flags, SOURCE);
        }

        @Test
        void aWellFormedIndicator() {
            IndicatorDefined indicator = indicator("IND-000-02", "COMPULSORY_RETENTION_RATE", 2025, List.of("below_baseline"));

            assertThat(indicator.subject()).isEqualTo("xx-district-2021");
            assertThat(indicator.flags()).containsExactly("below_baseline");
        }

        @ParameterizedTest
        @ValueSource(strings = {"compulsory_retention_rate", "C", "1RATE", "RETENTION-RATE", "巩固率"})
        void aConceptIsAnUpperCaseCode(String concept) {
            assertThatIllegalArgumentException().isThrownBy(() -> indicator("IND-000-02", concept, 2025, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "IND 000", "指标1", "IND/02"})
        void anIndicatorIdIsLettersDigitsDotsUnderscoresAndDashes(String indicatorId) {
            assertThatIllegalArgumentException().isThrownBy(() -> indicator(indicatorId, null, 2025, null));
        }

        @Test
        void anIndicatorIdHasAtMost80Characters() {
            assertThat(indicator("I".repeat(80), null, 2025, null).indicatorId()).hasSize(80);
            assertThatIllegalArgumentException().isThrownBy(() -> indicator("I".repeat(81), null, 2025, null));
        }

        @Test
        void aYearlyRuleHasNoTargetYear() {
            assertThat(indicator("IND-000-15", null, null, null).targetYear()).isNull();
            assertThatIllegalArgumentException().isThrownBy(() -> indicator("IND-000-02", null, 2101, null));
        }

        @Test
        void anUnknownFlagIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> indicator("IND-000-02", null, 2025, List.of("estimated")));
        }

        @Test
        void attributeAndTargetAreRequired() {
            assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorDefined(PLAN, DAY, AT, "IND-000-02",
                    "九年义务教育巩固率", "%", null, null, null, 2025, AT_LEAST_97, null, null));
            assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorDefined(PLAN, DAY, AT, "IND-000-02",
                    "九年义务教育巩固率", "%", IndicatorAttribute.BINDING, null, null, 2025, null, null, null));
        }

        @Test
        void aRevisionNeedsItsTargetAndItsReason() {
            assertThat(new IndicatorTargetRevised(PLAN, DAY, AT, "IND-000-02", 2025, AT_LEAST_97, "中期评估调整").reason())
                    .isEqualTo("中期评估调整");
            assertThatIllegalArgumentException().isThrownBy(() ->
                    new IndicatorTargetRevised(PLAN, DAY, AT, "IND-000-02", 2025, null, "中期评估调整"));
            assertThatIllegalArgumentException().isThrownBy(() ->
                    new IndicatorTargetRevised(PLAN, DAY, AT, "IND-000-02", 2025, AT_LEAST_97, " "));
            assertThatIllegalArgumentException().isThrownBy(() ->
                    new IndicatorTargetRevised(PLAN, DAY, AT, "IND-000-02", 2025, AT_LEAST_97, "调".repeat(1001)));
        }

        @Test
        void aMeasurementNeedsAValueAndAYear() {
            assertThat(measured(2020, new BigDecimal("3.2842"), List.of("suspicious")).value()).isEqualTo(new BigDecimal("3.2842"));
            assertThatIllegalArgumentException().isThrownBy(() -> measured(2020, null, null));
            assertThatIllegalArgumentException().isThrownBy(() -> measured(1948, BigDecimal.ONE, null));
            assertThatIllegalArgumentException().isThrownBy(() -> measured(2101, BigDecimal.ONE, null));
            assertThatIllegalArgumentException().isThrownBy(() -> measured(2020, BigDecimal.ONE, List.of("back_filled")));
        }

        @Test
        void aMeasuredValueInExponentFormIsKeptPlain() {
            assertThat(measured(2020, new BigDecimal("1.28652E+5"), null).value().toString()).isEqualTo("128652");
            assertThatIllegalArgumentException().isThrownBy(() -> measured(2020, new BigDecimal("1E+16"), null));
        }

        private IndicatorMeasured measured(int year, BigDecimal value, List<String> flags) {
            return new IndicatorMeasured(PlanId.of("xx-district-2016"), DAY, AT, "IND-000R-01", year, value, "3.2842", flags, "表1");
        }
    }

    @Nested
    class Baselines {

        @Test
        void aBaselineHasAYearAndAValue() {
            assertThat(new Baseline(2020, new BigDecimal("96.83"), null).asWritten()).isNull();
            assertThatThrownBy(() -> new Baseline(2020, null, "96.83")).isInstanceOf(NullPointerException.class);
            assertThatIllegalArgumentException().isThrownBy(() -> new Baseline(1948, BigDecimal.ONE, "1"));
            assertThatIllegalArgumentException().isThrownBy(() -> new Baseline(2020, BigDecimal.ONE, "1".repeat(201)));
        }
    }

    @Nested
    class Programmes {

        @Test
        void aProgrammeHasAKindAndANumberAsWritten() {
            ProgrammeDefined column = new ProgrammeDefined(PLAN, DAY, AT, "PRG-000-07", "教育资源扩容提质工程",
                    ProgrammeKind.SPECIAL_COLUMN, "专栏7", null);

            assertThat(column.number()).isEqualTo("专栏7");
            assertThatIllegalArgumentException().isThrownBy(() -> new ProgrammeDefined(PLAN, DAY, AT, "PRG-000-07",
                    "教育资源扩容提质工程", null, "专栏7", null));
            assertThatIllegalArgumentException().isThrownBy(() -> new ProgrammeDefined(PLAN, DAY, AT, "PRG-000-07",
                    "教育资源扩容提质工程", ProgrammeKind.SPECIAL_COLUMN, "专".repeat(41), null));
        }
    }

    @Nested
    class Targets {

        private TargetSet target(Quantity planned, List<String> flags) {
            return new TargetSet(PLAN, DAY, AT, "TGT-000-04a", "PRG-000-04", "新建、改扩建一批义务教育学校", Counted.SCHOOLS,
                    planned, Firmness.FIRM, null, null, flags, null);
        }

        @Test
        void aTargetWithoutAFigureMustBeFlaggedUnquantified() {
            assertThatIllegalArgumentException().isThrownBy(() -> target(null, null)).withMessageContaining("'unquantified'");
            assertThatIllegalArgumentException().isThrownBy(() -> target(null, List.of("estimate")));
            assertThat(target(null, List.of("unquantified")).planned()).isNull();
        }

        @Test
        void aTargetWithAFigureNeedsNoFlag() {
            assertThat(target(Quantity.of(Comparator.EQUAL, new BigDecimal("42"), "42所"), null).flags()).isEmpty();
        }

        @Test
        void countsAndFirmnessAreRequired() {
            assertThatIllegalArgumentException().isThrownBy(() -> new TargetSet(PLAN, DAY, AT, "TGT-000-07a", "PRG-000-07",
                    "幼儿园新建、改扩建", null, AT_LEAST_97, Firmness.FIRM, null, null, null, null));
            assertThatIllegalArgumentException().isThrownBy(() -> new TargetSet(PLAN, DAY, AT, "TGT-000-07a", "PRG-000-07",
                    "幼儿园新建、改扩建", Counted.KINDERGARTENS, AT_LEAST_97, null, null, null, null, null));
        }

        @Test
        void theProgrammeIsRequiredAndTheIndicatorIsAnId() {
            assertThatIllegalArgumentException().isThrownBy(() -> new TargetSet(PLAN, DAY, AT, "TGT-000-07a", null,
                    "幼儿园新建、改扩建", Counted.KINDERGARTENS, AT_LEAST_97, Firmness.FIRM, null, null, null, null));
            assertThatIllegalArgumentException().isThrownBy(() -> new TargetSet(PLAN, DAY, AT, "TGT-000-07a", "PRG-000-07",
                    "幼儿园新建、改扩建", Counted.KINDERGARTENS, AT_LEAST_97, Firmness.FIRM, "IND 02", null, null, null));
        }

        @Test
        void aRevisionNeedsAFigureAFirmnessAndAReason() {
            Quantity fourteen = Quantity.of(Comparator.EQUAL, new BigDecimal("14"), "14所");

            assertThat(new TargetRevised(PLAN, DAY, AT, "TGT-000-07a", fourteen, Firmness.SOFT, "中期调整").firmness())
                    .isEqualTo(Firmness.SOFT);
            assertThatIllegalArgumentException().isThrownBy(() ->
                    new TargetRevised(PLAN, DAY, AT, "TGT-000-07a", null, Firmness.FIRM, "中期调整"));
            assertThatIllegalArgumentException().isThrownBy(() ->
                    new TargetRevised(PLAN, DAY, AT, "TGT-000-07a", fourteen, null, "中期调整"));
            assertThatIllegalArgumentException().isThrownBy(() ->
                    new TargetRevised(PLAN, DAY, AT, "TGT-000-07a", fourteen, Firmness.FIRM, null));
        }
    }

    @Nested
    class SourceQuotes {

        @Test
        void aQuoteIsRequiredAndItsReferenceOptional() {
            assertThat(new SourceQuote("统筹规划XX市XX区教育事业", null).ref()).isNull();
            assertThatIllegalArgumentException().isThrownBy(() -> new SourceQuote(null, "表2"));
            assertThatIllegalArgumentException().isThrownBy(() -> new SourceQuote("  ", "表2"));
            assertThatIllegalArgumentException().isThrownBy(() -> new SourceQuote("规".repeat(4001), "表2"));
            assertThatIllegalArgumentException().isThrownBy(() -> new SourceQuote("统筹规划", "表".repeat(201)));
        }
    }
}
