package cn.edutrack.query.progress;

import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How an indicator is read against its target. A yearly figure is the value at the end of its year, so on a
 * time axis the value of year Y sits at {@code Y} and a date {@code d} at
 * {@code d.year - 1 + dayOfYear(d) / daysInYear(d)} (December 31 of 2023 is 2023.0, July 2 of 2024 about 2023.5).
 */
public final class IndicatorRules {

    /** "约 value" is met within 5% of the value. */
    static final BigDecimal ABOUT_TOLERANCE = new BigDecimal("0.05");

    private IndicatorRules() {
    }

    /** What an indicator aims at. {@code baselineYear} and {@code baselineValue} are both null without a baseline. */
    public record Definition(Quantity target, Integer targetYear, Integer baselineYear, BigDecimal baselineValue) {

        boolean hasBaseline() {
            return baselineYear != null && baselineValue != null;
        }
    }

    /** The value in force for one year. */
    public record Measured(int year, BigDecimal value) {
    }

    /**
     * @param latest   the measurement of the latest year, null when nothing is measured
     * @param expected the value on the linear path at the date, unrounded; null without a path
     * @param gap      latest − expected, unrounded; null without both
     */
    public record Evaluation(Measured latest, BigDecimal expected, BigDecimal gap, IndicatorStatus status) {
    }

    /** The date's position on the year axis (see the class comment). */
    public static BigDecimal yearPosition(LocalDate date) {
        return BigDecimal.valueOf(date.getYear() - 1L).add(BigDecimal.valueOf(date.getDayOfYear())
                .divide(BigDecimal.valueOf(date.lengthOfYear()), Decimals.PRECISION));
    }

    /**
     * The value expected at {@code asOf} on the straight line from the baseline (year, value) to the target
     * (year, value), held at the ends; only for comparators with one figure (at least, more than, equal, about,
     * at most), and null without a baseline or a target year.
     */
    public static BigDecimal expected(Definition definition, LocalDate asOf) {
        Quantity target = definition.target();
        if (!linear(target.comparator()) || !definition.hasBaseline() || definition.targetYear() == null) {
            return null;
        }
        BigDecimal base = definition.baselineValue();
        int span = definition.targetYear() - definition.baselineYear();
        if (span <= 0) {
            return target.value();
        }
        BigDecimal share = yearPosition(asOf).subtract(BigDecimal.valueOf(definition.baselineYear()))
                .divide(BigDecimal.valueOf(span), Decimals.PRECISION);
        share = share.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return base.add(target.value().subtract(base).multiply(share, Decimals.PRECISION), Decimals.PRECISION);
    }

    /**
     * Reads the measurements against the target.
     *
     * @param measured   one value per year (the one in force at the date), any order
     * @param periodFrom first year of the plan: "maintain every year" is checked from it on
     */
    public static Evaluation evaluate(Definition definition, List<Measured> measured, LocalDate asOf, int periodFrom) {
        List<Measured> years = measured.stream().sorted(java.util.Comparator.comparingInt(Measured::year)).toList();
        Measured latest = years.isEmpty() ? null : years.get(years.size() - 1);
        BigDecimal expected = expected(definition, asOf);
        BigDecimal gap = latest == null || expected == null ? null : latest.value().subtract(expected);
        return new Evaluation(latest, expected, gap, status(definition, years, latest, expected, asOf, periodFrom));
    }

    private static IndicatorStatus status(Definition definition, List<Measured> years, Measured latest,
            BigDecimal expected, LocalDate asOf, int periodFrom) {
        Quantity target = definition.target();
        switch (target.comparator()) {
            case MAINTAIN_EVERY_YEAR: {
                List<Measured> inPeriod = years.stream().filter(m -> m.year() >= periodFrom).toList();
                if (inPeriod.isEmpty()) {
                    return IndicatorStatus.NO_DATA;
                }
                return inPeriod.stream().allMatch(m -> m.value().compareTo(target.value()) >= 0)
                        ? IndicatorStatus.MET : IndicatorStatus.NOT_MET;
            }
            case NEVER_DECREASE: {
                if (years.isEmpty()) {
                    return IndicatorStatus.NO_DATA;
                }
                BigDecimal previous = definition.hasBaseline() ? definition.baselineValue() : null;
                for (Measured m : years) {
                    if (definition.hasBaseline() && m.year() <= definition.baselineYear()) {
                        continue;
                    }
                    if (previous != null && m.value().compareTo(previous) < 0) {
                        return IndicatorStatus.NOT_MET;
                    }
                    previous = m.value();
                }
                return IndicatorStatus.MET;
            }
            case ACHIEVED: {
                if (latest == null) {
                    return IndicatorStatus.NO_DATA;
                }
                if (latest.value().compareTo(BigDecimal.ONE) == 0) {
                    return IndicatorStatus.MET;
                }
                if (latest.value().signum() == 0) {
                    return deadlinePassed(definition, asOf) ? IndicatorStatus.NOT_MET : IndicatorStatus.BEHIND;
                }
                return IndicatorStatus.NO_DATA;
            }
            default: {
                if (latest == null) {
                    return IndicatorStatus.NO_DATA;
                }
                if (met(definition, latest.value())) {
                    return IndicatorStatus.MET;
                }
                if (deadlinePassed(definition, asOf)) {
                    return IndicatorStatus.NOT_MET;
                }
                if (expected == null) {
                    return IndicatorStatus.BEHIND;
                }
                int side = latest.value().compareTo(expected);
                return (falling(definition) ? side <= 0 : side >= 0) ? IndicatorStatus.ON_TRACK : IndicatorStatus.BEHIND;
            }
        }
    }

    /** True when the value satisfies a single-figure or range target. */
    static boolean met(Definition definition, BigDecimal value) {
        Quantity target = definition.target();
        return switch (target.comparator()) {
            case AT_LEAST -> value.compareTo(target.value()) >= 0;
            case MORE_THAN -> value.compareTo(target.value()) > 0;
            case AT_MOST -> value.compareTo(target.value()) <= 0;
            case EQUAL -> falling(definition) ? value.compareTo(target.value()) <= 0 : value.compareTo(target.value()) >= 0;
            case ABOUT -> value.subtract(target.value()).abs()
                    .compareTo(target.value().abs().multiply(ABOUT_TOLERANCE)) <= 0;
            case RANGE -> value.compareTo(target.min()) >= 0 && value.compareTo(target.max()) <= 0;
            default -> false;
        };
    }

    /** A target to come down to: at most, or one whose value lies below its baseline. */
    static boolean falling(Definition definition) {
        Quantity target = definition.target();
        if (target.comparator() == Comparator.AT_MOST) {
            return true;
        }
        return definition.hasBaseline() && target.value() != null && target.value().compareTo(definition.baselineValue()) < 0;
    }

    private static boolean linear(Comparator comparator) {
        return comparator == Comparator.AT_LEAST || comparator == Comparator.MORE_THAN || comparator == Comparator.EQUAL
                || comparator == Comparator.ABOUT || comparator == Comparator.AT_MOST;
    }

    private static boolean deadlinePassed(Definition definition, LocalDate asOf) {
        return definition.targetYear() != null && asOf.getYear() > definition.targetYear();
    }
}
