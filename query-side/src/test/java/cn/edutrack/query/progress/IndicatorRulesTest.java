package cn.edutrack.query.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indicators against a linear path from baseline to target, and by their comparators' meaning. */
class IndicatorRulesTest {

    /** 九年义务教育巩固率: 96.83 in 2020, at least 97 by 2025. */
    private static final IndicatorRules.Definition RETENTION = new IndicatorRules.Definition(
            Quantity.of(Comparator.AT_LEAST, new BigDecimal("97"), "97以上"), 2025, 2020, new BigDecimal("96.83"));

    private static IndicatorRules.Measured m(int year, String value) {
        return new IndicatorRules.Measured(year, new BigDecimal(value));
    }

    private static IndicatorRules.Evaluation evaluate(IndicatorRules.Definition definition, String asOf,
            IndicatorRules.Measured... measured) {
        return IndicatorRules.evaluate(definition, List.of(measured), LocalDate.parse(asOf), 2021);
    }

    private static IndicatorRules.Definition definition(Quantity target, Integer targetYear, Integer baselineYear,
            String baselineValue) {
        return new IndicatorRules.Definition(target, targetYear, baselineYear,
                baselineValue == null ? null : new BigDecimal(baselineValue));
    }

    @Test
    void aYearsValueSitsAtTheEndOfItsYear() {
        assertThat(IndicatorRules.yearPosition(LocalDate.parse("2023-12-31"))).isEqualByComparingTo("2023");
        // 2024 is a leap year: June 30 is its 182nd day
        assertThat(IndicatorRules.yearPosition(LocalDate.parse("2024-06-30")))
                .isEqualByComparingTo(new BigDecimal("2023").add(new BigDecimal("182").divide(new BigDecimal("366"),
                        Decimals.PRECISION)));
    }

    @Test
    void expectedLiesOnTheLineFromBaselineToTarget() {
        // three of five years: 96.83 + 0.6 × 0.17
        assertThat(IndicatorRules.expected(RETENTION, LocalDate.parse("2023-12-31"))).isEqualByComparingTo("96.932");
        // 3 + 182/366 years of 5: 96.83 + 0.69945... × 0.17 = 96.9489...
        assertThat(Decimals.round(IndicatorRules.expected(RETENTION, LocalDate.parse("2024-06-30")), 2))
                .isEqualByComparingTo("96.95");
        assertThat(IndicatorRules.expected(RETENTION, LocalDate.parse("2020-06-30"))).as("held at the baseline")
                .isEqualByComparingTo("96.83");
        assertThat(IndicatorRules.expected(RETENTION, LocalDate.parse("2027-01-01"))).as("held at the target")
                .isEqualByComparingTo("97");
    }

    @Test
    void noPathWithoutBaselineOrTargetYearOrForRangesAndYearlyRules() {
        Quantity ninetyFive = Quantity.of(Comparator.AT_LEAST, new BigDecimal("95"), "95%");
        assertThat(IndicatorRules.expected(definition(ninetyFive, 2025, null, null), LocalDate.parse("2023-12-31"))).isNull();
        assertThat(IndicatorRules.expected(definition(ninetyFive, null, 2020, "90"), LocalDate.parse("2023-12-31"))).isNull();
        assertThat(IndicatorRules.expected(definition(Quantity.range(new BigDecimal("2"), new BigDecimal("3"), "2-3"), 2025,
                2020, "1"), LocalDate.parse("2023-12-31"))).isNull();
        assertThat(IndicatorRules.expected(definition(Quantity.of(Comparator.MAINTAIN_EVERY_YEAR, new BigDecimal("95"), "95"),
                null, 2020, "96"), LocalDate.parse("2023-12-31"))).isNull();
    }

    @Test
    void atLeastBehindTheLineIsBehindWithANegativeGap() {
        IndicatorRules.Evaluation evaluation = evaluate(RETENTION, "2023-12-31", m(2022, "96.85"), m(2023, "96.9"));
        assertThat(evaluation.status()).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(evaluation.latest()).isEqualTo(m(2023, "96.9"));
        assertThat(evaluation.gap()).isEqualByComparingTo("-0.032");
    }

    @Test
    void atLeastOnOrAboveTheLineIsOnTrackAndReachingTheValueIsMet() {
        assertThat(evaluate(RETENTION, "2023-12-31", m(2023, "96.95")).status()).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(evaluate(RETENTION, "2023-12-31", m(2023, "97")).status()).isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void notMetOnceTheTargetYearHasPassed() {
        assertThat(evaluate(RETENTION, "2026-03-01", m(2025, "96.99")).status()).isEqualTo(IndicatorStatus.NOT_MET);
    }

    @Test
    void noDataWithoutMeasurements() {
        assertThat(evaluate(RETENTION, "2023-12-31").status()).isEqualTo(IndicatorStatus.NO_DATA);
        assertThat(evaluate(RETENTION, "2023-12-31").gap()).isNull();
    }

    @Test
    void withoutAPathANotYetMetTargetIsBehind() {
        IndicatorRules.Definition noBaseline = definition(Quantity.of(Comparator.EQUAL, new BigDecimal("93.5"), "93.5%"),
                2022, null, null);
        assertThat(evaluate(noBaseline, "2022-06-30", m(2021, "92")).status()).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(evaluate(noBaseline, "2022-06-30", m(2021, "93.5")).status()).isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void atMostComesDownAndItsGapIsPositiveWhenBehind() {
        IndicatorRules.Definition classSize = definition(Quantity.of(Comparator.AT_MOST, new BigDecimal("15"), "不超过15"),
                2025, 2020, "20");
        // expected 20 - 0.6 × 5 = 17
        assertThat(evaluate(classSize, "2023-12-31", m(2023, "16.5")).status()).isEqualTo(IndicatorStatus.ON_TRACK);
        IndicatorRules.Evaluation behind = evaluate(classSize, "2023-12-31", m(2023, "18"));
        assertThat(behind.status()).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(behind.gap()).isEqualByComparingTo("1");
        assertThat(evaluate(classSize, "2023-12-31", m(2023, "15")).status()).isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void moreThanNeedsToExceed() {
        IndicatorRules.Definition moreThan = definition(Quantity.of(Comparator.MORE_THAN, new BigDecimal("50"), "超过50"),
                2025, 2020, "40");
        assertThat(evaluate(moreThan, "2023-12-31", m(2023, "50")).status()).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(evaluate(moreThan, "2023-12-31", m(2023, "50.1")).status()).isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void aboutIsMetWithinFivePercent() {
        IndicatorRules.Definition about = definition(Quantity.of(Comparator.ABOUT, new BigDecimal("100"), "约100"),
                2025, 2020, "80");
        assertThat(evaluate(about, "2023-12-31", m(2023, "96")).status()).isEqualTo(IndicatorStatus.MET);
        assertThat(evaluate(about, "2023-12-31", m(2023, "105")).status()).isEqualTo(IndicatorStatus.MET);
        // expected 80 + 0.6 × 20 = 92
        assertThat(evaluate(about, "2023-12-31", m(2023, "94")).status()).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(evaluate(about, "2023-12-31", m(2023, "90")).status()).isEqualTo(IndicatorStatus.BEHIND);
    }

    @Test
    void equalOnAGrowingQuantityIsMetOnceReached() {
        IndicatorRules.Definition equal = definition(Quantity.of(Comparator.EQUAL, new BigDecimal("163"), "163所"),
                2022, 2021, "50");
        assertThat(evaluate(equal, "2022-12-31", m(2022, "170")).status()).isEqualTo(IndicatorStatus.MET);
        assertThat(evaluate(equal, "2023-01-01", m(2022, "150")).status()).isEqualTo(IndicatorStatus.NOT_MET);
    }

    @Test
    void aRangeIsMetInsideIt() {
        IndicatorRules.Definition range = definition(Quantity.range(new BigDecimal("2"), new BigDecimal("3"), "2-3"), 2025,
                null, null);
        assertThat(evaluate(range, "2023-12-31", m(2023, "2.5")).status()).isEqualTo(IndicatorStatus.MET);
        assertThat(evaluate(range, "2023-12-31", m(2023, "3.5")).status()).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(evaluate(range, "2026-01-01", m(2025, "1")).status()).isEqualTo(IndicatorStatus.NOT_MET);
    }

    @Test
    void maintainEveryYearChecksEveryMeasuredYearOfThePlan() {
        IndicatorRules.Definition maintain = definition(
                Quantity.of(Comparator.MAINTAIN_EVERY_YEAR, new BigDecimal("95"), "稳定在95%以上"), null, 2020, "96");
        assertThat(evaluate(maintain, "2023-12-31", m(2020, "90"), m(2021, "96"), m(2022, "95.5")).status())
                .as("2020 is before the plan").isEqualTo(IndicatorStatus.MET);
        assertThat(evaluate(maintain, "2023-12-31", m(2021, "96"), m(2022, "94"), m(2023, "97")).status())
                .isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(evaluate(maintain, "2023-12-31", m(2020, "96")).status()).isEqualTo(IndicatorStatus.NO_DATA);
    }

    @Test
    void neverDecreaseComparesEachYearWithTheOneBeforeStartingFromTheBaseline() {
        IndicatorRules.Definition neverDecrease = definition(new Quantity(Comparator.NEVER_DECREASE, null, null, null,
                "只增不减"), null, 2020, "100");
        assertThat(evaluate(neverDecrease, "2023-12-31", m(2021, "101"), m(2022, "101")).status())
                .isEqualTo(IndicatorStatus.MET);
        assertThat(evaluate(neverDecrease, "2023-12-31", m(2021, "101"), m(2022, "102"), m(2023, "99")).status())
                .isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(evaluate(neverDecrease, "2023-12-31", m(2021, "99")).status()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(evaluate(neverDecrease, "2023-12-31").status()).isEqualTo(IndicatorStatus.NO_DATA);
    }

    @Test
    void achievedIsAYesOrNoMeasuredAsOneOrZero() {
        IndicatorRules.Definition achieved = definition(new Quantity(Comparator.ACHIEVED, null, null, null, "建成"), 2022,
                null, null);
        assertThat(evaluate(achieved, "2022-06-30").status()).isEqualTo(IndicatorStatus.NO_DATA);
        assertThat(evaluate(achieved, "2022-06-30", m(2022, "1")).status()).isEqualTo(IndicatorStatus.MET);
        assertThat(evaluate(achieved, "2022-06-30", m(2022, "0")).status()).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(evaluate(achieved, "2023-01-01", m(2022, "0")).status()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(evaluate(achieved, "2022-06-30", m(2022, "0.5")).status()).isEqualTo(IndicatorStatus.NO_DATA);
    }
}
