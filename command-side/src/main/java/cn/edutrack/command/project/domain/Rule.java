package cn.edutrack.command.project.domain;

/**
 * The named rules of the project lifecycle. A rejected command names one; the code is what API clients
 * match on (never the message text).
 */
public enum Rule {
    BUSINESS_DATE_IN_FUTURE("business date is in the future"),
    BUSINESS_DATE_BEFORE_PREVIOUS_STAGE("business date is earlier than the stage before it"),
    STALE_EXPECTED_VERSION("the project has changed since the expected version"),
    PROJECT_ALREADY_REGISTERED("a project with this id is already registered"),
    WRONG_TRACK("the command does not apply to the project's track"),
    WRONG_KIND("the command does not apply to the project's kind"),
    PROJECT_CLOSED("the project is closed"),
    PROJECT_SUSPENDED("the project is suspended"),
    NOT_SUSPENDED("the project is not suspended"),
    ALREADY_APPROVED("the project is already approved"),
    NOT_APPROVED("the project is not approved"),
    INVALID_SCHEDULE("planned completion is before planned start"),
    AMOUNT_NOT_POSITIVE("amounts must be more than zero"),
    ALLOCATION_EXCEEDS_BUDGET("allocations would exceed the approved budget"),
    ALLOCATION_ALREADY_RECORDED("an allocation with this id is already recorded"),
    BUDGET_BELOW_ALLOCATED("the revised budget is below what is already allocated"),
    CONSTRUCTION_ALREADY_STARTED("construction has already started"),
    CONSTRUCTION_NOT_STARTED("construction has not started"),
    PROGRESS_OUT_OF_RANGE("progress must be between 0 and 100 percent"),
    PROGRESS_DECREASE_WITHOUT_CORRECTION("progress may only go down in a correction of an earlier report"),
    CORRECTED_EVENT_NOT_A_PROGRESS_REPORT("a correction must name an earlier progress report of this project"),
    ALREADY_COMPLETED("the project is already completed"),
    NOT_COMPLETED("acceptance needs a completed or handed-over project"),
    ALREADY_ACCEPTED("acceptance has already been passed"),
    NOT_ACCEPTED("only a project that passed acceptance can be put into service"),
    NOT_A_RELOCATION_SITE_READY("only a completed relocation can decommission its old site"),
    SITE_ALREADY_DECOMMISSIONED("the old site is already decommissioned"),
    REFORM_ALREADY_LAUNCHED("the reform is already launched"),
    REFORM_NOT_LAUNCHED("the reform has not been launched"),
    REFORM_NOT_EVALUATED("the reform has not been evaluated"),
    REFORM_EVALUATION_FAILED("a reform whose latest evaluation failed cannot be scaled up"),
    DESIGNATION_APPLICATION_PENDING("an application is already pending"),
    DESIGNATION_NOT_APPLIED("no application is pending"),
    PROJECT_CANCELLED("the project is cancelled"),
    OWN_PORTFOLIO("a project cannot be its own portfolio"),
    TARGET_WITHOUT_PROGRAMME("a target is named together with its programme"),
    CONTRIBUTION_WITHOUT_TARGET("a contribution needs a target when the project has no main target"),
    UNKNOWN_FLAG("flags must be known data-quality flags"),
    INVALID_ASSIGNMENT("the assignment to a plan is incomplete or inconsistent"),
    DEADLINE_BEFORE_ORDER("the deadline of a rectification order is before the order"),
    UNKNOWN_RECTIFICATION_ORDER("the project has no rectification order with this number"),
    RECTIFICATION_ORDER_CLOSED("the rectification order was already found rectified"),
    RECHECK_BEFORE_ORDER("a re-check cannot be dated before its rectification order"),
    INVALID_NEW_DEADLINE("a new deadline goes only with NOT_RECTIFIED, not before the re-check"),
    CORRECTED_EVENT_NOT_FOUND("the project has no event with this sequence number"),
    EVENT_IS_A_CORRECTION("a correction corrects the original event, never another correction"),
    EVENT_NOT_CORRECTABLE("this kind of event is not corrected: the assignment to a plan is replaced by assigning again"),
    FIELD_NOT_CORRECTABLE("this field of a recorded event never changes"),
    INVALID_CORRECTION("a changed field is not a field of the event, or its new value is not valid there"),
    CORRECTION_CHANGES_NOTHING("the correction leaves the event as it is"),
    CORRECTION_BREAKS_STAGE_ORDER("a corrected date must keep the stages and what depends on them in order");

    private final String description;

    Rule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The rule as it appears in problem responses, e.g. {@code not-approved}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
