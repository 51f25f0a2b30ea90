package cn.edutrack.query.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The share of a plan period elapsed by a date, and the goal expected by then. */
class PlanPeriodTest {

    private final PlanPeriod fiveYears = new PlanPeriod(2021, 2025);

    @Test
    void countsTheDaysUpToAndIncludingTheDateOverTheDaysOfThePeriod() {
        // 2021-2025 has 1826 days (2024 is a leap year); 2021-01-01 .. 2023-12-31 are 1095 of them
        assertThat(fiveYears.elapsedShare(LocalDate.of(2023, 12, 31)))
                .isEqualByComparingTo(BigDecimal.valueOf(1095).divide(BigDecimal.valueOf(1826), Decimals.PRECISION));
        assertThat(Decimals.round(fiveYears.elapsedShare(LocalDate.of(2023, 12, 31)), 4)).isEqualByComparingTo("0.5997");
        assertThat(fiveYears.elapsedShare(LocalDate.of(2021, 1, 1)))
                .isEqualByComparingTo(BigDecimal.ONE.divide(BigDecimal.valueOf(1826), Decimals.PRECISION));
    }

    @Test
    void isClampedToNothingBeforeThePeriodAndAllFromItsLastDay() {
        assertThat(fiveYears.elapsedShare(LocalDate.of(2020, 12, 31))).isEqualByComparingTo("0");
        assertThat(fiveYears.elapsedShare(LocalDate.of(2019, 6, 1))).isEqualByComparingTo("0");
        assertThat(fiveYears.elapsedShare(LocalDate.of(2025, 12, 31))).isEqualByComparingTo("1");
        assertThat(fiveYears.elapsedShare(LocalDate.of(2030, 1, 1))).isEqualByComparingTo("1");
    }

    @Test
    void aOneYearPlanIsHalfWayAtTheEndOfJune() {
        PlanPeriod annual = new PlanPeriod(2022, 2022);
        // 181 of 365 days
        assertThat(Decimals.round(annual.elapsedShare(LocalDate.of(2022, 6, 30)), 4)).isEqualByComparingTo("0.4959");
    }

    @Test
    void expectedIsTheGoalTimesTheElapsedShare() {
        assertThat(Decimals.round(fiveYears.expected(new BigDecimal("15"), LocalDate.of(2023, 12, 31)), 1))
                .isEqualByComparingTo("9.0");
        assertThat(Decimals.round(fiveYears.expected(new BigDecimal("2000"), LocalDate.of(2023, 12, 31)), 1))
                .isEqualByComparingTo("1199.3");
        assertThat(fiveYears.expected(null, LocalDate.of(2023, 12, 31))).isNull();
    }

    @Test
    void aReversedPeriodIsRefused() {
        assertThatThrownBy(() -> new PlanPeriod(2025, 2021)).isInstanceOf(IllegalArgumentException.class);
    }
}
