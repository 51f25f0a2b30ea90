package cn.edutrack.events.plan;

import java.util.List;

/**
 * Data-quality flags carried by plan records and measurements: data shown to users, never dropped.
 * See docs/plan-files.md for their meaning.
 */
public final class Flags {

    public static final List<String> KNOWN = List.of(
            "estimate", "implausible", "claimed", "inferred", "derived", "below_baseline", "ocr_corrected",
            "contradictory", "unquantified", "anonymised", "truncated_source", "unit_conflict", "suspicious");

    private Flags() {
    }

    /** An immutable copy; null reads as none; an unknown flag is refused. */
    public static List<String> checked(List<String> flags) {
        if (flags == null) {
            return List.of();
        }
        for (String flag : flags) {
            // List.of(...).contains(null) throws NullPointerException; a null flag is just an unknown one
            if (flag == null || !KNOWN.contains(flag)) {
                throw new IllegalArgumentException("unknown flag '" + flag + "'; known flags: " + KNOWN);
            }
        }
        return List.copyOf(flags);
    }
}
