package cn.edutrack.command.project.domain;

import cn.edutrack.events.Money;
import cn.edutrack.events.ProjectId;
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
import cn.edutrack.events.project.SiteDecommissioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The rules a corrected event must keep with the rest of the project's history, the history as it would be with
 * the correction in force. Only what involves the corrected event is checked, so that a history recorded under
 * older rules does not stop an unrelated correction:
 * <ul>
 *   <li>its business date not in the future;</li>
 *   <li>its values as the commands take them: progress 0 to 100, amounts and budgets above zero, a schedule that does
 *       not end before it starts, a rectification deadline not before the failed inspection, a floor area above zero
 *       and at most 10,000,000 m²;</li>
 *   <li>a stage event (approval, start, completion, handover, acceptance, service, the reform's and designation's
 *       steps) dated between the stage events before and after it;</li>
 *   <li>what depends on a stage not dated before it: funding after the approval, progress after the start (or the
 *       launch), decommissioning after the completion, a resumption after its suspension, a re-check after its
 *       rectification order ({@link Rule#RECHECK_BEFORE_ORDER});</li>
 *   <li>for a corrected allocation, approval or budget revision: all allocations within the approved budget in
 *       force;</li>
 *   <li>for a corrected evaluation or conclusion of a reform: a reform scaled up only after a passed evaluation.</li>
 * </ul>
 */
final class CorrectionRules {

    private static final BigDecimal MAX_FLOOR_AREA = new BigDecimal("10000000");

    private final ProjectId id;
    /** The effective events by sequence number, the corrected one in place, corrections themselves left out. */
    private final NavigableMap<Long, ProjectEvent> history;
    private final long sequence;
    private final ProjectEvent corrected;

    private CorrectionRules(ProjectId id, NavigableMap<Long, ProjectEvent> history, long sequence) {
        this.id = id;
        this.history = history;
        this.sequence = sequence;
        this.corrected = history.get(sequence);
    }

    /** @throws ProjectRuleViolation the first rule the corrected event at {@code sequence} breaks */
    static void check(ProjectId id, NavigableMap<Long, ProjectEvent> history, long sequence, LocalDate today) {
        CorrectionRules rules = new CorrectionRules(id, history, sequence);
        rules.notInFuture(today);
        rules.values();
        rules.stageOrder();
        rules.dependencies();
        rules.budget();
        rules.reform();
    }

    private void notInFuture(LocalDate today) {
        if (corrected.businessDate().isAfter(today)) {
            throw violation(Rule.BUSINESS_DATE_IN_FUTURE, "the corrected businessDate " + corrected.businessDate()
                    + " is in the future (today is " + today + ")", "businessDate");
        }
    }

    private void values() {
        if (corrected instanceof ProgressReported progress
                && (progress.percentComplete() < 0 || progress.percentComplete() > 100)) {
            throw violation(Rule.PROGRESS_OUT_OF_RANGE, "percentComplete must be between 0 and 100, was "
                    + progress.percentComplete(), "percentComplete");
        }
        if (corrected instanceof FundingAllocated allocation && allocation.amount().isZero()) {
            throw violation(Rule.AMOUNT_NOT_POSITIVE, "amount must be more than zero", "amount");
        }
        if (corrected instanceof ProjectApproved approval) {
            requirePositiveBudget(approval.approvedBudget());
            requireSchedule(approval.plannedStart(), approval.plannedCompletion());
        }
        if (corrected instanceof BudgetRevised revision) {
            requirePositiveBudget(revision.approvedBudget());
        }
        if (corrected instanceof ScheduleRebaselined rebaseline) {
            requireSchedule(rebaseline.plannedStart(), rebaseline.plannedCompletion());
        }
        if (corrected instanceof AcceptanceFailed failed && failed.rectificationDeadline() != null
                && failed.rectificationDeadline().isBefore(failed.businessDate())) {
            throw violation(Rule.INVALID_SCHEDULE, "the rectification deadline " + failed.rectificationDeadline()
                    + " is before the inspection on " + failed.businessDate(), "rectificationDeadline");
        }
        if (corrected instanceof ConstructionCompleted completion && completion.floorAreaSquareMetres() != null
                && (completion.floorAreaSquareMetres().signum() <= 0
                || completion.floorAreaSquareMetres().compareTo(MAX_FLOOR_AREA) > 0)) {
            throw violation(Rule.INVALID_CORRECTION, "floorAreaSquareMetres must be more than 0 and at most "
                    + MAX_FLOOR_AREA.toPlainString(), "floorAreaSquareMetres");
        }
    }

    private void requirePositiveBudget(Money budget) {
        if (budget.isZero()) {
            throw violation(Rule.AMOUNT_NOT_POSITIVE, "approvedBudget must be more than zero", "approvedBudget");
        }
    }

    private void requireSchedule(LocalDate plannedStart, LocalDate plannedCompletion) {
        if (plannedStart != null && plannedCompletion != null && plannedCompletion.isBefore(plannedStart)) {
            throw violation(Rule.INVALID_SCHEDULE, "plannedCompletion " + plannedCompletion + " is before plannedStart "
                    + plannedStart, "plannedCompletion");
        }
    }

    /** A stage event stays between the stage events before and after it. */
    private void stageOrder() {
        if (!isStage(corrected)) {
            return;
        }
        LocalDate date = corrected.businessDate();
        history.headMap(sequence, false).descendingMap().values().stream().filter(CorrectionRules::isStage).findFirst()
                .filter(before -> date.isBefore(before.businessDate()))
                .ifPresent(before -> {
                    throw violation(Rule.CORRECTION_BREAKS_STAGE_ORDER, "the corrected businessDate " + date
                            + " is before " + before.businessDate() + ", the date of the stage before it ("
                            + nameOf(before) + ")", "businessDate");
                });
        history.tailMap(sequence, false).values().stream().filter(CorrectionRules::isStage).findFirst()
                .filter(after -> date.isAfter(after.businessDate()))
                .ifPresent(after -> {
                    throw violation(Rule.CORRECTION_BREAKS_STAGE_ORDER, "the corrected businessDate " + date
                            + " is after " + after.businessDate() + ", the date of the stage after it ("
                            + nameOf(after) + ")", "businessDate");
                });
    }

    /** Each dependent event of the history against the event it depends on, where either is the corrected one. */
    private void dependencies() {
        for (Map.Entry<Long, ProjectEvent> entry : history.entrySet()) {
            long dependentSequence = entry.getKey();
            ProjectEvent dependent = entry.getValue();
            Optional<Map.Entry<Long, ProjectEvent>> anchor = anchorOf(dependentSequence, dependent);
            if (anchor.isEmpty() || (dependentSequence != sequence && anchor.get().getKey() != sequence)) {
                continue;
            }
            ProjectEvent on = anchor.get().getValue();
            if (dependent.businessDate().isBefore(on.businessDate())) {
                Rule rule = dependent instanceof RecheckRecorded ? Rule.RECHECK_BEFORE_ORDER : Rule.CORRECTION_BREAKS_STAGE_ORDER;
                throw violation(rule, nameOf(dependent) + " (event " + dependentSequence + ") would be dated "
                        + dependent.businessDate() + ", before " + nameOf(on) + " (event " + anchor.get().getKey()
                        + ") of " + on.businessDate(), "businessDate");
            }
        }
    }

    /** The event a dependent event may not be dated before, if the history has it. */
    private Optional<Map.Entry<Long, ProjectEvent>> anchorOf(long dependentSequence, ProjectEvent dependent) {
        if (dependent instanceof FundingAllocated) {
            return first(ProjectApproved.class);
        }
        if (dependent instanceof ProgressReported) {
            return history.entrySet().stream()
                    .filter(e -> e.getValue() instanceof ConstructionStarted || e.getValue() instanceof ReformLaunched)
                    .findFirst();
        }
        if (dependent instanceof SiteDecommissioned) {
            return first(ConstructionCompleted.class);
        }
        if (dependent instanceof ProjectResumed) {
            return history.headMap(dependentSequence, false).descendingMap().entrySet().stream()
                    .filter(e -> e.getValue() instanceof ProjectSuspended).findFirst();
        }
        if (dependent instanceof RecheckRecorded recheck) {
            return history.entrySet().stream()
                    .filter(e -> e.getValue() instanceof RectificationOrdered order
                            && order.orderNumber() == recheck.orderNumber())
                    .findFirst();
        }
        return Optional.empty();
    }

    private Optional<Map.Entry<Long, ProjectEvent>> first(Class<? extends ProjectEvent> type) {
        return history.entrySet().stream().filter(e -> type.isInstance(e.getValue())).findFirst();
    }

    /** All allocations within the budget in force (the approval's, or the latest revision's). */
    private void budget() {
        if (!(corrected instanceof FundingAllocated || corrected instanceof ProjectApproved
                || corrected instanceof BudgetRevised)) {
            return;
        }
        Money budget = null;
        Money allocated = Money.ZERO;
        for (ProjectEvent event : history.values()) {
            if (event instanceof ProjectApproved approval) {
                budget = approval.approvedBudget();
            } else if (event instanceof BudgetRevised revision) {
                budget = revision.approvedBudget();
            } else if (event instanceof FundingAllocated allocation) {
                allocated = allocated.plus(allocation.amount());
            }
        }
        if (budget != null && allocated.compareTo(budget) > 0) {
            throw violation(Rule.ALLOCATION_EXCEEDS_BUDGET, "with the correction, allocations would total " + allocated
                    + ", over the approved budget in force of " + budget,
                    corrected instanceof FundingAllocated ? "amount" : "approvedBudget");
        }
    }

    /** A reform scaled up only when its latest evaluation before the conclusion passed. */
    private void reform() {
        if (!(corrected instanceof ReformEvaluated || corrected instanceof ReformConcluded)) {
            return;
        }
        ReformEvaluated latest = null;
        for (ProjectEvent event : history.values()) {
            if (event instanceof ReformEvaluated evaluation) {
                latest = evaluation;
            } else if (event instanceof ReformConcluded conclusion && conclusion.scaledUp()
                    && latest != null && !latest.passed()) {
                throw violation(Rule.REFORM_EVALUATION_FAILED, "with the correction, the reform would be scaled up"
                        + " after an evaluation that failed", corrected instanceof ReformEvaluated ? "passed" : "scaledUp");
            }
        }
    }

    /** The events that move the project from one stage to the next (each is dated on or after the one before). */
    static boolean isStage(ProjectEvent event) {
        return event instanceof ProjectApproved || event instanceof ConstructionStarted
                || event instanceof ConstructionCompleted || event instanceof ProjectHandedOver
                || event instanceof AcceptancePassed || event instanceof AcceptanceFailed || event instanceof PutIntoService
                || event instanceof ReformLaunched || event instanceof ReformEvaluated || event instanceof ReformConcluded
                || event instanceof DesignationApplied || event instanceof DesignationGranted
                || event instanceof DesignationRejected;
    }

    private static String nameOf(ProjectEvent event) {
        return event.getClass().getSimpleName();
    }

    private ProjectRuleViolation violation(Rule rule, String detail, String field) {
        return new ProjectRuleViolation(rule, id, detail, "changes." + field, Map.of("correctedSequence", sequence));
    }
}
