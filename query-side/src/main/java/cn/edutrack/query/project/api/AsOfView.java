package cn.edutrack.query.project.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as of a business date, as it was known at a recording time: what had happened by {@code date} according
 * to the events recorded by {@code knownAt}, the corrections recorded by then applied.
 *
 * @param date        the business date asked about
 * @param knownAt     the recording time asked about
 * @param counted     the sequences of the events that counted (a corrected event under its own sequence)
 * @param corrections the sequences of the corrections applied to them
 * @param project     the project's state, in the shape of the project summary ({@code version} = the latest of those
 *                    sequences)
 * @param funding     the money by source, with the number of allocations
 */
public record AsOfView(String projectId, LocalDate date, Instant knownAt, List<Long> counted, List<Long> corrections,
        ProjectSummaryView project, List<Funding> funding) {

    /** Money from one source: the amount in yuan as a decimal string, in how many allocations. */
    @Schema(name = "FundingBySource")
    public record Funding(String source, String amount, int allocations) {
    }
}
