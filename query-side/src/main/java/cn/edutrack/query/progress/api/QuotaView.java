package cn.edutrack.query.progress.api;

import cn.edutrack.query.readmodel.QuantityView;
import java.time.LocalDate;
import java.util.List;

/**
 * The per-sub-unit, per-year quotas of a plan, each expanded into one obligation per unit and year.
 *
 * @param quotas one per project that carries a quota
 */
public record QuotaView(String planId, LocalDate asOf, List<Quota> quotas) {

    /**
     * A quota project and its obligations.
     *
     * @param units       the sub-units the quota applies to: registered jurisdictions of the level {@code per} names
     *                    below the project's jurisdiction, or that jurisdiction itself when it is of that level
     * @param unitsKnown  false when no such jurisdiction is registered: the obligations cannot be counted yet
     *                    (plans rarely say how many 乡镇 there are), see {@code note}
     * @param obligations units × years; {@code met} of them reached
     */
    public record Quota(String projectId, String title, String jurisdiction, String per, QuantityView perYear,
            int fromYear, int toYear, int units, boolean unitsKnown, String note, int met, List<Obligation> obligations) {
    }

    /**
     * One unit in one year: the projects of the quota (its child projects) in that unit delivered in that year.
     *
     * @param status {@code MET}, {@code OPEN} (the year is running), {@code NOT_MET}, {@code NOT_DUE}
     */
    public record Obligation(String unit, String unitName, int year, long achieved, String status) {
    }
}
