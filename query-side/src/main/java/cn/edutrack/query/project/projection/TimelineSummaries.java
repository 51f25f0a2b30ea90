package cn.edutrack.query.project.projection;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.Money;
import cn.edutrack.events.RecheckResult;
import cn.edutrack.events.project.AcceptanceFailed;
import cn.edutrack.events.project.AcceptancePassed;
import cn.edutrack.events.project.BudgetRevised;
import cn.edutrack.events.project.ConstructionCompleted;
import cn.edutrack.events.project.ConstructionStarted;
import cn.edutrack.events.project.DesignationApplied;
import cn.edutrack.events.project.DesignationGranted;
import cn.edutrack.events.project.DesignationRejected;
import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProgressReported;
import cn.edutrack.events.project.ProjectApproved;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.ProjectCancelled;
import cn.edutrack.events.project.ProjectEvent;
import cn.edutrack.events.project.ProjectHandedOver;
import cn.edutrack.events.project.ProjectRegistered;
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
import java.util.stream.Collectors;

/** One line per event for the timeline, so a reader sees the history without opening every payload. */
final class TimelineSummaries {

    private TimelineSummaries() {
    }

    static String of(ProjectEvent event) {
        if (event instanceof ProjectRegistered e) {
            return "Registered " + e.kind() + " project '" + e.title() + "' in " + e.jurisdiction()
                    + ", owner " + e.ownerOrganisation() + ", planned " + capacity(e.plannedCapacity());
        } else if (event instanceof ProjectApproved e) {
            return "Approved by " + e.approvingBody() + document(e.documentNumber()) + ", budget " + money(e.approvedBudget())
                    + ", planned " + e.plannedStart() + " to " + e.plannedCompletion();
        } else if (event instanceof FundingAllocated e) {
            return "Allocated " + money(e.amount()) + " from " + e.source() + document(e.documentNumber());
        } else if (event instanceof ConstructionStarted e) {
            return "Construction started" + (e.contractor() == null ? "" : ", contractor " + e.contractor());
        } else if (event instanceof ProgressReported e) {
            String corrects = e.correctsSequence() == null ? "" : " (corrects report #" + e.correctsSequence() + ")";
            return "Progress " + e.percentComplete() + "%" + corrects + text(e.note());
        } else if (event instanceof ConstructionCompleted e) {
            return "Construction completed: " + capacity(e.actualCapacity())
                    + (e.floorAreaSquareMetres() == null ? "" : ", " + e.floorAreaSquareMetres().toPlainString() + " m²");
        } else if (event instanceof AcceptancePassed e) {
            return "Acceptance passed, inspected by " + e.inspectingBody() + document(e.documentNumber());
        } else if (event instanceof AcceptanceFailed e) {
            return "Acceptance failed, inspected by " + e.inspectingBody() + text(e.findings())
                    + (e.rectificationDeadline() == null ? "" : "; rectify by " + e.rectificationDeadline());
        } else if (event instanceof PutIntoService e) {
            return "Put into service, first enrolment " + e.firstEnrolment();
        } else if (event instanceof ProjectSuspended e) {
            return "Suspended" + text(e.reason());
        } else if (event instanceof ProjectResumed e) {
            return "Resumed" + text(e.note());
        } else if (event instanceof ScheduleRebaselined e) {
            return "Schedule re-baselined to " + e.plannedStart() + " to " + e.plannedCompletion() + text(e.reason());
        } else if (event instanceof BudgetRevised e) {
            return "Budget revised to " + money(e.approvedBudget()) + document(e.documentNumber()) + text(e.reason());
        } else if (event instanceof ScopeRevised e) {
            return "Scope revised, planned " + capacity(e.plannedCapacity()) + text(e.reason());
        } else if (event instanceof ProjectHandedOver e) {
            return "Handed over by " + e.handedOverBy() + ": " + capacity(e.actualCapacity());
        } else if (event instanceof SiteDecommissioned e) {
            return "Old site decommissioned" + (e.siteDescription() == null ? "" : " (" + e.siteDescription() + ")")
                    + ": " + e.placesRemoved() + " places removed";
        } else if (event instanceof ProjectCancelled e) {
            return "Cancelled" + text(e.reason());
        } else if (event instanceof ReformLaunched e) {
            return "Reform launched with " + e.participatingUnits().size() + " participating units";
        } else if (event instanceof ReformEvaluated e) {
            return "Evaluated by " + e.evaluator() + ": rating " + e.rating() + ", " + (e.passed() ? "passed" : "failed");
        } else if (event instanceof ReformConcluded e) {
            return (e.scaledUp() ? "Concluded and scaled up" : "Concluded") + text(e.outcome());
        } else if (event instanceof DesignationApplied e) {
            return "Applied for " + e.designation() + " (" + e.level() + ") to " + e.applicationBody();
        } else if (event instanceof DesignationGranted e) {
            return "Designation granted at level " + e.level() + " by " + e.grantingBody() + document(e.documentNumber());
        } else if (event instanceof DesignationRejected e) {
            return "Designation rejected" + text(e.reason());
        } else if (event instanceof ProjectAssignedToPlan e) {
            return assignment(e);
        } else if (event instanceof RectificationOrdered e) {
            return "Rectification order #" + e.orderNumber() + " by " + e.issuingBody() + text(e.findings())
                    + "; rectify by " + e.deadline();
        } else if (event instanceof SummonsIssued e) {
            return "Summons by " + e.issuingBody() + " of " + e.summonedParty() + text(e.reason());
        } else if (event instanceof RecheckRecorded e) {
            return "Re-check of rectification order #" + e.orderNumber() + ": "
                    + (e.result() == RecheckResult.RECTIFIED ? "rectified" : "not rectified") + text(e.findings())
                    + (e.newDeadline() == null ? "" : "; new deadline " + e.newDeadline());
        } else if (event instanceof EventCorrected e) {
            return "Corrects event #" + e.correctedSequence() + " to: " + of(e.correctedEvent()) + "; reason: " + e.reason();
        }
        throw new IllegalArgumentException("no summary for " + event.getClass().getName());
    }

    private static String assignment(ProjectAssignedToPlan e) {
        StringBuilder line = new StringBuilder("Assigned to plan ").append(e.planId());
        if (e.programmeId() != null) {
            line.append(", programme ").append(e.programmeId());
        }
        if (e.targetId() != null) {
            line.append(", target ").append(e.targetId());
        }
        if (!e.contributions().isEmpty()) {
            line.append("; contributes ").append(e.contributions().stream()
                    .map(c -> "+" + c.value().toPlainString() + " " + c.counts()
                            + (c.targetId() == null || c.targetId().equals(e.targetId()) ? "" : " to " + c.targetId()))
                    .collect(Collectors.joining(", ")));
        }
        if (e.parent() != null) {
            line.append("; part of portfolio ").append(e.parent());
        }
        if (e.quota() != null) {
            line.append("; quota per ").append(e.quota().per()).append(" and year ").append(e.quota().fromYear())
                    .append("-").append(e.quota().toYear());
        }
        if (e.dueYear() != null) {
            line.append("; due ").append(e.dueYear());
        }
        return line.toString();
    }

    private static String capacity(Capacity capacity) {
        return capacity.places() + " places, " + capacity.streams() + " streams, " + capacity.classes() + " classes";
    }

    private static String money(Money money) {
        return money == null ? "not stated" : money.yuan().toPlainString() + " yuan";
    }

    private static String document(String documentNumber) {
        return documentNumber == null || documentNumber.isBlank() ? "" : " (" + documentNumber + ")";
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? "" : ": " + text;
    }
}
