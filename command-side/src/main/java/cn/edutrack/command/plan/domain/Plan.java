package cn.edutrack.command.plan.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.edutrack.events.PlanId;
import cn.edutrack.events.plan.Baseline;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.Flags;
import cn.edutrack.events.plan.IndicatorDefined;
import cn.edutrack.events.plan.IndicatorMeasured;
import cn.edutrack.events.plan.IndicatorTargetRevised;
import cn.edutrack.events.plan.PlanEvent;
import cn.edutrack.events.plan.PlanRegistered;
import cn.edutrack.events.plan.ProgrammeDefined;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.events.plan.TargetRevised;
import cn.edutrack.events.plan.TargetSet;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A plan document, rebuilt from its events: its registration, indicators (with their current targets and
 * measured values), programmes and their targets. Definitions are idempotent: the same definition again records
 * nothing, so a plan file can be imported again; a definition that differs only in its target (indicator) or
 * planned figure and firmness (programme target) and gives a reason records a revision; any other difference is
 * refused.
 *
 * <p>Every handler may meet a plan that does not exist yet ({@link AggregateCreationPolicy#CREATE_IF_MISSING}):
 * {@link RegisterPlan} then creates it, every other command is refused as {@link PlanRule#PLAN_NOT_FOUND}, so
 * that a repeated registration reaches the existing plan and an unknown plan is a named rule, not a storage error.
 * Time comes from the injected {@link Clock}: "today" and "the current year" are in the clock's zone (China
 * Standard Time in production).
 */
@Aggregate
public class Plan {

    private static final int FIRST_YEAR = 1949;
    private static final int LAST_YEAR = 2100;

    @AggregateIdentifier
    private PlanId id;
    private long version;
    private PlanRegistered registration;
    private final Map<String, IndicatorDefined> indicators = new HashMap<>();
    /** The target of each indicator in force: as defined, or as last revised. */
    private final Map<String, IndicatorTarget> indicatorTargets = new HashMap<>();
    private final Map<String, ProgrammeDefined> programmes = new HashMap<>();
    private final Map<String, TargetSet> targets = new HashMap<>();
    /** The planned figure and firmness of each target in force: as set, or as last revised. */
    private final Map<String, Planned> planned = new HashMap<>();
    /** The measurement in force for each indicator and year: the latest. */
    private final Map<MeasurementKey, IndicatorMeasured> measurements = new HashMap<>();

    private record IndicatorTarget(Integer year, Quantity target) {
    }

    private record Planned(Quantity planned, Firmness firmness) {
    }

    private record MeasurementKey(String indicatorId, int year) {
    }

    protected Plan() {
        // for Axon
    }

    // ---------------------------------------------------------------- registration

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public PlanCommandResult handle(RegisterPlan command, Clock clock) {
        PlanId planId = command.planId();
        requireNotInFuture(planId, command.businessDate(), clock);
        requireKnownFlags(planId, command.flags(), null, null);
        if (registration != null) {
            List<String> differences = differences(command);
            if (differences.isEmpty()) {
                return unchanged();
            }
            throw violation(PlanRule.PLAN_REGISTERED_DIFFERENTLY, "plan " + id + " is already registered with another "
                    + String.join(", ", differences));
        }
        if (command.periodFrom() < FIRST_YEAR || command.periodTo() > LAST_YEAR || command.periodFrom() > command.periodTo()) {
            throw PlanRuleViolation.ofPlan(PlanRule.PERIOD_INVALID, planId, "period " + command.periodFrom() + "-"
                    + command.periodTo() + " is not a period of years between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        if (command.baselineYear() != null && command.baselineYear() > command.periodFrom()) {
            throw PlanRuleViolation.ofPlan(PlanRule.BASELINE_AFTER_START, planId, "baseline year "
                    + command.baselineYear() + " is after the start of the period " + command.periodFrom());
        }
        record(planId, () -> new PlanRegistered(planId, command.businessDate(), clock.instant(), command.jurisdiction(),
                command.title(), command.type(), command.periodFrom(), command.periodTo(), command.baselineYear(),
                command.issuer(), command.documentNumber(), command.published(), command.flags(), command.source()));
        return recorded();
    }

    private List<String> differences(RegisterPlan command) {
        List<String> differences = new ArrayList<>();
        compare(differences, "jurisdiction", registration.jurisdiction(), command.jurisdiction());
        compare(differences, "title", registration.title(), command.title());
        compare(differences, "type", registration.type(), command.type());
        compare(differences, "periodFrom", registration.periodFrom(), command.periodFrom());
        compare(differences, "periodTo", registration.periodTo(), command.periodTo());
        compare(differences, "baselineYear", registration.baselineYear(), command.baselineYear());
        compare(differences, "issuer", registration.issuer(), command.issuer());
        compare(differences, "documentNumber", registration.documentNumber(), command.documentNumber());
        compare(differences, "published", registration.published(), command.published());
        compareFlags(differences, registration.flags(), command.flags());
        compare(differences, "source", registration.source(), command.source());
        return differences;
    }

    // ---------------------------------------------------------------- indicators

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public PlanCommandResult handle(DefineIndicator command, Clock clock) {
        requireRegistered(command.planId());
        requireNotInFuture(id, command.businessDate(), clock);
        String indicatorId = command.indicatorId();
        requireKnownFlags(id, command.flags(), "indicatorId", indicatorId);
        IndicatorDefined defined = indicators.get(indicatorId);
        if (defined == null) {
            requireTargetYear(indicatorId, command.targetYear(), command.baseline());
            record(id, () -> new IndicatorDefined(id, command.businessDate(), clock.instant(), indicatorId, command.name(),
                    command.unit(), command.attribute(), command.concept(), command.baseline(), command.targetYear(),
                    command.target(), command.flags(), command.source()));
            return recorded();
        }
        List<String> differences = new ArrayList<>();
        compare(differences, "name", defined.name(), command.name());
        compare(differences, "unit", defined.unit(), command.unit());
        compare(differences, "attribute", defined.attribute(), command.attribute());
        compare(differences, "concept", defined.concept(), command.concept());
        if (!sameBaseline(defined.baseline(), command.baseline())) {
            differences.add("baseline");
        }
        compareFlags(differences, defined.flags(), command.flags());
        compare(differences, "source", defined.source(), command.source());
        if (!differences.isEmpty()) {
            throw violation(PlanRule.INDICATOR_DEFINED_DIFFERENTLY, "indicator " + indicatorId + " of plan " + id
                    + " is already defined with another " + String.join(", ", differences), "indicatorId", indicatorId);
        }
        IndicatorTarget current = indicatorTargets.get(indicatorId);
        if (sameTarget(current, command.targetYear(), command.target())) {
            return unchanged();
        }
        if (isBlank(command.revisionReason())) {
            throw violation(PlanRule.REVISION_REASON_REQUIRED, "indicator " + indicatorId + " of plan " + id
                    + " has another target in force (" + describe(current) + "); give a revisionReason to revise it",
                    "indicatorId", indicatorId);
        }
        // a definition carries the plan's own date; the revision it causes happens today
        return reviseIndicatorTarget(LocalDate.now(clock), indicatorId, command.targetYear(), command.target(),
                command.revisionReason(), clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public PlanCommandResult handle(ReviseIndicatorTarget command, Clock clock) {
        requireRegistered(command.planId());
        requireNotInFuture(id, command.businessDate(), clock);
        String indicatorId = command.indicatorId();
        requireIndicator(indicatorId);
        if (isBlank(command.reason())) {
            throw violation(PlanRule.REVISION_REASON_REQUIRED, "a revision of indicator " + indicatorId
                    + " needs a reason", "indicatorId", indicatorId);
        }
        if (sameTarget(indicatorTargets.get(indicatorId), command.targetYear(), command.target())) {
            throw violation(PlanRule.REVISION_CHANGES_NOTHING, "indicator " + indicatorId + " of plan " + id
                    + " already has this target (" + describe(indicatorTargets.get(indicatorId)) + ")",
                    "indicatorId", indicatorId);
        }
        return reviseIndicatorTarget(command.businessDate(), indicatorId, command.targetYear(), command.target(),
                command.reason(), clock);
    }

    private PlanCommandResult reviseIndicatorTarget(LocalDate businessDate, String indicatorId, Integer targetYear,
                                                    Quantity target, String reason, Clock clock) {
        requireTargetYear(indicatorId, targetYear, indicators.get(indicatorId).baseline());
        record(id, () -> new IndicatorTargetRevised(id, businessDate, clock.instant(), indicatorId, targetYear, target,
                reason));
        return recorded();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public PlanCommandResult handle(RecordIndicatorMeasurement command, Clock clock) {
        requireRegistered(command.planId());
        requireNotInFuture(id, command.businessDate(), clock);
        String indicatorId = command.indicatorId();
        requireIndicator(indicatorId);
        int currentYear = LocalDate.now(clock).getYear();
        if (command.year() < FIRST_YEAR || command.year() > currentYear) {
            throw violation(PlanRule.MEASUREMENT_YEAR_OUT_OF_RANGE, "a measurement of indicator " + indicatorId
                    + " for " + command.year() + " must be for a year from " + FIRST_YEAR + " to " + currentYear,
                    "indicatorId", indicatorId);
        }
        requireKnownFlags(id, command.flags(), "indicatorId", indicatorId);
        IndicatorMeasured inForce = measurements.get(new MeasurementKey(indicatorId, command.year()));
        if (inForce != null && sameNumber(inForce.value(), command.value())
                && Objects.equals(inForce.asWritten(), command.asWritten())
                && sameFlags(inForce.flags(), command.flags())
                && Objects.equals(inForce.sourceReference(), command.sourceReference())) {
            return unchanged();
        }
        // the value is kept as given (scale included): plausibility is data (flags such as 'implausible'), not a rule
        record(id, () -> new IndicatorMeasured(id, command.businessDate(), clock.instant(), indicatorId, command.year(),
                command.value(), command.asWritten(), command.flags(), command.sourceReference()));
        return recorded();
    }

    // ---------------------------------------------------------------- programmes and their targets

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public PlanCommandResult handle(DefineProgramme command, Clock clock) {
        requireRegistered(command.planId());
        requireNotInFuture(id, command.businessDate(), clock);
        String programmeId = command.programmeId();
        ProgrammeDefined defined = programmes.get(programmeId);
        if (defined == null) {
            record(id, () -> new ProgrammeDefined(id, command.businessDate(), clock.instant(), programmeId, command.name(),
                    command.kind(), command.number(), command.source()));
            return recorded();
        }
        List<String> differences = new ArrayList<>();
        compare(differences, "name", defined.name(), command.name());
        compare(differences, "kind", defined.kind(), command.kind());
        compare(differences, "number", defined.number(), command.number());
        compare(differences, "source", defined.source(), command.source());
        if (!differences.isEmpty()) {
            throw violation(PlanRule.PROGRAMME_DEFINED_DIFFERENTLY, "programme " + programmeId + " of plan " + id
                    + " is already defined with another " + String.join(", ", differences), "programmeId", programmeId);
        }
        return unchanged();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public PlanCommandResult handle(SetTarget command, Clock clock) {
        requireRegistered(command.planId());
        requireNotInFuture(id, command.businessDate(), clock);
        String targetId = command.targetId();
        Firmness firmness = command.firmness() == null ? Firmness.FIRM : command.firmness();
        requireKnownFlags(id, command.flags(), "targetId", targetId);
        TargetSet set = targets.get(targetId);
        if (set == null) {
            if (!programmes.containsKey(command.programmeId())) {
                throw violation(PlanRule.UNKNOWN_PROGRAMME, "target " + targetId + " names programme "
                        + command.programmeId() + ", which plan " + id + " does not define", "targetId", targetId);
            }
            if (command.indicatorId() != null && !indicators.containsKey(command.indicatorId())) {
                throw violation(PlanRule.UNKNOWN_INDICATOR, "target " + targetId + " restates indicator "
                        + command.indicatorId() + ", which plan " + id + " does not define", "targetId", targetId);
            }
            if (command.planned() == null && (command.flags() == null || !command.flags().contains("unquantified"))) {
                throw violation(PlanRule.PLANNED_FIGURE_REQUIRED, "target " + targetId
                        + " has no planned figure; give one or flag the target 'unquantified'", "targetId", targetId);
            }
            record(id, () -> new TargetSet(id, command.businessDate(), clock.instant(), targetId, command.programmeId(),
                    command.name(), command.counts(), command.planned(), firmness, command.indicatorId(), command.per(),
                    command.flags(), command.source()));
            return recorded();
        }
        List<String> differences = new ArrayList<>();
        compare(differences, "programmeId", set.programmeId(), command.programmeId());
        compare(differences, "name", set.name(), command.name());
        compare(differences, "counts", set.counts(), command.counts());
        compare(differences, "indicatorId", set.indicatorId(), command.indicatorId());
        compare(differences, "per", set.per(), command.per());
        compareFlags(differences, set.flags(), command.flags());
        compare(differences, "source", set.source(), command.source());
        if (!differences.isEmpty()) {
            throw violation(PlanRule.TARGET_SET_DIFFERENTLY, "target " + targetId + " of plan " + id
                    + " is already set with another " + String.join(", ", differences), "targetId", targetId);
        }
        Planned inForce = planned.get(targetId);
        if (samePlanned(inForce, command.planned(), firmness)) {
            return unchanged();
        }
        if (isBlank(command.revisionReason())) {
            throw violation(PlanRule.REVISION_REASON_REQUIRED, "target " + targetId + " of plan " + id
                    + " has another planned figure or firmness in force (" + describe(inForce)
                    + "); give a revisionReason to revise it", "targetId", targetId);
        }
        // a definition carries the plan's own date; the revision it causes happens today
        return reviseTarget(LocalDate.now(clock), targetId, command.planned(), firmness, command.revisionReason(), clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public PlanCommandResult handle(ReviseTarget command, Clock clock) {
        requireRegistered(command.planId());
        requireNotInFuture(id, command.businessDate(), clock);
        String targetId = command.targetId();
        Planned inForce = planned.get(targetId);
        if (inForce == null) {
            throw violation(PlanRule.TARGET_NOT_FOUND, "plan " + id + " has no target " + targetId, "targetId", targetId);
        }
        if (isBlank(command.reason())) {
            throw violation(PlanRule.REVISION_REASON_REQUIRED, "a revision of target " + targetId + " needs a reason",
                    "targetId", targetId);
        }
        Firmness firmness = command.firmness() == null ? inForce.firmness() : command.firmness();
        if (samePlanned(inForce, command.planned(), firmness)) {
            throw violation(PlanRule.REVISION_CHANGES_NOTHING, "target " + targetId + " of plan " + id
                    + " already has this planned figure and firmness (" + describe(inForce) + ")", "targetId", targetId);
        }
        return reviseTarget(command.businessDate(), targetId, command.planned(), firmness, command.reason(), clock);
    }

    private PlanCommandResult reviseTarget(LocalDate businessDate, String targetId, Quantity newPlanned, Firmness firmness,
                                           String reason, Clock clock) {
        if (newPlanned == null) {
            throw violation(PlanRule.PLANNED_FIGURE_REQUIRED, "a revision of target " + targetId
                    + " needs the new planned figure", "targetId", targetId);
        }
        record(id, () -> new TargetRevised(id, businessDate, clock.instant(), targetId, newPlanned, firmness, reason));
        return recorded();
    }

    // ---------------------------------------------------------------- rules shared by handlers

    private void requireRegistered(PlanId planId) {
        if (registration == null) {
            throw PlanRuleViolation.ofPlan(PlanRule.PLAN_NOT_FOUND, planId, "plan " + planId + " is not registered");
        }
    }

    private static void requireNotInFuture(PlanId planId, LocalDate businessDate, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (businessDate.isAfter(today)) {
            throw PlanRuleViolation.ofPlan(PlanRule.BUSINESS_DATE_IN_FUTURE, planId,
                    "businessDate " + businessDate + " is in the future (today is " + today + ")");
        }
    }

    private void requireIndicator(String indicatorId) {
        if (!indicators.containsKey(indicatorId)) {
            throw violation(PlanRule.INDICATOR_NOT_FOUND, "plan " + id + " has no indicator " + indicatorId,
                    "indicatorId", indicatorId);
        }
    }

    /** A target year, when given, lies in the plan period and after the baseline year. */
    private void requireTargetYear(String indicatorId, Integer targetYear, Baseline baseline) {
        if (targetYear == null) {
            return;
        }
        if (targetYear < registration.periodFrom() || targetYear > registration.periodTo()) {
            throw violation(PlanRule.TARGET_YEAR_OUTSIDE_PERIOD, "target year " + targetYear + " of indicator "
                    + indicatorId + " is outside the plan period " + registration.periodFrom() + "-"
                    + registration.periodTo(), "indicatorId", indicatorId);
        }
        if (baseline != null && baseline.year() >= targetYear) {
            throw violation(PlanRule.TARGET_YEAR_NOT_AFTER_BASELINE, "target year " + targetYear + " of indicator "
                    + indicatorId + " is not after its baseline year " + baseline.year(), "indicatorId", indicatorId);
        }
    }

    private static void requireKnownFlags(PlanId planId, List<String> flags, String recordName, String recordId) {
        if (flags == null) {
            return;
        }
        for (String flag : flags) {
            if (!Flags.KNOWN.contains(flag)) {
                String detail = "unknown flag '" + flag + "'; known flags: " + String.join(", ", Flags.KNOWN);
                throw recordName == null ? PlanRuleViolation.ofPlan(PlanRule.UNKNOWN_FLAG, planId, detail)
                        : PlanRuleViolation.ofPlan(PlanRule.UNKNOWN_FLAG, planId, detail, recordName, recordId);
            }
        }
    }

    /** Applies the event; content the event itself refuses (a blank name, a bad id) is {@link PlanRule#INVALID_CONTENT}. */
    private static void record(PlanId planId, Supplier<PlanEvent> event) {
        PlanEvent built;
        try {
            built = event.get();
        } catch (IllegalArgumentException e) {
            throw PlanRuleViolation.ofPlan(PlanRule.INVALID_CONTENT, planId, e.getMessage());
        }
        apply(built);
    }

    private PlanRuleViolation violation(PlanRule rule, String detail) {
        return PlanRuleViolation.ofPlan(rule, id, detail);
    }

    private PlanRuleViolation violation(PlanRule rule, String detail, String recordName, String recordId) {
        return PlanRuleViolation.ofPlan(rule, id, detail, recordName, recordId);
    }

    private PlanCommandResult recorded() {
        return new PlanCommandResult(id.value(), version, true);
    }

    private PlanCommandResult unchanged() {
        return new PlanCommandResult(id.value(), version, false);
    }

    // ---------------------------------------------------------------- comparisons (numbers by value, flags as sets)

    private static void compare(List<String> differences, String field, Object recorded, Object given) {
        if (!Objects.equals(recorded, given)) {
            differences.add(field);
        }
    }

    private static void compareFlags(List<String> differences, List<String> recorded, List<String> given) {
        if (!sameFlags(recorded, given)) {
            differences.add("flags");
        }
    }

    private static boolean sameFlags(List<String> recorded, List<String> given) {
        return new HashSet<>(recorded == null ? List.of() : recorded)
                .equals(new HashSet<>(given == null ? List.of() : given));
    }

    private static boolean sameBaseline(Baseline recorded, Baseline given) {
        if (recorded == null || given == null) {
            return recorded == given;
        }
        return recorded.year() == given.year() && sameNumber(recorded.value(), given.value())
                && Objects.equals(recorded.asWritten(), given.asWritten());
    }

    private static boolean sameTarget(IndicatorTarget inForce, Integer year, Quantity target) {
        return Objects.equals(inForce.year(), year) && inForce.target().sameAs(target);
    }

    private static boolean samePlanned(Planned inForce, Quantity newPlanned, Firmness firmness) {
        boolean sameFigure = inForce.planned() == null ? newPlanned == null : inForce.planned().sameAs(newPlanned);
        return sameFigure && inForce.firmness() == firmness;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String describe(IndicatorTarget target) {
        return describe(target.target()) + (target.year() == null ? ", every year" : " by " + target.year());
    }

    private static String describe(Planned planned) {
        return (planned.planned() == null ? "no figure" : describe(planned.planned())) + ", "
                + planned.firmness().name().toLowerCase();
    }

    private static String describe(Quantity quantity) {
        String figure = quantity.comparator().usesRange()
                ? " " + quantity.min().toPlainString() + "-" + quantity.max().toPlainString()
                : quantity.value() == null ? "" : " " + quantity.value().toPlainString();
        return quantity.comparator().name().toLowerCase() + figure
                + (quantity.asWritten() == null ? "" : " '" + quantity.asWritten() + "'");
    }

    // ---------------------------------------------------------------- state from events

    @EventSourcingHandler
    void on(PlanRegistered event, @SequenceNumber long sequence) {
        id = event.planId();
        registration = event;
        version = sequence;
    }

    @EventSourcingHandler
    void on(IndicatorDefined event, @SequenceNumber long sequence) {
        indicators.put(event.indicatorId(), event);
        indicatorTargets.put(event.indicatorId(), new IndicatorTarget(event.targetYear(), event.target()));
        version = sequence;
    }

    @EventSourcingHandler
    void on(IndicatorTargetRevised event, @SequenceNumber long sequence) {
        indicatorTargets.put(event.indicatorId(), new IndicatorTarget(event.targetYear(), event.target()));
        version = sequence;
    }

    @EventSourcingHandler
    void on(IndicatorMeasured event, @SequenceNumber long sequence) {
        measurements.put(new MeasurementKey(event.indicatorId(), event.year()), event);
        version = sequence;
    }

    @EventSourcingHandler
    void on(ProgrammeDefined event, @SequenceNumber long sequence) {
        programmes.put(event.programmeId(), event);
        version = sequence;
    }

    @EventSourcingHandler
    void on(TargetSet event, @SequenceNumber long sequence) {
        targets.put(event.targetId(), event);
        planned.put(event.targetId(), new Planned(event.planned(), event.firmness()));
        version = sequence;
    }

    @EventSourcingHandler
    void on(TargetRevised event, @SequenceNumber long sequence) {
        planned.put(event.targetId(), new Planned(event.planned(), event.firmness()));
        version = sequence;
    }
}
