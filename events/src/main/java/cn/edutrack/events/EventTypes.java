package cn.edutrack.events;

/**
 * Event type names, without version. On Kafka the CloudEvents type is the name plus {@code .v<version>},
 * e.g. {@code cn.edutrack.project.funding-allocated.v1}; see {@link EventCatalog}.
 */
public final class EventTypes {

    public static final String PREFIX = "cn.edutrack.project.";

    public static final String PROJECT_REGISTERED = PREFIX + "registered";
    public static final String PROJECT_APPROVED = PREFIX + "approved";
    public static final String FUNDING_ALLOCATED = PREFIX + "funding-allocated";
    public static final String CONSTRUCTION_STARTED = PREFIX + "construction-started";
    public static final String PROGRESS_REPORTED = PREFIX + "progress-reported";
    public static final String CONSTRUCTION_COMPLETED = PREFIX + "construction-completed";
    public static final String ACCEPTANCE_PASSED = PREFIX + "acceptance-passed";
    public static final String ACCEPTANCE_FAILED = PREFIX + "acceptance-failed";
    public static final String PUT_INTO_SERVICE = PREFIX + "put-into-service";
    public static final String PROJECT_SUSPENDED = PREFIX + "suspended";
    public static final String PROJECT_RESUMED = PREFIX + "resumed";
    public static final String SCHEDULE_REBASELINED = PREFIX + "schedule-rebaselined";
    public static final String BUDGET_REVISED = PREFIX + "budget-revised";
    public static final String SCOPE_REVISED = PREFIX + "scope-revised";
    public static final String PROJECT_HANDED_OVER = PREFIX + "handed-over";
    public static final String SITE_DECOMMISSIONED = PREFIX + "site-decommissioned";
    public static final String PROJECT_CANCELLED = PREFIX + "cancelled";
    public static final String REFORM_LAUNCHED = PREFIX + "reform-launched";
    public static final String REFORM_EVALUATED = PREFIX + "reform-evaluated";
    public static final String REFORM_CONCLUDED = PREFIX + "reform-concluded";
    public static final String DESIGNATION_APPLIED = PREFIX + "designation-applied";
    public static final String DESIGNATION_GRANTED = PREFIX + "designation-granted";
    public static final String DESIGNATION_REJECTED = PREFIX + "designation-rejected";
    public static final String PROJECT_ASSIGNED_TO_PLAN = PREFIX + "assigned-to-plan";
    public static final String RECTIFICATION_ORDERED = PREFIX + "rectification-ordered";
    public static final String SUMMONS_ISSUED = PREFIX + "summons-issued";
    public static final String RECHECK_RECORDED = PREFIX + "recheck-recorded";
    public static final String EVENT_CORRECTED = PREFIX + "event-corrected";

    /** Prefix of plan events (plans, indicators, programmes, targets, jurisdictions). */
    public static final String PLAN_PREFIX = "cn.edutrack.plan.";

    public static final String JURISDICTION_REGISTERED = PLAN_PREFIX + "jurisdiction-registered";
    public static final String PLAN_REGISTERED = PLAN_PREFIX + "plan-registered";
    public static final String INDICATOR_DEFINED = PLAN_PREFIX + "indicator-defined";
    public static final String INDICATOR_TARGET_REVISED = PLAN_PREFIX + "indicator-target-revised";
    public static final String INDICATOR_MEASURED = PLAN_PREFIX + "indicator-measured";
    public static final String PROGRAMME_DEFINED = PLAN_PREFIX + "programme-defined";
    public static final String TARGET_SET = PLAN_PREFIX + "target-set";
    public static final String TARGET_REVISED = PLAN_PREFIX + "target-revised";

    private EventTypes() {
    }
}
