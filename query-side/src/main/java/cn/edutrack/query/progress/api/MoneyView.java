package cn.edutrack.query.progress.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * Approved budget against money allocated, for the projects of a plan and/or a jurisdiction subtree. Amounts in
 * yuan as decimal strings ({@code "12000000.25"}), like the project API. Portfolio projects are left out (their
 * children are counted), so no amount is counted twice.
 *
 * @param jurisdiction      the jurisdiction asked for, else the plan's; {@code byJurisdiction} is one level below it
 * @param projects          projects counted
 * @param portfoliosExcluded portfolio projects left out
 * @param allocatedPercent  allocated / approved budget × 100, 1 decimal (null without an approved budget)
 */
public record MoneyView(String planId, String jurisdiction, long projects, long portfoliosExcluded,
        String approvedBudget, String allocated, BigDecimal allocatedPercent, List<BySource> bySource,
        List<ByJurisdiction> byJurisdiction) {

    /** Money allocated from one source, in how many allocations, to how many projects. */
    @Schema(name = "MoneyBySource")
    public record BySource(String source, String amount, long allocations, long projects) {
    }

    /** The figures of one child jurisdiction (or of the jurisdiction itself, for its own projects). */
    @Schema(name = "MoneyByJurisdiction")
    public record ByJurisdiction(String jurisdiction, String name, long projects, String approvedBudget, String allocated) {
    }
}
