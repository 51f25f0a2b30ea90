package cn.edutrack.events.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A planned or target figure with its comparator and the text it was read from. Exactly one of: {@code value}
 * (most comparators), {@code min} and {@code max} ({@link Comparator#RANGE}), or neither
 * ({@link Comparator#takesNoValue()}). {@code asWritten} is the figure as printed (null only for derived figures).
 * Figures have at most 15 digits before the decimal point and are kept in plain form ({@link PlanEvent#decimal}).
 */
public record Quantity(Comparator comparator, BigDecimal value, BigDecimal min, BigDecimal max, String asWritten) {

    public Quantity {
        Objects.requireNonNull(comparator, "comparator");
        value = PlanEvent.decimal(value, "value");
        min = PlanEvent.decimal(min, "min");
        max = PlanEvent.decimal(max, "max");
        if (comparator.usesRange()) {
            if (min == null || max == null || value != null) {
                throw new IllegalArgumentException("a range has min and max and no value");
            }
            if (min.compareTo(max) > 0) {
                throw new IllegalArgumentException("range min " + min + " is above max " + max);
            }
        } else if (comparator.takesNoValue()) {
            if (value != null || min != null || max != null) {
                throw new IllegalArgumentException(comparator + " takes no figure");
            }
        } else if (value == null || min != null || max != null) {
            throw new IllegalArgumentException(comparator + " needs a value and no min/max");
        }
        PlanEvent.text(asWritten, "asWritten", 200, false);
    }

    public static Quantity of(Comparator comparator, BigDecimal value, String asWritten) {
        return new Quantity(comparator, value, null, null, asWritten);
    }

    public static Quantity range(BigDecimal min, BigDecimal max, String asWritten) {
        return new Quantity(Comparator.RANGE, null, min, max, asWritten);
    }

    /** The figure progress is measured against: the value, or the lower end of a range; null if there is none. */
    public BigDecimal goal() {
        return comparator.usesRange() ? min : value;
    }

    /** Same figures, compared by numeric value (96.80 equals 96.8), and same text. */
    public boolean sameAs(Quantity other) {
        return other != null && comparator == other.comparator && numericEquals(value, other.value)
                && numericEquals(min, other.min) && numericEquals(max, other.max)
                && Objects.equals(asWritten, other.asWritten);
    }

    private static boolean numericEquals(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
