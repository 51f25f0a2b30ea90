package cn.edutrack.query.project.api;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.Track;
import cn.edutrack.query.project.ProjectStatus;
import cn.edutrack.query.web.InvalidParameterException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters of {@code GET /api/projects}, checked. Every filter is optional.
 *
 * @param jurisdiction the jurisdiction whose projects, and those of the jurisdictions below it, are wanted
 * @param statuses     any of these statuses (empty: any status)
 * @param titleText    text the title contains, case-insensitive, taken literally (no wildcards)
 */
record ProjectSearch(JurisdictionCode jurisdiction, Track track, Set<ProjectStatus> statuses, String titleText) {

    static ProjectSearch parse(String jurisdiction, String track, String status, String q) {
        return new ProjectSearch(
                blank(jurisdiction) ? null : jurisdiction(jurisdiction.trim()),
                blank(track) ? null : enumValue("track", Track.class, track),
                blank(status) ? Set.of() : statuses(status),
                blank(q) ? null : q.trim());
    }

    private static JurisdictionCode jurisdiction(String code) {
        try {
            return JurisdictionCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("jurisdiction", e.getMessage());
        }
    }

    /** {@code status=APPROVED,FUNDED} (or the parameter repeated, which Spring joins with commas). */
    private static Set<ProjectStatus> statuses(String status) {
        return Arrays.stream(status.split(","))
                .filter(s -> !s.isBlank())
                .map(s -> enumValue("status", ProjectStatus.class, s))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static <E extends Enum<E>> E enumValue(String parameter, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, parameter + " must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ": " + value);
        }
    }

    /** The text as a LIKE pattern that matches it anywhere, with its own {@code % _ \} taken literally. */
    static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** {@code code/%}: the jurisdictions below {@code code}, with wildcards in the code taken literally. */
    static String belowPattern(JurisdictionCode code) {
        return code.value().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
