package cn.edutrack.query.project.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Where a project stands. Money in yuan as decimal strings; dates the business dates of the events;
 * {@code version} is the sequence number of the last event applied.
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
        long version) {

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
}
