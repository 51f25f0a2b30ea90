package cn.edutrack.query.project.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where a project stands. Money in yuan as decimal strings; dates the business dates of the events;
 * {@code version} is the sequence number of the last event applied. The supervisors' actions: the rectification
 * orders (责令整改) in order, {@code openRectificationOrders} of them not rectified yet, and the number of
 * summonses (约谈) with the date of the last.
 */
public record ProjectSummaryView(
        String projectId,
        String track,
        String kind,
        String title,
        String jurisdiction,
        String ownerOrganisation,
        String responsiblePerson,
        String planReference,
        String status,
        String statusBeforeSuspension,
        Milestones milestones,
        String approvingBody,
        String approvalDocument,
        String scope,
        LocalDate plannedStart,
        LocalDate plannedCompletion,
        String approvedBudget,
        String allocatedTotal,
        Map<String, String> allocatedBySource,
        Integer percentComplete,
        LocalDate progressReportedOn,
        String contractor,
        Capacity plannedCapacity,
        Capacity deliveredCapacity,
        int placesRemoved,
        BigDecimal floorAreaSquareMetres,
        Integer firstEnrolment,
        int acceptanceFailures,
        LocalDate latestRectificationDeadline,
        Integer participatingUnits,
        String evaluationRating,
        Boolean evaluationPassed,
        String designation,
        String designationLevel,
        LocalDate lastEventOn,
        Instant lastRecordedAt,
        long version,
        int openRectificationOrders,
        List<RectificationOrder> rectificationOrders,
        int summonses,
        LocalDate lastSummonedOn) {

    /** The business date each stage was reached; null for stages not (yet) reached. */
    public record Milestones(
            LocalDate registeredOn,
            LocalDate approvedOn,
            LocalDate fundedOn,
            LocalDate constructionStartedOn,
            LocalDate completedOn,
            LocalDate handedOverOn,
            LocalDate acceptanceFailedOn,
            LocalDate acceptedOn,
            LocalDate inServiceOn,
            LocalDate suspendedOn,
            LocalDate resumedOn,
            LocalDate cancelledOn,
            LocalDate launchedOn,
            LocalDate evaluatedOn,
            LocalDate concludedOn,
            LocalDate appliedOn,
            LocalDate grantedOn,
            LocalDate rejectedOn,
            LocalDate siteDecommissionedOn) {
    }

    public record Capacity(int places, int streams, int classes) {
    }

    /**
     * A rectification order and where it stands.
     *
     * @param orderNumber         1, 2, 3... within the project
     * @param deadline            the deadline in force: moved by a re-check that found it not rectified and set a new one
     * @param originalDeadline    the deadline the order set
     * @param status              {@code OPEN}, or {@code RECTIFIED} once a re-check found it so (on {@code closedOn})
     * @param rechecks            how many re-checks of it were recorded
     * @param lastRecheckResult   {@code RECTIFIED} or {@code NOT_RECTIFIED}; null before the first re-check
     */
    public record RectificationOrder(
            int orderNumber,
            LocalDate orderedOn,
            String issuingBody,
            String findings,
            LocalDate deadline,
            LocalDate originalDeadline,
            String status,
            LocalDate closedOn,
            int rechecks,
            LocalDate lastRecheckOn,
            String lastRecheckResult,
            String lastRecheckFindings) {
    }
}
