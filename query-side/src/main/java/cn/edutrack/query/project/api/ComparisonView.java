package cn.edutrack.query.project.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields of a project's state that differ between two points: each a business date as known at a recording time.
 * Field names and values as in the history's changes.
 */
public record ComparisonView(String projectId, Point from, Point to, List<Difference> changes) {

    /** A business date as known at a recording time. */
    @Schema(name = "AsOfPoint")
    public record Point(LocalDate date, Instant knownAt) {
    }

    /** A field's value at {@code from} and at {@code to}; null when it had none. */
    @Schema(name = "FieldDifference")
    public record Difference(String field, Object from, Object to) {
    }
}
