package cn.edutrack.events;

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
import cn.edutrack.events.project.ProjectCancelled;
import cn.edutrack.events.project.ProjectHandedOver;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.events.project.ProjectResumed;
import cn.edutrack.events.project.ProjectSuspended;
import cn.edutrack.events.project.PutIntoService;
import cn.edutrack.events.project.ReformConcluded;
import cn.edutrack.events.project.ReformEvaluated;
import cn.edutrack.events.project.ReformLaunched;
import cn.edutrack.events.project.ScheduleRebaselined;
import cn.edutrack.events.project.ScopeRevised;
import cn.edutrack.events.project.SiteDecommissioned;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.RecheckRecorded;
import cn.edutrack.events.project.RectificationOrdered;
import cn.edutrack.events.project.SummonsIssued;
import cn.edutrack.events.plan.IndicatorDefined;
import cn.edutrack.events.plan.IndicatorMeasured;
import cn.edutrack.events.plan.IndicatorTargetRevised;
import cn.edutrack.events.plan.JurisdictionRegistered;
import cn.edutrack.events.plan.PlanRegistered;
import cn.edutrack.events.plan.ProgrammeDefined;
import cn.edutrack.events.plan.TargetRevised;
import cn.edutrack.events.plan.TargetSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type Edutrack publishes, with its current version and the record that carries it. Readers
 * look a CloudEvents type up here; writers ask it for the type of a record. Adding an event type means
 * adding it here, a JSON Schema under {@code schemas/} and a stored fixture.
 */
public final class EventCatalog {

    private static final List<EventType> TYPES = List.of(
            new EventType(EventTypes.PROJECT_REGISTERED, 1, ProjectRegistered.class),
            new EventType(EventTypes.PROJECT_APPROVED, 1, ProjectApproved.class),
            new EventType(EventTypes.FUNDING_ALLOCATED, 1, FundingAllocated.class),
            new EventType(EventTypes.CONSTRUCTION_STARTED, 1, ConstructionStarted.class),
            new EventType(EventTypes.PROGRESS_REPORTED, 1, ProgressReported.class),
            new EventType(EventTypes.CONSTRUCTION_COMPLETED, 1, ConstructionCompleted.class),
            new EventType(EventTypes.ACCEPTANCE_PASSED, 1, AcceptancePassed.class),
            new EventType(EventTypes.ACCEPTANCE_FAILED, 1, AcceptanceFailed.class),
            new EventType(EventTypes.PUT_INTO_SERVICE, 1, PutIntoService.class),
            new EventType(EventTypes.PROJECT_SUSPENDED, 1, ProjectSuspended.class),
            new EventType(EventTypes.PROJECT_RESUMED, 1, ProjectResumed.class),
            new EventType(EventTypes.SCHEDULE_REBASELINED, 1, ScheduleRebaselined.class),
            new EventType(EventTypes.BUDGET_REVISED, 1, BudgetRevised.class),
            new EventType(EventTypes.SCOPE_REVISED, 1, ScopeRevised.class),
            new EventType(EventTypes.PROJECT_HANDED_OVER, 1, ProjectHandedOver.class),
            new EventType(EventTypes.SITE_DECOMMISSIONED, 1, SiteDecommissioned.class),
            new EventType(EventTypes.PROJECT_CANCELLED, 1, ProjectCancelled.class),
            new EventType(EventTypes.REFORM_LAUNCHED, 1, ReformLaunched.class),
            new EventType(EventTypes.REFORM_EVALUATED, 1, ReformEvaluated.class),
            new EventType(EventTypes.REFORM_CONCLUDED, 1, ReformConcluded.class),
            new EventType(EventTypes.DESIGNATION_APPLIED, 1, DesignationApplied.class),
            new EventType(EventTypes.DESIGNATION_GRANTED, 1, DesignationGranted.class),
            new EventType(EventTypes.DESIGNATION_REJECTED, 1, DesignationRejected.class),
            new EventType(EventTypes.PROJECT_ASSIGNED_TO_PLAN, 1, ProjectAssignedToPlan.class),
            new EventType(EventTypes.RECTIFICATION_ORDERED, 1, RectificationOrdered.class),
            new EventType(EventTypes.SUMMONS_ISSUED, 1, SummonsIssued.class),
            new EventType(EventTypes.RECHECK_RECORDED, 1, RecheckRecorded.class),
            new EventType(EventTypes.EVENT_CORRECTED, 1, EventCorrected.class),
            new EventType(EventTypes.JURISDICTION_REGISTERED, 1, JurisdictionRegistered.class),
            new EventType(EventTypes.PLAN_REGISTERED, 1, PlanRegistered.class),
            new EventType(EventTypes.INDICATOR_DEFINED, 1, IndicatorDefined.class),
            new EventType(EventTypes.INDICATOR_TARGET_REVISED, 1, IndicatorTargetRevised.class),
            new EventType(EventTypes.INDICATOR_MEASURED, 1, IndicatorMeasured.class),
            new EventType(EventTypes.PROGRAMME_DEFINED, 1, ProgrammeDefined.class),
            new EventType(EventTypes.TARGET_SET, 1, TargetSet.class),
            new EventType(EventTypes.TARGET_REVISED, 1, TargetRevised.class));

    private static final Map<String, EventType> BY_CE_TYPE = TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS = TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::eventClass, Function.identity()));

    private EventCatalog() {
    }

    /** Every type, project and plan events. */
    public static List<EventType> all() {
        return TYPES;
    }

    /** The types published on {@link Topics#PROJECT_EVENTS}. */
    public static List<EventType> projectEvents() {
        return TYPES.stream().filter(EventType::isProjectEvent).toList();
    }

    /** The types published on {@link Topics#PLAN_EVENTS}. */
    public static List<EventType> planEvents() {
        return TYPES.stream().filter(type -> !type.isProjectEvent()).toList();
    }

    /** The type of a CloudEvents {@code ce_type} value, e.g. {@code cn.edutrack.project.approved.v1}. */
    public static Optional<EventType> byCeType(String ceType) {
        return ceType == null ? Optional.empty() : Optional.ofNullable(BY_CE_TYPE.get(ceType));
    }

    public static EventType of(Class<? extends DomainEvent> eventClass) {
        EventType type = BY_CLASS.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException("not a catalogued event type: " + eventClass.getName());
        }
        return type;
    }

    public static EventType of(DomainEvent event) {
        return of(event.getClass());
    }
}
