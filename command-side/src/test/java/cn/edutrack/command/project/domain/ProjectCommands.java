package cn.edutrack.command.project.domain;

import static cn.edutrack.command.project.domain.ProjectEvents.*;
import static cn.edutrack.command.project.domain.ProjectFixtures.*;

import cn.edutrack.events.FundingSource;
import cn.edutrack.events.Money;
import cn.edutrack.events.ProjectKind;
import java.time.LocalDate;

/**
 * Commands on the test project, without an expected version unless one is given. Each builder carries
 * the same values as the event builder of the same step in {@link ProjectEvents}.
 */
final class ProjectCommands {

    private ProjectCommands() {
    }

    static RegisterProject register(ProjectKind kind) {
        return register(kind, REGISTERED_ON);
    }

    static RegisterProject register(ProjectKind kind, LocalDate on) {
        var event = registered(kind);
        return new RegisterProject(ID, on, kind, event.title(), event.jurisdiction(), event.ownerOrganisation(),
                event.responsiblePerson(), event.plannedCapacity(), event.planReference());
    }

    static ApproveProject approve() {
        return approve(BUDGET);
    }

    static ApproveProject approve(Money budget) {
        return approve(APPROVED_ON, null, budget, PLANNED_START, PLANNED_COMPLETION);
    }

    static ApproveProject approve(LocalDate on, Long expectedVersion, Money budget, LocalDate plannedStart,
                                  LocalDate plannedCompletion) {
        var event = approved(budget);
        return new ApproveProject(ID, on, expectedVersion, event.approvingBody(), event.documentNumber(), budget,
                event.scope(), plannedStart, plannedCompletion);
    }

    static AllocateFunding allocate(String allocationId, FundingSource source, Money amount) {
        return allocate(FUNDED_ON, null, allocationId, source, amount);
    }

    static AllocateFunding allocate(LocalDate on, Long expectedVersion, String allocationId, FundingSource source,
                                    Money amount) {
        var event = allocated(allocationId, source, amount);
        return new AllocateFunding(ID, on, expectedVersion, allocationId, source, amount, event.documentNumber());
    }

    static StartConstruction start() {
        return start(STARTED_ON, null);
    }

    static StartConstruction start(LocalDate on) {
        return start(on, null);
    }

    static StartConstruction start(LocalDate on, Long expectedVersion) {
        return new StartConstruction(ID, on, expectedVersion, started().contractor());
    }

    static ReportProgress reportProgress(int percent) {
        return reportProgress(PROGRESS_ON, percent);
    }

    static ReportProgress reportProgress(LocalDate on, int percent) {
        var event = progressReported(on, percent);
        return new ReportProgress(ID, on, null, percent, event.note(), event.evidenceReference(), null);
    }

    static ReportProgress correctProgress(int percent, long correctsSequence) {
        var event = progressCorrected(percent, correctsSequence);
        return new ReportProgress(ID, PROGRESS_ON, null, percent, event.note(), event.evidenceReference(), correctsSequence);
    }

    static CompleteConstruction complete() {
        return complete(COMPLETED_ON);
    }

    static CompleteConstruction complete(LocalDate on) {
        return new CompleteConstruction(ID, on, null, BUILT_CAPACITY, FLOOR_AREA);
    }

    static ReceiveHandover receiveHandover() {
        var event = handedOver();
        return new ReceiveHandover(ID, HANDED_OVER_ON, null, event.handedOverBy(), event.actualCapacity());
    }

    static FailAcceptance failAcceptance() {
        return failAcceptance(INSPECTED_ON, RECTIFY_BY);
    }

    static FailAcceptance failAcceptance(LocalDate on, LocalDate rectifyBy) {
        var event = acceptanceFailed(on, rectifyBy);
        return new FailAcceptance(ID, on, null, event.inspectingBody(), event.findings(), rectifyBy);
    }

    static PassAcceptance passAcceptance() {
        return passAcceptance(ACCEPTED_ON);
    }

    static PassAcceptance passAcceptance(LocalDate on) {
        var event = acceptancePassed(on);
        return new PassAcceptance(ID, on, null, event.inspectingBody(), event.documentNumber());
    }

    static PutProjectIntoService putProjectIntoService() {
        return putProjectIntoService(IN_SERVICE_ON);
    }

    static PutProjectIntoService putProjectIntoService(LocalDate on) {
        return new PutProjectIntoService(ID, on, null, putIntoService().firstEnrolment());
    }

    static SuspendProject suspend() {
        return suspend(null);
    }

    static SuspendProject suspend(Long expectedVersion) {
        return new SuspendProject(ID, SUSPENDED_ON, expectedVersion, suspended().reason());
    }

    static ResumeProject resume() {
        return new ResumeProject(ID, RESUMED_ON, null, resumed().note());
    }

    static RebaselineSchedule rebaseline(LocalDate plannedStart, LocalDate plannedCompletion) {
        return new RebaselineSchedule(ID, REVISED_ON, null, plannedStart, plannedCompletion,
                scheduleRebaselined(plannedStart, plannedCompletion).reason());
    }

    static ReviseBudget reviseBudget(Money budget) {
        var event = budgetRevised(budget);
        return new ReviseBudget(ID, REVISED_ON, null, budget, event.documentNumber(), event.reason());
    }

    static ReviseScope reviseScope() {
        var event = scopeRevised();
        return new ReviseScope(ID, REVISED_ON, null, event.scope(), event.plannedCapacity(), event.reason());
    }

    static CancelProject cancel() {
        return new CancelProject(ID, CANCELLED_ON, null, cancelled().reason());
    }

    static DecommissionSite decommissionSite() {
        return decommissionSite(DECOMMISSIONED_ON);
    }

    static DecommissionSite decommissionSite(LocalDate on) {
        var event = siteDecommissioned();
        return new DecommissionSite(ID, on, null, event.siteDescription(), event.placesRemoved());
    }

    static LaunchReform launch() {
        return launch(LAUNCHED_ON);
    }

    static LaunchReform launch(LocalDate on) {
        return new LaunchReform(ID, on, null, PILOT_UNITS);
    }

    static EvaluateReform evaluate(boolean passed) {
        return evaluate(EVALUATED_ON, passed);
    }

    static EvaluateReform evaluate(LocalDate on, boolean passed) {
        var event = evaluated(on, passed);
        return new EvaluateReform(ID, on, null, event.evaluator(), event.rating(), passed);
    }

    static ConcludeReform conclude(boolean scaledUp) {
        return conclude(CONCLUDED_ON, scaledUp);
    }

    static ConcludeReform conclude(LocalDate on, boolean scaledUp) {
        return new ConcludeReform(ID, on, null, scaledUp, concluded(on, scaledUp).outcome());
    }

    static ApplyForDesignation applyForDesignation(LocalDate on) {
        var event = designationApplied(on);
        return new ApplyForDesignation(ID, on, null, event.designation(), event.level(), event.applicationBody());
    }

    static GrantDesignation grant() {
        return grant(GRANTED_ON);
    }

    static GrantDesignation grant(LocalDate on) {
        var event = designationGranted(on);
        return new GrantDesignation(ID, on, null, event.level(), event.grantingBody(), event.documentNumber());
    }

    static RejectDesignation reject() {
        return new RejectDesignation(ID, REJECTED_ON, null, designationRejected().reason());
    }
}
