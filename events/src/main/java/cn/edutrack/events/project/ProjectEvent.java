package cn.edutrack.events.project;

import cn.edutrack.events.DomainEvent;
import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** A fact about one project. */
public sealed interface ProjectEvent extends DomainEvent permits
        ProjectRegistered, ProjectApproved, FundingAllocated, ConstructionStarted, ProgressReported,
        ConstructionCompleted, AcceptancePassed, AcceptanceFailed, PutIntoService, ProjectSuspended,
        ProjectResumed, ScheduleRebaselined, BudgetRevised, ScopeRevised, ProjectHandedOver,
        SiteDecommissioned, ProjectCancelled, ReformLaunched, ReformEvaluated, ReformConcluded,
        DesignationApplied, DesignationGranted, DesignationRejected, ProjectAssignedToPlan, RectificationOrdered,
        SummonsIssued, RecheckRecorded, EventCorrected {

    ProjectId projectId();

    @Override
    default String subject() {
        return projectId().value();
    }

    /** Every event names its project and both of its times; a reader refuses one that does not. */
    static void requireEnvelope(ProjectId projectId, LocalDate businessDate, Instant recordedAt) {
        if (projectId == null || businessDate == null || recordedAt == null) {
            throw new IllegalArgumentException("an event needs projectId, businessDate and recordedAt");
        }
    }

    /** A required free text: not null and not blank as {@link String#isBlank()} sees it (common.v1 nonBlankText). */
    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required and must not be blank");
        }
        return value;
    }

    /** The number of a rectification order within its project: 1, 2, 3... */
    static int requireOrderNumber(int orderNumber) {
        if (orderNumber < 1) {
            throw new IllegalArgumentException("orderNumber must be 1 or more: " + orderNumber);
        }
        return orderNumber;
    }
}
