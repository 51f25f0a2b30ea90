package cn.edutrack.web.page;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was typed into one input of a form, turned into the JSON type the command side reads (shared by the
 * recording forms and the correction form, so both send a date, a number or a choice the same way). The web app
 * checks only what it must to build the request; the command side decides the rest.
 */
final class FormInput {

    private FormInput() {
    }

    /**
     * The value of {@code field} typed as {@code raw} (not blank; {@code value} is {@code raw} stripped): a date as
     * {@code yyyy-MM-dd}, a whole number as an {@link Integer}, a decimal as a {@link BigDecimal} exactly as typed, a
     * money amount as its plain text, a choice as its code, yes/no as a {@link Boolean}, lines as a list of strings,
     * a plan target as a {@link PlanTarget}; text as typed (several lines keep their line breaks).
     *
     * @throws IllegalArgumentException (or its {@link java.time.format.DateTimeParseException}) when it is not one
     */
    static Object typed(FormField field, String raw, String value) {
        return switch (field.type()) {
            case DATE -> LocalDate.parse(value).toString();
            case WHOLE_NUMBER, OPEN_ORDER -> Integer.parseInt(value);
            case DECIMAL, CONTRIBUTION -> new BigDecimal(value);
            case AMOUNT -> new BigDecimal(value).toPlainString();
            case CHOICE -> {
                if (!field.options().contains(value)) {
                    throw new IllegalArgumentException("not an option: " + value);
                }
                yield value;
            }
            case YES_NO -> switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("not yes or no: " + value);
            };
            case LINES -> Arrays.stream(value.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            case PLAN_TARGET -> PlanTarget.parse(value);
            case TEXT -> value;
            case TEXTAREA -> raw;
        };
    }

    /** The message key saying what {@code type} takes, for a value {@link #typed} refused. */
    static String errorKey(FormField.Type type) {
        return switch (type) {
            case DATE -> "error.date";
            case WHOLE_NUMBER, OPEN_ORDER -> "error.whole-number";
            case DECIMAL, AMOUNT, CONTRIBUTION -> "error.decimal";
            default -> "error.choice";
        };
    }

    /** Puts {@code value} at {@code name} in {@code body}, a dotted name nested ({@code a.b} in object {@code a}). */
    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> body, String name, Object value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            body.put(name, value);
        } else {
            Map<String, Object> nested = (Map<String, Object>) body.computeIfAbsent(name.substring(0, dot),
                    k -> new LinkedHashMap<String, Object>());
            put(nested, name.substring(dot + 1), value);
        }
    }
}
