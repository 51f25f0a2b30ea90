package cn.edutrack.command.plan.domain;

/**
 * The named rules of plans and jurisdictions. A refused command names one; the code is what API clients match
 * on (never the message text). The HTTP status of each is chosen in the problem advice: 404 for a plan, indicator
 * or target that does not exist, 409 for a definition that contradicts what is recorded, 400 for a date in the
 * future, 422 for everything else.
 */
public enum PlanRule {
    BUSINESS_DATE_IN_FUTURE("business date is in the future"),
    PLAN_NOT_FOUND("no plan is registered with this id"),
    INDICATOR_NOT_FOUND("the plan has no indicator with this id"),
    TARGET_NOT_FOUND("the plan has no target with this id"),
    JURISDICTION_CODE_NOT_CN("jurisdiction codes start with CN"),
    PARENT_JURISDICTION_NOT_ABOVE("the parent jurisdiction's code must be a path prefix of the code"),
    JURISDICTION_REGISTERED_DIFFERENTLY("the jurisdiction is already registered with another name, level or parent"),
    PLAN_REGISTERED_DIFFERENTLY("the plan is already registered with other content"),
    PERIOD_INVALID("the plan period must be years from 1949 to 2100, the first not after the last"),
    BASELINE_AFTER_START("the baseline year is after the start of the plan period"),
    INDICATOR_DEFINED_DIFFERENTLY("the indicator is already defined differently"),
    PROGRAMME_DEFINED_DIFFERENTLY("the programme is already defined differently"),
    TARGET_SET_DIFFERENTLY("the target is already set differently"),
    UNKNOWN_PROGRAMME("a target's programme must be defined first"),
    UNKNOWN_INDICATOR("a target can only restate an indicator the plan defines"),
    TARGET_YEAR_OUTSIDE_PERIOD("the target year is outside the plan period"),
    TARGET_YEAR_NOT_AFTER_BASELINE("the target year is not after the baseline year"),
    PLANNED_FIGURE_REQUIRED("a target needs a planned figure unless it is flagged unquantified"),
    REVISION_REASON_REQUIRED("a changed target is a revision and needs a reason"),
    REVISION_CHANGES_NOTHING("the revision does not change the target"),
    MEASUREMENT_YEAR_OUT_OF_RANGE("a measurement's year must lie between 1949 and the current year"),
    UNKNOWN_FLAG("flags must be known data-quality flags"),
    CONCURRENT_CHANGE("the plan or jurisdiction was changed by another request at the same time"),
    INVALID_CONTENT("the content does not make a valid record"),
    UNKNOWN_PLAN_REFERENCE("a project can only be assigned to a recorded plan, and to programmes and targets it defines");

    private final String description;

    PlanRule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The rule as it appears in problem responses, e.g. {@code plan-not-found}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
