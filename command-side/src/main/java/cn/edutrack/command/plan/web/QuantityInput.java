package cn.edutrack.command.plan.web;

import cn.edutrack.command.project.web.InvalidFieldException;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Quantity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A target or planned figure: a comparator and {@code value} (most comparators), {@code min} and {@code max}
 * ({@code RANGE}) or no figure ({@code NEVER_DECREASE}, {@code ACHIEVED}), with the figure as printed. Numbers are
 * JSON numbers (or decimal strings), read exactly: {@code 96.80} stays {@code 96.80}.
 */
public record QuantityInput(
        @NotNull Comparator comparator,
        BigDecimal value,
        BigDecimal min,
        BigDecimal max,
        @Size(max = 200) String asWritten) {

    /** The quantity; a figure missing or not allowed for the comparator is named as {@code field.value} etc. */
    public Quantity toQuantity(String field) {
        if (comparator.usesRange()) {
            notAllowed(value, field + ".value", "RANGE takes min and max, not value");
            required(min, field + ".min", "RANGE needs min and max");
            required(max, field + ".max", "RANGE needs min and max");
            if (min.compareTo(max) > 0) {
                throw new InvalidFieldException(field + ".min", "range min " + min.toPlainString() + " is above max "
                        + max.toPlainString());
            }
        } else if (comparator.takesNoValue()) {
            notAllowed(value, field + ".value", comparator + " takes no figure");
            notAllowed(min, field + ".min", comparator + " takes no figure");
            notAllowed(max, field + ".max", comparator + " takes no figure");
        } else {
            required(value, field + ".value", comparator + " needs a value");
            notAllowed(min, field + ".min", comparator + " takes a value, not min and max");
            notAllowed(max, field + ".max", comparator + " takes a value, not min and max");
        }
        try {
            return new Quantity(comparator, value, min, max, asWritten);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
    }

    private static void required(BigDecimal figure, String field, String message) {
        if (figure == null) {
            throw new InvalidFieldException(field, message);
        }
    }

    private static void notAllowed(BigDecimal figure, String field, String message) {
        if (figure != null) {
            throw new InvalidFieldException(field, message);
        }
    }
}
