package cn.edutrack.query.web;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.PlanId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Query and path parameters read as text and checked, so that a bad one is a 400 problem naming it. Business
 * dates are days in China Standard Time.
 */
public final class QueryParameters {

    /** The zone business dates are counted in: "today" for a default {@code asOf}. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private QueryParameters() {
    }

    /** {@code asOf}: an ISO date ({@code 2024-06-30}); absent means today in Asia/Shanghai. */
    public static LocalDate asOf(String value, Clock clock) {
        return date("asOf", value, clock);
    }

    /** A business date parameter: an ISO date ({@code 2024-06-30}); absent means today in Asia/Shanghai. */
    public static LocalDate date(String parameter, String value, Clock clock) {
        if (blank(value)) {
            return LocalDate.now(clock.withZone(BUSINESS_ZONE));
        }
        return parseDate(parameter, value);
    }

    /** A business date parameter that must be given. */
    public static LocalDate requiredDate(String parameter, String value) {
        if (blank(value)) {
            throw new InvalidParameterException(parameter, parameter + " is required, a date such as 2024-06-30");
        }
        return parseDate(parameter, value);
    }

    /**
     * A recording time ("as known at"): an RFC 3339 instant with its offset ({@code 2024-06-30T12:00:00+08:00},
     * {@code 2024-06-30T04:00:00Z}), or a date meaning the end of that day in Asia/Shanghai (its last microsecond, the
     * precision of the recorded times); absent means now.
     */
    public static Instant knownAt(String parameter, String value, Clock clock) {
        if (blank(value)) {
            return clock.instant();
        }
        String text = value.trim();
        if (text.length() == 10) {
            return parseDate(parameter, text).plusDays(1).atStartOfDay(BUSINESS_ZONE).toInstant().minus(1, ChronoUnit.MICROS);
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, parameter + " must be an instant with its offset such as "
                    + "2024-06-30T12:00:00+08:00, or a date such as 2024-06-30 (the end of that day in China): " + value);
        }
    }

    private static LocalDate parseDate(String parameter, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, parameter + " must be a date such as 2024-06-30: " + value);
        }
    }

    /** A jurisdiction code, or null when absent. */
    public static JurisdictionCode jurisdiction(String parameter, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return JurisdictionCode.of(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, parameter + ": " + e.getMessage());
        }
    }

    /** A plan id (required). */
    public static PlanId planId(String parameter, String value) {
        if (blank(value)) {
            throw new InvalidParameterException(parameter, parameter + " is required");
        }
        try {
            return PlanId.of(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, parameter + ": " + e.getMessage());
        }
    }

    /** An id inside a plan (indicator, programme, target): 1-80 letters, digits, '.', '_' or '-'. */
    public static String localId(String parameter, String value) {
        if (value == null || !value.matches("[A-Za-z0-9._-]{1,80}")) {
            throw new InvalidParameterException(parameter, parameter + " must be 1 to 80 letters, digits, '.', '_' or '-': "
                    + value);
        }
        return value;
    }

    /** One of an enumeration's names, case-insensitive; null when absent. */
    public static <E extends Enum<E>> E enumValue(String parameter, Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, parameter + " must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ": " + value);
        }
    }

    /** {@code code/%}: the codes below {@code code} in a LIKE with escape {@code \}, its own wildcards taken literally. */
    public static String belowPattern(String code) {
        return code.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
