package cn.edutrack.query.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A plan's period of whole years, from January 1 of {@code from} to December 31 of {@code to}.
 *
 * @param from first year of the period
 * @param to   last year of the period (inclusive)
 */
public record PlanPeriod(int from, int to) {

    public PlanPeriod {
        if (from > to) {
            throw new IllegalArgumentException("period " + from + "-" + to + " is reversed");
        }
    }

    public LocalDate start() {
        return LocalDate.of(from, 1, 1);
    }

    public LocalDate end() {
        return LocalDate.of(to, 12, 31);
    }

    /**
     * The share of the period elapsed by the end of {@code asOf}: days from January 1 of the first year up to and
     * including {@code asOf}, over the days of the period; 0 before the period, 1 from its last day on. A
     * 2021-2025 plan on 2023-12-31 has run 1095 of its 1826 days.
     */
    public BigDecimal elapsedShare(LocalDate asOf) {
        long total = ChronoUnit.DAYS.between(start(), end()) + 1;
        long elapsed = ChronoUnit.DAYS.between(start(), asOf) + 1;
        if (elapsed <= 0) {
            return BigDecimal.ZERO;
        }
        if (elapsed >= total) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), Decimals.PRECISION);
    }

    /** {@code goal × elapsed share}, unrounded; null without a goal. */
    public BigDecimal expected(BigDecimal goal, LocalDate asOf) {
        return goal == null ? null : goal.multiply(elapsedShare(asOf), Decimals.PRECISION);
    }
}
