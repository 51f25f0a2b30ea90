package cn.edutrack.events.plan;

import cn.edutrack.events.DomainEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A fact about a plan (its indicators, programmes, targets, revisions and measured values) or about a
 * jurisdiction. Published on {@link cn.edutrack.events.Topics#PLAN_EVENTS}, keyed by {@link #subject()}.
 */
public sealed interface PlanEvent extends DomainEvent permits
        JurisdictionRegistered, PlanRegistered, IndicatorDefined, IndicatorTargetRevised, IndicatorMeasured,
        ProgrammeDefined, TargetSet, TargetRevised {

    /** Every event names its subject and both of its times; a reader refuses one that does not. */
    static void requireEnvelope(Object subject, LocalDate businessDate, Instant recordedAt) {
        if (subject == null || businessDate == null || recordedAt == null) {
            throw new IllegalArgumentException("an event needs its subject, businessDate and recordedAt");
        }
    }

    /** A free-text field: required ones are not blank; all are at most {@code max} characters. */
    static String text(String value, String field, int max, boolean required) {
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException(field + " is required");
            }
            return null;
        }
        if ((required && value.isBlank()) || value.length() > max) {
            throw new IllegalArgumentException(field + " must be " + (required ? "1" : "0") + " to " + max + " characters");
        }
        return value;
    }

    /**
     * A year of a plan, a target, a measurement or a quota: 1949 to 2100 (as in plan files). Null stays null
     * (optional years).
     */
    static Integer year(Integer value, String field) {
        if (value != null && (value < 1949 || value > 2100)) {
            throw new IllegalArgumentException(field + " must be a year from 1949 to 2100: " + value);
        }
        return value;
    }

    /**
     * A figure of a plan (target, baseline, measured value, contribution): at most 15 digits before the decimal
     * point, so a whole figure is exact even for a reader that uses binary floats. A negative scale
     * ({@code 2.8E+4}) becomes the same number in plain form ({@code 28000}): on the wire figures are plain JSON
     * numbers, and a figure must read back equal to the one written. Trailing decimals are kept as given
     * ({@code 96.80} stays {@code 96.80}). Null stays null.
     */
    static BigDecimal decimal(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        if (value.precision() - value.scale() > 15) {
            // toString, not toPlainString: the plain form of 1E+1000000 has a million digits
            throw new IllegalArgumentException(field + " has more than 15 digits before the decimal point: " + value);
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** Ids of indicators, programmes and targets inside a plan: 1-80 letters, digits, '.', '_' or '-'. */
    static String localId(String value, String field) {
        if (value == null || !value.matches("[A-Za-z0-9._-]{1,80}")) {
            throw new IllegalArgumentException(field + " must be 1 to 80 letters, digits, '.', '_' or '-': " + value);
        }
        return value;
    }
}
