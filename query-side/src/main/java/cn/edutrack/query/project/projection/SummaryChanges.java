package cn.edutrack.query.project.projection;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.project.AcceptanceFailed;
import cn.edutrack.events.project.AcceptancePassed;
import cn.edutrack.events.project.BudgetRevised;
import cn.edutrack.events.project.ConstructionCompleted;
import cn.edutrack.events.project.ConstructionStarted;
import cn.edutrack.events.project.DesignationApplied;
import cn.edutrack.events.project.DesignationGranted;
import cn.edutrack.events.project.DesignationRejected;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProgressReported;
import cn.edutrack.events.project.ProjectApproved;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.ProjectCancelled;
import cn.edutrack.events.project.ProjectEvent;
import cn.edutrack.events.project.ProjectHandedOver;
import cn.edutrack.events.project.ProjectResumed;
import cn.edutrack.events.project.ProjectSuspended;
import cn.edutrack.events.project.PutIntoService;
import cn.edutrack.events.project.RecheckRecorded;
import cn.edutrack.events.project.RectificationOrdered;
import cn.edutrack.events.project.ReformConcluded;
import cn.edutrack.events.project.ReformEvaluated;
import cn.edutrack.events.project.ReformLaunched;
import cn.edutrack.events.project.ScheduleRebaselined;
import cn.edutrack.events.project.ScopeRevised;
import cn.edutrack.events.project.SiteDecommissioned;
import cn.edutrack.events.project.SummonsIssued;
import cn.edutrack.query.project.ProjectStatus;

/** What an event (after the registration) changes in its project's summary row. */
final class SummaryChanges {

    private SummaryChanges() {
    }

    /**
     * The project as the position check read it, before the event.
     *
     * @param progressSequence the sequence of the progress report in force, null before the first report
     */
    record Position(long version, StatusTransitions.State state, Long progressSequence) {
    }

    static SummaryUpdate of(Position position, long sequence, ProjectEvent event) {
        StatusTransitions.State next = StatusTransitions.after(position.state(), event);
        SummaryUpdate update = new SummaryUpdate()
                .set("status", next.status())
                .set("status_before_suspension", next.beforeSuspension());

        if (event instanceof ProjectApproved e) {
            update.set("approved_on", e.businessDate())
                    .set("approving_body", e.approvingBody())
                    .set("approval_document", e.documentNumber())
                    .set("approved_budget", e.approvedBudget())
                    .set("scope", e.scope())
                    .set("planned_start", e.plannedStart())
                    .set("planned_completion", e.plannedCompletion());
        } else if (event instanceof FundingAllocated e) {
            update.setFirst("funded_on", e.businessDate())
                    .add("allocated_total", e.amount().yuan());
        } else if (event instanceof ConstructionStarted e) {
            update.set("construction_started_on", e.businessDate())
                    .set("contractor", e.contractor());
        } else if (event instanceof ProgressReported e) {
            if (inForce(e, position)) {
                update.set("percent_complete", e.percentComplete())
                        .set("progress_reported_on", e.businessDate())
                        .set("progress_sequence", sequence);
            }
        } else if (event instanceof ConstructionCompleted e) {
            delivered(update, e.actualCapacity())
                    .set("completed_on", e.businessDate())
                    .set("floor_area_square_metres", e.floorAreaSquareMetres())
                    .set("percent_complete", 100);
        } else if (event instanceof ProjectHandedOver e) {
            delivered(update, e.actualCapacity())
                    .set("handed_over_on", e.businessDate());
        } else if (event instanceof AcceptanceFailed e) {
            update.set("acceptance_failed_on", e.businessDate())
                    .add("acceptance_failures", 1)
                    .set("latest_rectification_deadline", e.rectificationDeadline());
        } else if (event instanceof AcceptancePassed e) {
            update.set("accepted_on", e.businessDate());
        } else if (event instanceof PutIntoService e) {
            update.set("in_service_on", e.businessDate())
                    .set("first_enrolment", e.firstEnrolment());
        } else if (event instanceof ProjectSuspended e) {
            update.set("suspended_on", e.businessDate());
        } else if (event instanceof ProjectResumed e) {
            update.set("resumed_on", e.businessDate());
        } else if (event instanceof ScheduleRebaselined e) {
            update.set("planned_start", e.plannedStart())
                    .set("planned_completion", e.plannedCompletion());
        } else if (event instanceof BudgetRevised e) {
            update.set("approved_budget", e.approvedBudget());
        } else if (event instanceof ScopeRevised e) {
            if (e.scope() != null) {
                update.set("scope", e.scope());
            }
            update.set("planned_places", e.plannedCapacity().places())
                    .set("planned_streams", e.plannedCapacity().streams())
                    .set("planned_classes", e.plannedCapacity().classes());
        } else if (event instanceof SiteDecommissioned e) {
            update.set("site_decommissioned_on", e.businessDate())
                    .add("places_removed", e.placesRemoved());
        } else if (event instanceof ProjectCancelled e) {
            update.set("cancelled_on", e.businessDate());
        } else if (event instanceof ReformLaunched e) {
            update.set("launched_on", e.businessDate())
                    .set("participating_units", e.participatingUnits().size());
        } else if (event instanceof ReformEvaluated e) {
            update.set("evaluated_on", e.businessDate())
                    .set("evaluation_rating", e.rating())
                    .set("evaluation_passed", e.passed());
        } else if (event instanceof ReformConcluded e) {
            update.set("concluded_on", e.businessDate());
        } else if (event instanceof DesignationApplied e) {
            update.set("applied_on", e.businessDate())
                    .set("designation", e.designation())
                    .set("designation_level", e.level());
        } else if (event instanceof DesignationGranted e) {
            update.set("granted_on", e.businessDate())
                    .set("designation_level", e.level());
        } else if (event instanceof DesignationRejected e) {
            update.set("rejected_on", e.businessDate());
        } else if (event instanceof ProjectAssignedToPlan) {
            // nothing in the summary: the assignment has its own rows (project_plan_assignment, project_contribution)
        } else if (event instanceof SummonsIssued e) {
            update.add("summonses", 1)
                    .setLatest("last_summoned_on", e.businessDate());
        } else if (event instanceof RectificationOrdered || event instanceof RecheckRecorded) {
            // nothing in the summary: the orders have their own rows (rectification_order)
        } else {
            throw new IllegalArgumentException("not an event that follows a registration: " + event.getClass().getName());
        }

        // last_event_on is the latest business date: a back-dated event does not make a project look idle
        return update.setLatest("last_event_on", event.businessDate())
                .set("last_recorded_at", event.recordedAt())
                .set("version", sequence);
    }

    /**
     * The position the next event finds, as the update of {@link #of} leaves it: what a replay keeps instead of reading
     * the row again.
     */
    static Position after(Position position, long sequence, ProjectEvent event) {
        Long progress = event instanceof ProgressReported e && inForce(e, position) ? Long.valueOf(sequence)
                : position.progressSequence();
        return new Position(sequence, StatusTransitions.after(position.state(), event), progress);
    }

    /** The position after a registration. */
    static Position registered(long sequence) {
        return new Position(sequence, StatusTransitions.State.of(ProjectStatus.REGISTERED), null);
    }

    /**
     * Whether a progress report becomes the one in force: a correction counts only when it corrects the report in
     * force; one that corrects a report already superseded by a later one changes nothing but the timeline.
     */
    private static boolean inForce(ProgressReported report, Position position) {
        return report.correctsSequence() == null || report.correctsSequence().equals(position.progressSequence());
    }

    private static SummaryUpdate delivered(SummaryUpdate update, Capacity capacity) {
        return update.set("delivered_places", capacity.places())
                .set("delivered_streams", capacity.streams())
                .set("delivered_classes", capacity.classes());
    }

}
