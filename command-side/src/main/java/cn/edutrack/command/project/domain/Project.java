package cn.edutrack.command.project.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.edutrack.events.Money;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.RecheckResult;
import cn.edutrack.events.Track;
import cn.edutrack.events.plan.Flags;
import cn.edutrack.events.plan.Quantity;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One tracked project, rebuilt from its events. Each command handler checks the rules that apply,
 * then records exactly one event (an assignment to the plan already in force records none); the
 * event-sourcing handler only changes state, from the events as they are in force (corrections included). Time comes from the
 * injected {@link Clock}: "today" is the date in the clock's zone (China Standard Time in production).
 */
@Aggregate
public class Project {

    @AggregateIdentifier
    private ProjectId id;
    private ProjectKind kind;
    private Stage stage;
    private boolean suspended;
    private long version;
    /** Business date of the last stage transition; later stages may not be dated before it. */
    private LocalDate stageDate;
    /** Business dates of the stages other facts are dated against (funding, progress, decommissioning). */
    private LocalDate approvedOn;
    private LocalDate workStartedOn;
    private LocalDate completedOn;
    private Money approvedBudget = Money.ZERO;
    private Money allocated = Money.ZERO;
    private final Set<String> allocationIds = new HashSet<>();
    /** Percent of each progress report by its sequence number, for corrections. */
    private final Map<Long, Integer> progressReports = new HashMap<>();
    /** The report in force: the latest, or the correction of the latest. */
    private Long reportInForce;
    private int percentComplete;
    private boolean evaluated;
    private boolean lastEvaluationPassed;
    private LocalDate suspendedOn;
    private boolean siteDecommissioned;
    /** The assignment to a plan in force: the latest. */
    private ProjectAssignedToPlan assignment;
    /** The supervisors' rectification orders by number (1, 2, ...). */
    private final Map<Integer, RectificationOrder> rectificationOrders = new HashMap<>();
    /**
     * Every event by sequence number as it is in force: the original, or in its place its latest correction's
     * corrected event; each correction also at its own sequence number. The state above is derived from these.
     */
    private final NavigableMap<Long, ProjectEvent> effective = new TreeMap<>();

    /** A rectification order as far as the rules care: when it was issued and whether a re-check closed it. */
    private record RectificationOrder(LocalDate orderedOn, boolean rectified) {
    }

    protected Project() {
        // for Axon
    }

    // ---------------------------------------------------------------- registration

    @CommandHandler
    public Project(RegisterProject command, Clock clock) {
        requireNotInFuture(command.projectId(), command.businessDate(), clock);
        apply(new ProjectRegistered(command.projectId(), command.businessDate(), clock.instant(), command.kind(),
                command.title(), command.jurisdiction(), command.ownerOrganisation(), command.responsiblePerson(),
                command.plannedCapacity(), command.planReference()));
    }

    // ---------------------------------------------------------------- all tracks

    @CommandHandler
    public CommandResult handle(ApproveProject command, Clock clock) {
        checkCommon(command, clock);
        requireTrack(command, Track.CONSTRUCTION, Track.REFORM);
        if (kind == ProjectKind.HANDOVER) {
            throw violation(Rule.WRONG_KIND, "a handed-over school (HANDOVER) is not approved by the bureau; record the handover instead");
        }
        if (stage != Stage.PLANNED) {
            throw violation(Rule.ALREADY_APPROVED, "cannot approve project " + id + ": it is already approved");
        }
        requireSchedule(command.plannedStart(), command.plannedCompletion());
        requirePositive(command.approvedBudget(), "approvedBudget");
        apply(new ProjectApproved(id, command.businessDate(), clock.instant(), command.approvingBody(),
                command.documentNumber(), command.approvedBudget(), command.scope(), command.plannedStart(),
                command.plannedCompletion()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(AllocateFunding command, Clock clock) {
        checkCommon(command, clock);
        requireTrack(command, Track.CONSTRUCTION, Track.REFORM);
        if (stage == Stage.PLANNED) {
            throw violation(Rule.NOT_APPROVED, "cannot allocate funds, project " + id + " is not approved");
        }
        if (command.allocationId() != null && allocationIds.contains(command.allocationId())) {
            throw violation(Rule.ALLOCATION_ALREADY_RECORDED,
                    "allocation " + command.allocationId() + " is already recorded for project " + id);
        }
        requireNotBefore(command, approvedOn, "the approval");
        requirePositive(command.amount(), "amount");
        Money total = allocated.plus(command.amount());
        if (total.compareTo(approvedBudget) > 0) {
            throw violation(Rule.ALLOCATION_EXCEEDS_BUDGET, "cannot allocate " + command.amount() + " to project " + id
                    + ": allocations would total " + total + ", over the approved budget of " + approvedBudget
                    + "; record a budget revision first");
        }
        apply(new FundingAllocated(id, command.businessDate(), clock.instant(), command.allocationId(), command.source(),
                command.amount(), command.documentNumber()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(ReportProgress command, Clock clock) {
        checkCommon(command, clock);
        requireTrack(command, Track.CONSTRUCTION, Track.REFORM);
        boolean construction = kind.track() == Track.CONSTRUCTION;
        if (construction && (stage == Stage.COMPLETED || stage == Stage.HANDED_OVER || stage == Stage.ACCEPTED
                || stage == Stage.ACCEPTANCE_FAILED)) {
            throw violation(Rule.ALREADY_COMPLETED,
                    "cannot report progress on project " + id + ": construction is already completed (" + stageName() + ")");
        }
        if (construction && stage != Stage.UNDER_CONSTRUCTION) {
            throw violation(Rule.CONSTRUCTION_NOT_STARTED,
                    "cannot report progress on project " + id + ": construction is not under way (" + stageName() + ")");
        }
        if (!construction && stage != Stage.LAUNCHED && stage != Stage.EVALUATED) {
            throw violation(Rule.REFORM_NOT_LAUNCHED, "cannot report progress on reform " + id + ": it has not been launched");
        }
        requireNotBefore(command, workStartedOn, construction ? "the start of construction" : "the launch");
        int percent = command.percentComplete();
        if (percent < 0 || percent > 100) {
            throw violation(Rule.PROGRESS_OUT_OF_RANGE, "percentComplete must be between 0 and 100, was " + percent);
        }
        if (command.correctsSequence() != null) {
            if (!progressReports.containsKey(command.correctsSequence())) {
                throw violation(Rule.CORRECTED_EVENT_NOT_A_PROGRESS_REPORT, "event " + command.correctsSequence()
                        + " of project " + id + " is not a progress report");
            }
        } else if (percent < percentComplete) {
            throw violation(Rule.PROGRESS_DECREASE_WITHOUT_CORRECTION, "progress of project " + id + " cannot go from "
                    + percentComplete + "% down to " + percent + "% without naming the report it corrects");
        }
        apply(new ProgressReported(id, command.businessDate(), clock.instant(), percent, command.note(),
                command.evidenceReference(), command.correctsSequence()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(SuspendProject command, Clock clock) {
        requireNotInFuture(id, command.businessDate(), clock);
        requireVersion(command);
        requireOpen();
        if (suspended) {
            throw violation(Rule.PROJECT_SUSPENDED, "project " + id + " is already suspended");
        }
        apply(new ProjectSuspended(id, command.businessDate(), clock.instant(), command.reason()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(ResumeProject command, Clock clock) {
        requireNotInFuture(id, command.businessDate(), clock);
        requireVersion(command);
        requireOpen();
        if (!suspended) {
            throw violation(Rule.NOT_SUSPENDED, "cannot resume project " + id + ": it is not suspended");
        }
        requireNotBefore(command, suspendedOn, "the suspension");
        apply(new ProjectResumed(id, command.businessDate(), clock.instant(), command.note()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(RebaselineSchedule command, Clock clock) {
        requireNotInFuture(id, command.businessDate(), clock);
        requireVersion(command);
        requireOpen();
        requireTrack(command, Track.CONSTRUCTION, Track.REFORM);
        if (stage == Stage.PLANNED) {
            throw violation(Rule.NOT_APPROVED, "cannot re-baseline the schedule, project " + id + " is not approved");
        }
        requireSchedule(command.plannedStart(), command.plannedCompletion());
        apply(new ScheduleRebaselined(id, command.businessDate(), clock.instant(), command.plannedStart(),
                command.plannedCompletion(), command.reason()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(ReviseBudget command, Clock clock) {
        requireNotInFuture(id, command.businessDate(), clock);
        requireVersion(command);
        requireOpen();
        requireTrack(command, Track.CONSTRUCTION, Track.REFORM);
        if (stage == Stage.PLANNED) {
            throw violation(Rule.NOT_APPROVED, "cannot revise the budget, project " + id + " is not approved");
        }
        requirePositive(command.approvedBudget(), "approvedBudget");
        if (command.approvedBudget().compareTo(allocated) < 0) {
            throw violation(Rule.BUDGET_BELOW_ALLOCATED, "cannot revise the budget of project " + id + " to "
                    + command.approvedBudget() + ": " + allocated + " is already allocated");
        }
        apply(new BudgetRevised(id, command.businessDate(), clock.instant(), command.approvedBudget(),
                command.documentNumber(), command.reason()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(ReviseScope command, Clock clock) {
        requireNotInFuture(id, command.businessDate(), clock);
        requireVersion(command);
        requireOpen();
        requireTrack(command, Track.CONSTRUCTION, Track.REFORM);
        if (stage == Stage.COMPLETED || stage == Stage.HANDED_OVER || stage == Stage.ACCEPTED
                || stage == Stage.ACCEPTANCE_FAILED) {
            throw violation(Rule.ALREADY_COMPLETED, "cannot revise the scope of project " + id + ": it is already "
                    + stageName());
        }
        apply(new ScopeRevised(id, command.businessDate(), clock.instant(), command.scope(), command.plannedCapacity(),
                command.reason()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(CancelProject command, Clock clock) {
        requireNotInFuture(id, command.businessDate(), clock);
        requireVersion(command);
        requireOpen();
        apply(new ProjectCancelled(id, command.businessDate(), clock.instant(), command.reason()));
        return result();
    }

    // ---------------------------------------------------------------- construction

    @CommandHandler
    public CommandResult handle(StartConstruction command, Clock clock) {
        checkCommon(command, clock);
        requireTrack(command, Track.CONSTRUCTION);
        requireNotHandover();
        if (stage == Stage.PLANNED) {
            throw violation(Rule.NOT_APPROVED, "cannot start construction, project " + id + " is not approved");
        }
        if (stage != Stage.APPROVED) {
            throw violation(Rule.CONSTRUCTION_ALREADY_STARTED, "construction of project " + id + " has already started");
        }
        requireStageDate(command);
        apply(new ConstructionStarted(id, command.businessDate(), clock.instant(), command.contractor()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(CompleteConstruction command, Clock clock) {
        checkCommon(command, clock);
        requireTrack(command, Track.CONSTRUCTION);
        requireNotHandover();
        if (stage == Stage.PLANNED || stage == Stage.APPROVED) {
            throw violation(Rule.CONSTRUCTION_NOT_STARTED, "cannot complete project " + id + ": construction has not started");
        }
        if (stage != Stage.UNDER_CONSTRUCTION) {
            throw violation(Rule.ALREADY_COMPLETED, "project " + id + " is already completed");
        }
        requireStageDate(command);
        apply(new ConstructionCompleted(id, command.businessDate(), clock.instant(), command.actualCapacity(),
                command.floorAreaSquareMetres()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(ReceiveHandover command, Clock clock) {
        checkCommon(command, clock);
        requireTrack(command, Track.CONSTRUCTION);
        if (kind != ProjectKind.HANDOVER) {
            throw violation(Rule.WRONG_KIND, "only a HANDOVER project can be handed over; project " + id + " is " + kind);
        }
        if (stage != Stage.PLANNED) {
            throw violation(Rule.ALREADY_COMPLETED, "project " + id + " has already been handed over");
        }
        apply(new ProjectHandedOver(id, command.businessDate(), clock.instant(), command.handedOverBy(),
                command.actualCapacity()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(PassAcceptance command, Clock clock) {
        checkCommon(command, clock);
        requireTrack(command, Track.CONSTRUCTION);
        requireAcceptable();
        requireStageDate(command);
        apply(new AcceptancePassed(id, command.businessDate(), clock.instant(), command.inspectingBody(),
                command.documentNumber()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(FailAcceptance command, Clock clock) {
        checkCommon(command, clock);
        requireTrack(command, Track.CONSTRUCTION);
        requireAcceptable();
        requireStageDate(command);
        if (command.rectificationDeadline().isBefore(command.businessDate())) {
            throw violation(Rule.INVALID_SCHEDULE, "the rectification deadline " + command.rectificationDeadline()
                    + " is before the inspection on " + command.businessDate());
        }
        apply(new AcceptanceFailed(id, command.businessDate(), clock.instant(), command.inspectingBody(),
                command.findings(), command.rectificationDeadline()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(PutProjectIntoService command, Clock clock) {
        checkCommon(command, clock);
        requireTrack(command, Track.CONSTRUCTION);
        if (stage != Stage.ACCEPTED) {
            throw violation(Rule.NOT_ACCEPTED, "cannot put project " + id + " into service: it has not passed acceptance ("
                    + stageName() + ")");
        }
        requireStageDate(command);
        apply(new PutIntoService(id, command.businessDate(), clock.instant(), command.firstEnrolment()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(DecommissionSite command, Clock clock) {
        requireNotInFuture(id, command.businessDate(), clock);
        requireVersion(command);
        requireTrack(command, Track.CONSTRUCTION);
        if (kind != ProjectKind.RELOCATION) {
            throw violation(Rule.WRONG_KIND, "only a RELOCATION project has an old site to decommission; project " + id
                    + " is " + kind);
        }
        if (stage != Stage.COMPLETED && stage != Stage.ACCEPTED && stage != Stage.ACCEPTANCE_FAILED
                && stage != Stage.IN_SERVICE) {
            throw violation(Rule.NOT_A_RELOCATION_SITE_READY, "cannot decommission the old site of project " + id
                    + " before the new school is completed (" + stageName() + ")");
        }
        requireNotBefore(command, completedOn, "the completion");
        if (siteDecommissioned) {
            throw violation(Rule.SITE_ALREADY_DECOMMISSIONED, "the old site of project " + id + " is already decommissioned");
        }
        apply(new SiteDecommissioned(id, command.businessDate(), clock.instant(), command.siteDescription(),
                command.placesRemoved()));
        return result();
    }

    // ---------------------------------------------------------------- reform

    @CommandHandler
    public CommandResult handle(LaunchReform command, Clock clock) {
        checkCommon(command, clock);
        requireTrack(command, Track.REFORM);
        if (stage == Stage.PLANNED) {
            throw violation(Rule.NOT_APPROVED, "cannot launch reform " + id + ": its implementation plan is not approved");
        }
        if (stage != Stage.APPROVED) {
            throw violation(Rule.REFORM_ALREADY_LAUNCHED, "reform " + id + " is already launched");
        }
        requireStageDate(command);
        apply(new ReformLaunched(id, command.businessDate(), clock.instant(), command.participatingUnits()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(EvaluateReform command, Clock clock) {
        checkCommon(command, clock);
        requireTrack(command, Track.REFORM);
        if (stage != Stage.LAUNCHED && stage != Stage.EVALUATED) {
            throw violation(Rule.REFORM_NOT_LAUNCHED, "cannot evaluate reform " + id + ": it has not been launched");
        }
        requireStageDate(command);
        apply(new ReformEvaluated(id, command.businessDate(), clock.instant(), command.evaluator(), command.rating(),
                command.passed()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(ConcludeReform command, Clock clock) {
        checkCommon(command, clock);
        requireTrack(command, Track.REFORM);
        if (!evaluated) {
            throw violation(Rule.REFORM_NOT_EVALUATED, "cannot conclude reform " + id + ": it has not been evaluated");
        }
        if (command.scaledUp() && !lastEvaluationPassed) {
            throw violation(Rule.REFORM_EVALUATION_FAILED, "cannot scale up reform " + id
                    + ": its latest evaluation failed; conclude it or evaluate it again");
        }
        requireStageDate(command);
        apply(new ReformConcluded(id, command.businessDate(), clock.instant(), command.scaledUp(), command.outcome()));
        return result();
    }

    // ---------------------------------------------------------------- designation

    @CommandHandler
    public CommandResult handle(ApplyForDesignation command, Clock clock) {
        checkCommon(command, clock);
        requireTrack(command, Track.DESIGNATION);
        if (stage == Stage.APPLIED) {
            throw violation(Rule.DESIGNATION_APPLICATION_PENDING, "an application for project " + id + " is already pending");
        }
        requireStageDate(command);
        apply(new DesignationApplied(id, command.businessDate(), clock.instant(), command.designation(), command.level(),
                command.applicationBody()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(GrantDesignation command, Clock clock) {
        checkCommon(command, clock);
        requireTrack(command, Track.DESIGNATION);
        requireApplied();
        requireStageDate(command);
        apply(new DesignationGranted(id, command.businessDate(), clock.instant(), command.level(), command.grantingBody(),
                command.documentNumber()));
        return result();
    }

    @CommandHandler
    public CommandResult handle(RejectDesignation command, Clock clock) {
        checkCommon(command, clock);
        requireTrack(command, Track.DESIGNATION);
        requireApplied();
        requireStageDate(command);
        apply(new DesignationRejected(id, command.businessDate(), clock.instant(), command.reason()));
        return result();
    }

    // ---------------------------------------------------------------- place in a plan

    /**
     * Places the project in a plan, on any track and at any stage (plans list projects that are already built)
     * except a cancelled one, and also while it is suspended: the assignment is planning data, not a step of the
     * lifecycle. The same assignment as the one in force records nothing.
     */
    @CommandHandler
    public CommandResult handle(AssignProjectToPlan command, Clock clock) {
        requireNotInFuture(id, command.businessDate(), clock);
        requireVersion(command);
        if (stage == Stage.CANCELLED) {
            throw violation(Rule.PROJECT_CANCELLED, "project " + id + " is cancelled and cannot be placed in a plan");
        }
        if (command.planId() == null) {
            throw violation(Rule.INVALID_ASSIGNMENT, "an assignment of project " + id + " needs the plan's id");
        }
        if (id.equals(command.parent())) {
            throw violation(Rule.OWN_PORTFOLIO, "project " + id + " cannot be a part of its own portfolio");
        }
        if (command.targetId() != null && command.programmeId() == null) {
            throw violation(Rule.TARGET_WITHOUT_PROGRAMME, "target " + command.targetId()
                    + " is named without its programme");
        }
        List<ProjectAssignedToPlan.Contribution> contributions = command.contributions() == null ? List.of()
                : command.contributions();
        if (command.targetId() == null && contributions.stream().anyMatch(c -> c.targetId() == null)) {
            throw violation(Rule.CONTRIBUTION_WITHOUT_TARGET, "project " + id
                    + " has no main target, so each contribution must name its target");
        }
        if (command.flags() != null) {
            for (String flag : command.flags()) {
                if (!Flags.KNOWN.contains(flag)) {
                    throw violation(Rule.UNKNOWN_FLAG, "unknown flag '" + flag + "'; known flags: "
                            + String.join(", ", Flags.KNOWN));
                }
            }
        }
        if (assignment != null && sameAssignment(assignment, command, contributions)) {
            return new CommandResult(id, version, false);
        }
        ProjectAssignedToPlan assigned;
        try {
            assigned = new ProjectAssignedToPlan(id, command.businessDate(), clock.instant(), command.planId(),
                    command.programmeId(), command.targetId(), contributions, command.parent(), command.quota(),
                    command.dueYear(), command.flags(), command.source());
        } catch (IllegalArgumentException e) {
            throw violation(Rule.INVALID_ASSIGNMENT, e.getMessage());
        }
        apply(assigned);
        return result();
    }

    /** Same plan, programme, target, contributions (numbers by value), portfolio, quota, due year, flags and source. */
    private static boolean sameAssignment(ProjectAssignedToPlan inForce, AssignProjectToPlan command,
                                          List<ProjectAssignedToPlan.Contribution> contributions) {
        if (!inForce.planId().equals(command.planId()) || !Objects.equals(inForce.programmeId(), command.programmeId())
                || !Objects.equals(inForce.targetId(), command.targetId()) || !Objects.equals(inForce.parent(), command.parent())
                || !Objects.equals(inForce.dueYear(), command.dueYear()) || !Objects.equals(inForce.source(), command.source())
                || !Set.copyOf(inForce.flags()).equals(Set.copyOf(command.flags() == null ? List.of() : command.flags()))
                || inForce.contributions().size() != contributions.size()) {
            return false;
        }
        for (int i = 0; i < contributions.size(); i++) {
            ProjectAssignedToPlan.Contribution a = inForce.contributions().get(i);
            ProjectAssignedToPlan.Contribution b = contributions.get(i);
            if (!Objects.equals(a.targetId(), b.targetId()) || a.counts() != b.counts()
                    || !sameNumber(a.value(), b.value()) || !Objects.equals(a.asWritten(), b.asWritten())) {
                return false;
            }
        }
        ProjectAssignedToPlan.Quota q = inForce.quota();
        ProjectAssignedToPlan.Quota r = command.quota();
        if (q == null || r == null) {
            return q == r;
        }
        return q.per().equals(r.per()) && q.fromYear() == r.fromYear() && q.toYear() == r.toYear()
                && sameQuantity(q.perYear(), r.perYear());
    }

    private static boolean sameQuantity(Quantity a, Quantity b) {
        return a == null ? b == null : a.sameAs(b);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    // ---------------------------------------------------------------- supervision

    /**
     * A supervisor orders rectification (责令整改). Allowed on every track and stage, also while suspended or once
     * closed (a school in service can be found wanting), but not on a cancelled project. Orders are numbered 1, 2,
     * 3... in the order they are recorded.
     */
    @CommandHandler
    public CommandResult handle(OrderRectification command, Clock clock) {
        requireNotInFuture(id, command.businessDate(), clock);
        requireVersion(command);
        if (command.deadline() != null && command.deadline().isBefore(command.businessDate())) {
            throw new ProjectRuleViolation(Rule.DEADLINE_BEFORE_ORDER, id, "deadline " + command.deadline()
                    + " is before the order of " + command.businessDate(), "deadline", Map.of());
        }
        requireNotCancelled("ordered to rectify");
        int orderNumber = rectificationOrders.size() + 1;
        apply(new RectificationOrdered(id, command.businessDate(), clock.instant(), orderNumber, command.issuingBody(),
                command.findings(), command.deadline()));
        return result();
    }

    /** A supervisor summons the responsible party (约谈); allowed like a rectification order. */
    @CommandHandler
    public CommandResult handle(IssueSummons command, Clock clock) {
        requireNotInFuture(id, command.businessDate(), clock);
        requireVersion(command);
        requireNotCancelled("summoned");
        apply(new SummonsIssued(id, command.businessDate(), clock.instant(), command.issuingBody(),
                command.summonedParty(), command.reason()));
        return result();
    }

    /**
     * A supervisor records the re-check (复查) of one of the project's rectification orders. An order found
     * rectified is closed; one not rectified stays open, with a new deadline when one is given.
     */
    @CommandHandler
    public CommandResult handle(RecordRecheck command, Clock clock) {
        requireNotInFuture(id, command.businessDate(), clock);
        requireVersion(command);
        LocalDate newDeadline = command.newDeadline();
        if (newDeadline != null && command.result() == RecheckResult.RECTIFIED) {
            throw new ProjectRuleViolation(Rule.INVALID_NEW_DEADLINE, id, "an order found RECTIFIED takes no newDeadline",
                    "newDeadline", Map.of());
        }
        if (newDeadline != null && newDeadline.isBefore(command.businessDate())) {
            throw new ProjectRuleViolation(Rule.INVALID_NEW_DEADLINE, id, "newDeadline " + newDeadline
                    + " is before the re-check of " + command.businessDate(), "newDeadline", Map.of());
        }
        requireNotCancelled("re-checked");
        RectificationOrder order = rectificationOrders.get(command.orderNumber());
        if (order == null) {
            throw new ProjectRuleViolation(Rule.UNKNOWN_RECTIFICATION_ORDER, id, "project " + id
                    + " has no rectification order number " + command.orderNumber() + " (it has "
                    + rectificationOrders.size() + ")", "orderNumber", Map.of("orderNumber", command.orderNumber()));
        }
        if (order.rectified()) {
            throw new ProjectRuleViolation(Rule.RECTIFICATION_ORDER_CLOSED, id, "rectification order "
                    + command.orderNumber() + " of project " + id + " was already found rectified", null,
                    Map.of("orderNumber", command.orderNumber()));
        }
        if (command.businessDate().isBefore(order.orderedOn())) {
            throw new ProjectRuleViolation(Rule.RECHECK_BEFORE_ORDER, id, "the re-check of " + command.businessDate()
                    + " is before rectification order " + command.orderNumber() + " of " + order.orderedOn(), null,
                    Map.of("orderNumber", command.orderNumber()));
        }
        apply(new RecheckRecorded(id, command.businessDate(), clock.instant(), command.orderNumber(), command.result(),
                command.findings(), newDeadline));
        return result();
    }

    private void requireNotCancelled(String action) {
        if (stage == Stage.CANCELLED) {
            throw violation(Rule.PROJECT_CANCELLED, "project " + id + " is cancelled and cannot be " + action);
        }
    }

    // ---------------------------------------------------------------- corrections

    /** Fields of a recorded event that no correction changes: what identifies the event, and what points elsewhere. */
    private static final Set<String> FIXED_FIELDS = Set.of("projectId", "recordedAt", "allocationId", "orderNumber",
            "correctsSequence");
    /** What a registration fixes for good: the track, where the project lies and whose it is (who may record it). */
    private static final Set<String> FIXED_AT_REGISTRATION = Set.of("kind", "jurisdiction", "ownerOrganisation");

    /**
     * Corrects an event recorded wrongly: the changed fields are merged into the event as it is in force (the
     * original, or its latest correction), the result is checked like the history it becomes part of
     * ({@link CorrectionRules}), and {@code EventCorrected} records it whole. Allowed at every stage, also while the
     * project is suspended and once it is closed or cancelled: records are corrected after the fact. Not corrected:
     * a correction (correct the original again), the assignment to a plan (assign again), and the fields that never
     * change ({@link #FIXED_FIELDS}, and a registration's kind, jurisdiction and owner).
     */
    @CommandHandler
    public CommandResult handle(CorrectEvent command, Clock clock, EventCorrector corrector) {
        requireNotInFuture(id, command.businessDate(), clock);
        requireVersion(command);
        long sequence = command.correctedSequence();
        ProjectEvent inForce = effective.get(sequence);
        if (inForce == null) {
            throw correctionViolation(Rule.CORRECTED_EVENT_NOT_FOUND, "project " + id + " has no event " + sequence
                    + " (its events are numbered 0 to " + version + ")", sequence);
        }
        if (inForce instanceof EventCorrected correction) {
            throw correctionViolation(Rule.EVENT_IS_A_CORRECTION, "event " + sequence + " of project " + id
                    + " is a correction of event " + correction.correctedSequence() + "; correct that event instead",
                    sequence);
        }
        if (inForce instanceof ProjectAssignedToPlan) {
            throw correctionViolation(Rule.EVENT_NOT_CORRECTABLE, "event " + sequence + " of project " + id
                    + " assigns it to a plan; assign the project again instead", sequence);
        }
        for (String field : new TreeSet<>(command.changes().keySet())) {
            if (FIXED_FIELDS.contains(field) && hasField(inForce, field)
                    || inForce instanceof ProjectRegistered && FIXED_AT_REGISTRATION.contains(field)) {
                throw new ProjectRuleViolation(Rule.FIELD_NOT_CORRECTABLE, id, field + " of "
                        + inForce.getClass().getSimpleName() + " never changes", "changes." + field,
                        Map.of("correctedSequence", sequence));
            }
        }
        ProjectEvent corrected = corrector.withChanges(inForce, command.changes());
        if (corrected.equals(inForce)) {
            throw correctionViolation(Rule.CORRECTION_CHANGES_NOTHING, "the changes leave event " + sequence
                    + " of project " + id + " as it is", sequence);
        }
        NavigableMap<Long, ProjectEvent> history = eventsInForce();
        history.put(sequence, corrected);
        CorrectionRules.check(id, history, sequence, LocalDate.now(clock));
        apply(corrector.correction(id, command.businessDate(), clock.instant(), sequence, corrected, command.reason()));
        return result();
    }

    private static boolean hasField(ProjectEvent event, String field) {
        return Arrays.stream(event.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(field));
    }

    private ProjectRuleViolation correctionViolation(Rule rule, String detail, long sequence) {
        return new ProjectRuleViolation(rule, id, detail, "correctedSequence", Map.of("correctedSequence", sequence));
    }

    // ---------------------------------------------------------------- rules shared by handlers

    /** The checks every lifecycle step makes: date, version, open and not suspended. */
    private void checkCommon(ProjectCommand command, Clock clock) {
        requireNotInFuture(id, command.businessDate(), clock);
        requireVersion(command);
        requireOpen();
        if (suspended) {
            throw violation(Rule.PROJECT_SUSPENDED, "project " + id + " is suspended; resume it first");
        }
    }

    private static void requireNotInFuture(ProjectId projectId, LocalDate businessDate, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (businessDate.isAfter(today)) {
            throw new ProjectRuleViolation(Rule.BUSINESS_DATE_IN_FUTURE, projectId,
                    "businessDate " + businessDate + " is in the future (today is " + today + ")");
        }
    }

    private void requireVersion(ProjectCommand command) {
        if (command.expectedVersion() != null && command.expectedVersion() != version) {
            throw violation(Rule.STALE_EXPECTED_VERSION, "project " + id + " is at version " + version
                    + ", not the expected version " + command.expectedVersion());
        }
    }

    private void requireOpen() {
        if (stage.isClosed()) {
            throw violation(Rule.PROJECT_CLOSED, "project " + id + " is closed (" + stageName() + ")");
        }
    }

    private void requireTrack(ProjectCommand command, Track... tracks) {
        for (Track track : tracks) {
            if (kind.track() == track) {
                return;
            }
        }
        throw violation(Rule.WRONG_TRACK, command.getClass().getSimpleName() + " does not apply to project " + id
                + " on the " + kind.track().name().toLowerCase() + " track");
    }

    private void requireNotHandover() {
        if (kind == ProjectKind.HANDOVER) {
            throw violation(Rule.WRONG_KIND, "project " + id + " is a handover: the bureau does not build it");
        }
    }

    private void requireSchedule(LocalDate plannedStart, LocalDate plannedCompletion) {
        if (plannedCompletion.isBefore(plannedStart)) {
            throw violation(Rule.INVALID_SCHEDULE, "plannedCompletion " + plannedCompletion + " is before plannedStart "
                    + plannedStart);
        }
    }

    private void requireAcceptable() {
        if (stage == Stage.ACCEPTED) {
            throw violation(Rule.ALREADY_ACCEPTED, "project " + id + " has already passed acceptance");
        }
        if (stage != Stage.COMPLETED && stage != Stage.HANDED_OVER && stage != Stage.ACCEPTANCE_FAILED) {
            throw violation(Rule.NOT_COMPLETED, "acceptance is only possible after completion; project " + id + " is "
                    + stageName());
        }
    }

    private void requireApplied() {
        if (stage != Stage.APPLIED) {
            throw violation(Rule.DESIGNATION_NOT_APPLIED, "project " + id + " has no pending application");
        }
    }

    private void requireStageDate(ProjectCommand command) {
        if (stageDate != null && command.businessDate().isBefore(stageDate)) {
            throw violation(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE, "businessDate " + command.businessDate()
                    + " is before " + stageDate + ", the date of the previous stage of project " + id);
        }
    }

    private void requireNotBefore(ProjectCommand command, LocalDate stageOn, String stage) {
        if (stageOn != null && command.businessDate().isBefore(stageOn)) {
            throw violation(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE, "businessDate " + command.businessDate()
                    + " is before " + stageOn + ", the date of " + stage + " of project " + id);
        }
    }

    private void requirePositive(Money amount, String field) {
        if (amount.isZero()) {
            throw violation(Rule.AMOUNT_NOT_POSITIVE, field + " must be more than zero");
        }
    }

    private ProjectRuleViolation violation(Rule rule, String detail) {
        return new ProjectRuleViolation(rule, id, detail);
    }

    private String stageName() {
        return stage.name().toLowerCase().replace('_', ' ');
    }

    private CommandResult result() {
        return new CommandResult(id, version);
    }

    // ---------------------------------------------------------------- state from events

    /**
     * Every event in order. A correction is kept at its own sequence number and puts the corrected event in place of
     * the original's (a later correction of the same event replaces an earlier one); the state is then rebuilt from
     * the events in force, so that the rules see the corrected history (a corrected allocation changes what is
     * allocated, a corrected completion date the date later stages are checked against).
     */
    @EventSourcingHandler
    void on(ProjectEvent event, @SequenceNumber long sequence) {
        effective.put(sequence, event);
        if (event instanceof EventCorrected correction) {
            effective.put(correction.correctedSequence(), correction.correctedEvent());
            rebuild();
        } else {
            evolve(event, sequence);
        }
        version = sequence;
    }

    /** The state derived from the events in force, from scratch (the identity and the events themselves stay). */
    private void rebuild() {
        stage = null;
        suspended = false;
        stageDate = null;
        approvedOn = null;
        workStartedOn = null;
        completedOn = null;
        approvedBudget = Money.ZERO;
        allocated = Money.ZERO;
        allocationIds.clear();
        progressReports.clear();
        reportInForce = null;
        percentComplete = 0;
        evaluated = false;
        lastEvaluationPassed = false;
        suspendedOn = null;
        siteDecommissioned = false;
        assignment = null;
        rectificationOrders.clear();
        effective.forEach((sequence, event) -> {
            if (!(event instanceof EventCorrected)) {
                evolve(event, sequence);
            }
        });
    }

    /** The events in force by sequence number, without the corrections themselves. */
    private NavigableMap<Long, ProjectEvent> eventsInForce() {
        NavigableMap<Long, ProjectEvent> events = new TreeMap<>();
        effective.forEach((sequence, event) -> {
            if (!(event instanceof EventCorrected)) {
                events.put(sequence, event);
            }
        });
        return events;
    }

    private void evolve(ProjectEvent event, long sequence) {
        if (event instanceof ProjectRegistered e) {
            evolve(e, sequence);
        } else if (event instanceof ProjectApproved e) {
            evolve(e, sequence);
        } else if (event instanceof FundingAllocated e) {
            evolve(e, sequence);
        } else if (event instanceof ConstructionStarted e) {
            evolve(e, sequence);
        } else if (event instanceof ProgressReported e) {
            evolve(e, sequence);
        } else if (event instanceof ConstructionCompleted e) {
            evolve(e, sequence);
        } else if (event instanceof ProjectHandedOver e) {
            evolve(e, sequence);
        } else if (event instanceof AcceptancePassed e) {
            evolve(e, sequence);
        } else if (event instanceof AcceptanceFailed e) {
            evolve(e, sequence);
        } else if (event instanceof PutIntoService e) {
            evolve(e, sequence);
        } else if (event instanceof SiteDecommissioned e) {
            evolve(e, sequence);
        } else if (event instanceof ProjectSuspended e) {
            evolve(e, sequence);
        } else if (event instanceof ProjectResumed e) {
            evolve(e, sequence);
        } else if (event instanceof ScheduleRebaselined e) {
            evolve(e, sequence);
        } else if (event instanceof BudgetRevised e) {
            evolve(e, sequence);
        } else if (event instanceof ScopeRevised e) {
            evolve(e, sequence);
        } else if (event instanceof ProjectCancelled e) {
            evolve(e, sequence);
        } else if (event instanceof ProjectAssignedToPlan e) {
            evolve(e, sequence);
        } else if (event instanceof RectificationOrdered e) {
            evolve(e, sequence);
        } else if (event instanceof SummonsIssued e) {
            evolve(e, sequence);
        } else if (event instanceof RecheckRecorded e) {
            evolve(e, sequence);
        } else if (event instanceof ReformLaunched e) {
            evolve(e, sequence);
        } else if (event instanceof ReformEvaluated e) {
            evolve(e, sequence);
        } else if (event instanceof ReformConcluded e) {
            evolve(e, sequence);
        } else if (event instanceof DesignationApplied e) {
            evolve(e, sequence);
        } else if (event instanceof DesignationGranted e) {
            evolve(e, sequence);
        } else if (event instanceof DesignationRejected e) {
            evolve(e, sequence);
        }
    }

    private void evolve(ProjectRegistered event, long sequence) {
        id = event.projectId();
        kind = event.kind();
        stage = Stage.PLANNED;
    }

    private void evolve(ProjectApproved event, long sequence) {
        moveTo(Stage.APPROVED, event.businessDate());
        approvedOn = event.businessDate();
        approvedBudget = event.approvedBudget();
    }

    private void evolve(FundingAllocated event, long sequence) {
        allocated = allocated.plus(event.amount());
        if (event.allocationId() != null) {
            allocationIds.add(event.allocationId());
        }
    }

    private void evolve(ConstructionStarted event, long sequence) {
        moveTo(Stage.UNDER_CONSTRUCTION, event.businessDate());
        workStartedOn = event.businessDate();
    }

    private void evolve(ProgressReported event, long sequence) {
        progressReports.put(sequence, event.percentComplete());
        // A correction of an older report fixes the record of that report; the report in force stays.
        if (event.correctsSequence() == null || event.correctsSequence().equals(reportInForce)) {
            reportInForce = sequence;
            percentComplete = event.percentComplete();
        }
    }

    private void evolve(ConstructionCompleted event, long sequence) {
        moveTo(Stage.COMPLETED, event.businessDate());
        completedOn = event.businessDate();
        percentComplete = 100;
    }

    private void evolve(ProjectHandedOver event, long sequence) {
        moveTo(Stage.HANDED_OVER, event.businessDate());
    }

    private void evolve(AcceptancePassed event, long sequence) {
        moveTo(Stage.ACCEPTED, event.businessDate());
    }

    private void evolve(AcceptanceFailed event, long sequence) {
        moveTo(Stage.ACCEPTANCE_FAILED, event.businessDate());
    }

    private void evolve(PutIntoService event, long sequence) {
        moveTo(Stage.IN_SERVICE, event.businessDate());
    }

    private void evolve(SiteDecommissioned event, long sequence) {
        siteDecommissioned = true;
    }

    private void evolve(ProjectSuspended event, long sequence) {
        suspended = true;
        suspendedOn = event.businessDate();
    }

    private void evolve(ProjectResumed event, long sequence) {
        suspended = false;
    }

    private void evolve(ScheduleRebaselined event, long sequence) {
    }

    private void evolve(BudgetRevised event, long sequence) {
        approvedBudget = event.approvedBudget();
    }

    private void evolve(ScopeRevised event, long sequence) {
    }

    private void evolve(ProjectCancelled event, long sequence) {
        stage = Stage.CANCELLED;
        suspended = false;
    }

    private void evolve(ProjectAssignedToPlan event, long sequence) {
        assignment = event;
    }

    private void evolve(RectificationOrdered event, long sequence) {
        rectificationOrders.put(event.orderNumber(), new RectificationOrder(event.businessDate(), false));
    }

    private void evolve(SummonsIssued event, long sequence) {
    }

    private void evolve(RecheckRecorded event, long sequence) {
        if (event.result() == RecheckResult.RECTIFIED) {
            rectificationOrders.computeIfPresent(event.orderNumber(),
                    (number, order) -> new RectificationOrder(order.orderedOn(), true));
        }
    }

    private void evolve(ReformLaunched event, long sequence) {
        moveTo(Stage.LAUNCHED, event.businessDate());
        workStartedOn = event.businessDate();
    }

    private void evolve(ReformEvaluated event, long sequence) {
        moveTo(Stage.EVALUATED, event.businessDate());
        evaluated = true;
        lastEvaluationPassed = event.passed();
    }

    private void evolve(ReformConcluded event, long sequence) {
        moveTo(Stage.CONCLUDED, event.businessDate());
    }

    private void evolve(DesignationApplied event, long sequence) {
        moveTo(Stage.APPLIED, event.businessDate());
    }

    private void evolve(DesignationGranted event, long sequence) {
        moveTo(Stage.GRANTED, event.businessDate());
    }

    private void evolve(DesignationRejected event, long sequence) {
        moveTo(Stage.REJECTED, event.businessDate());
    }

    private void moveTo(Stage next, LocalDate businessDate) {
        stage = next;
        stageDate = businessDate;
    }
}
