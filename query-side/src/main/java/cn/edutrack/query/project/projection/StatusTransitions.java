package cn.edutrack.query.project.projection;

import cn.edutrack.events.project.AcceptanceFailed;
import cn.edutrack.events.project.AcceptancePassed;
import cn.edutrack.events.project.ConstructionCompleted;
import cn.edutrack.events.project.ConstructionStarted;
import cn.edutrack.events.project.DesignationApplied;
import cn.edutrack.events.project.DesignationGranted;
import cn.edutrack.events.project.DesignationRejected;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProjectApproved;
import cn.edutrack.events.project.ProjectCancelled;
import cn.edutrack.events.project.ProjectEvent;
import cn.edutrack.events.project.ProjectHandedOver;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.events.project.ProjectResumed;
import cn.edutrack.events.project.ProjectSuspended;
import cn.edutrack.events.project.PutIntoService;
import cn.edutrack.events.project.ReformConcluded;
import cn.edutrack.events.project.ReformEvaluated;
import cn.edutrack.events.project.ReformLaunched;
import cn.edutrack.query.project.ProjectStatus;
import java.util.Optional;

/**
 * How an event moves a project's status. The command side has already decided that the event was
 * allowed; here only the reading is decided:
 * <ul>
 *   <li>a stage event sets its stage ({@code construction-started} → UNDER_CONSTRUCTION, ...);</li>
 *   <li>an allocation makes an approved project FUNDED and leaves any later stage as it is;</li>
 *   <li>while SUSPENDED a stage event moves the status to return to, not the status shown;</li>
 *   <li>resuming returns to the status before the suspension; cancelling ends everything;</li>
 *   <li>progress, revisions, re-baselining and site decommissioning leave the status alone.</li>
 * </ul>
 */
final class StatusTransitions {

    private StatusTransitions() {
    }

    /** The status shown and, while suspended, the one to return to (null otherwise). */
    record State(ProjectStatus status, ProjectStatus beforeSuspension) {

        static State of(ProjectStatus status) {
            return new State(status, null);
        }

        boolean suspended() {
            return status == ProjectStatus.SUSPENDED;
        }

        /** The stage the project is at, suspended or not. */
        ProjectStatus stage() {
            return suspended() && beforeSuspension != null ? beforeSuspension : status;
        }
    }

    static State after(State state, ProjectEvent event) {
        if (event instanceof ProjectSuspended) {
            return state.suspended() ? state : new State(ProjectStatus.SUSPENDED, state.status());
        }
        if (event instanceof ProjectResumed) {
            return state.suspended() ? State.of(state.stage()) : state;
        }
        if (event instanceof ProjectCancelled) {
            return State.of(ProjectStatus.CANCELLED);
        }
        return stageReachedBy(event, state.stage())
                .map(stage -> state.suspended() ? new State(ProjectStatus.SUSPENDED, stage) : State.of(stage))
                .orElse(state);
    }

    private static Optional<ProjectStatus> stageReachedBy(ProjectEvent event, ProjectStatus current) {
        ProjectStatus stage = null;
        if (event instanceof ProjectRegistered) {
            stage = ProjectStatus.REGISTERED;
        } else if (event instanceof ProjectApproved) {
            stage = ProjectStatus.APPROVED;
        } else if (event instanceof FundingAllocated) {
            stage = current == ProjectStatus.APPROVED ? ProjectStatus.FUNDED : null;
        } else if (event instanceof ConstructionStarted) {
            stage = ProjectStatus.UNDER_CONSTRUCTION;
        } else if (event instanceof ConstructionCompleted) {
            stage = ProjectStatus.COMPLETED;
        } else if (event instanceof ProjectHandedOver) {
            stage = ProjectStatus.HANDED_OVER;
        } else if (event instanceof AcceptanceFailed) {
            stage = ProjectStatus.ACCEPTANCE_FAILED;
        } else if (event instanceof AcceptancePassed) {
            stage = ProjectStatus.ACCEPTED;
        } else if (event instanceof PutIntoService) {
            stage = ProjectStatus.IN_SERVICE;
        } else if (event instanceof ReformLaunched) {
            stage = ProjectStatus.LAUNCHED;
        } else if (event instanceof ReformEvaluated) {
            stage = ProjectStatus.EVALUATED;
        } else if (event instanceof ReformConcluded e) {
            stage = e.scaledUp() ? ProjectStatus.SCALED_UP : ProjectStatus.CONCLUDED;
        } else if (event instanceof DesignationApplied) {
            stage = ProjectStatus.APPLIED;
        } else if (event instanceof DesignationGranted) {
            stage = ProjectStatus.GRANTED;
        } else if (event instanceof DesignationRejected) {
            stage = ProjectStatus.REJECTED;
        }
        return Optional.ofNullable(stage);
    }
}
