package cn.edutrack.command.plan.domain;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.PlanId;
import cn.edutrack.events.plan.Baseline;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.IndicatorAttribute;
import cn.edutrack.events.plan.IndicatorDefined;
import cn.edutrack.events.plan.PlanRegistered;
import cn.edutrack.events.plan.PlanType;
import cn.edutrack.events.plan.ProgrammeDefined;
import cn.edutrack.events.plan.ProgrammeKind;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.events.plan.SourceQuote;
import cn.edutrack.events.plan.TargetSet;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

/**
 * What the Plan and Jurisdiction aggregate tests share: a fixed clock ("today" is 2024-06-30 in China Standard
 * Time), one plan (XX区 2021-2025, baseline 2020) with one indicator, one programme and one target, each as the
 * command that defines it and the event that command records.
 */
final class PlanFixtures {

    static final PlanId PLAN = PlanId.of("xx-2021");
    static final JurisdictionCode CITY = JurisdictionCode.of("CN-45/XX市");
    static final JurisdictionCode DISTRICT = JurisdictionCode.of("CN-45/XX市/XX区");
    static final Instant RECORDED_AT = Instant.parse("2024-06-30T04:00:00Z");
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(RECORDED_AT, CHINA);
    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    static final LocalDate TOMORROW = TODAY.plusDays(1);
    static final LocalDate DEFINED_ON = LocalDate.of(2021, 3, 1);
    static final LocalDate REVISED_ON = LocalDate.of(2023, 6, 1);
    static final LocalDate MEASURED_ON = LocalDate.of(2024, 3, 15);

    static final SourceQuote PLAN_SOURCE = new SourceQuote("统筹规划XX市XX区教育事业", "前言");
    static final SourceQuote INDICATOR_SOURCE = new SourceQuote("九年义务教育巩固率(%)96.8397以上约束性", "表2");
    static final Baseline BASELINE = new Baseline(2020, new BigDecimal("96.83"), "96.83");
    static final Quantity AT_LEAST_97 = Quantity.of(Comparator.AT_LEAST, new BigDecimal("97"), "97以上");
    static final Quantity AT_LEAST_98 = Quantity.of(Comparator.AT_LEAST, new BigDecimal("98"), "98以上");
    static final Quantity FIFTEEN = Quantity.of(Comparator.EQUAL, new BigDecimal("15"), "15所");
    static final Quantity TWENTY = Quantity.of(Comparator.EQUAL, new BigDecimal("20"), "20所");

    private PlanFixtures() {
    }

    static AggregateTestFixture<Plan> planFixture() {
        return planFixture(CLOCK);
    }

    static AggregateTestFixture<Plan> planFixture(Clock clock) {
        AggregateTestFixture<Plan> fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    static AggregateTestFixture<Jurisdiction> jurisdictionFixture() {
        AggregateTestFixture<Jurisdiction> fixture = new AggregateTestFixture<>(Jurisdiction.class);
        fixture.registerInjectableResource(CLOCK);
        return fixture;
    }

    /** A {@link PlanRuleViolation} of the test plan naming {@code rule}; the message text is not matched. */
    static Matcher<PlanRuleViolation> violationOf(PlanRule rule) {
        return violationOn(rule, "planId", PLAN.value());
    }

    /** A violation naming {@code rule} about one record of the test plan, e.g. {@code ("indicatorId", "retention")}. */
    static Matcher<PlanRuleViolation> violationOf(PlanRule rule, String recordName, String recordId) {
        return Matchers.allOf(violationOn(rule, "planId", PLAN.value()),
                new FeatureMatcher<PlanRuleViolation, Map<String, String>>(Matchers.hasEntry(recordName, recordId),
                        "about the record", "details") {
                    @Override
                    protected Map<String, String> featureValueOf(PlanRuleViolation violation) {
                        return violation.details();
                    }
                });
    }

    /** A violation naming {@code rule} on a subject, e.g. {@code ("jurisdiction", "CN-45/XX市/XX区")}. */
    static Matcher<PlanRuleViolation> violationOn(PlanRule rule, String subjectName, String subject) {
        return Matchers.allOf(
                Matchers.instanceOf(PlanRuleViolation.class),
                new FeatureMatcher<PlanRuleViolation, PlanRule>(Matchers.equalTo(rule), "a PlanRuleViolation of rule", "rule") {
                    @Override
                    protected PlanRule featureValueOf(PlanRuleViolation violation) {
                        return violation.rule();
                    }
                },
                new FeatureMatcher<PlanRuleViolation, String>(Matchers.equalTo(subjectName + "=" + subject), "on", "subject") {
                    @Override
                    protected String featureValueOf(PlanRuleViolation violation) {
                        return violation.subjectName() + "=" + violation.subject();
                    }
                });
    }

    static PlanCommandResult recorded(long version) {
        return new PlanCommandResult(PLAN.value(), version, true);
    }

    static PlanCommandResult unchanged(long version) {
        return new PlanCommandResult(PLAN.value(), version, false);
    }

    // ---------------------------------------------------------------- the plan

    static RegisterPlan registerPlan() {
        return registerPlan(DEFINED_ON, "XX区教育事业发展“十四五”规划", 2021, 2025, 2020, List.of("anonymised"));
    }

    static RegisterPlan registerPlan(LocalDate on, String title, int from, int to, Integer baselineYear, List<String> flags) {
        return new RegisterPlan(PLAN, on, DISTRICT, title, PlanType.FIVE_YEAR_PLAN, from, to, baselineYear,
                "XX区人民政府", "X政发〔2021〕8号", null, flags, PLAN_SOURCE);
    }

    static PlanRegistered planRegistered() {
        return new PlanRegistered(PLAN, DEFINED_ON, RECORDED_AT, DISTRICT, "XX区教育事业发展“十四五”规划",
                PlanType.FIVE_YEAR_PLAN, 2021, 2025, 2020, "XX区人民政府", "X政发〔2021〕8号", null, List.of("anonymised"),
                PLAN_SOURCE);
    }

    // ---------------------------------------------------------------- the indicator "retention"

    static DefineIndicator defineIndicator() {
        return defineIndicator("九年义务教育巩固率", 2025, AT_LEAST_97, List.of(), null);
    }

    static DefineIndicator defineIndicator(String name, Integer targetYear, Quantity target, List<String> flags,
                                           String revisionReason) {
        return defineIndicator(BASELINE, name, targetYear, target, flags, revisionReason);
    }

    static DefineIndicator defineIndicator(Baseline baseline, String name, Integer targetYear, Quantity target,
                                           List<String> flags, String revisionReason) {
        return new DefineIndicator(PLAN, DEFINED_ON, "retention", name, "%", IndicatorAttribute.BINDING,
                "COMPULSORY_RETENTION_RATE", baseline, targetYear, target, flags, INDICATOR_SOURCE, revisionReason);
    }

    static IndicatorDefined indicatorDefined() {
        return indicatorDefined(2025, AT_LEAST_97);
    }

    static IndicatorDefined indicatorDefined(Integer targetYear, Quantity target) {
        return new IndicatorDefined(PLAN, DEFINED_ON, RECORDED_AT, "retention", "九年义务教育巩固率", "%",
                IndicatorAttribute.BINDING, "COMPULSORY_RETENTION_RATE", BASELINE, targetYear, target, List.of(),
                INDICATOR_SOURCE);
    }

    // ---------------------------------------------------------------- the programme "col7" and its target "kg"

    static DefineProgramme defineProgramme() {
        return defineProgramme("教育资源扩容提质工程");
    }

    static DefineProgramme defineProgramme(String name) {
        return new DefineProgramme(PLAN, DEFINED_ON, "col7", name, ProgrammeKind.SPECIAL_COLUMN, "专栏7", null);
    }

    static ProgrammeDefined programmeDefined() {
        return new ProgrammeDefined(PLAN, DEFINED_ON, RECORDED_AT, "col7", "教育资源扩容提质工程",
                ProgrammeKind.SPECIAL_COLUMN, "专栏7", null);
    }

    static SetTarget setTarget() {
        return setTarget("col7", "幼儿园新建、改扩建", FIFTEEN, Firmness.FIRM, null, List.of(), null);
    }

    static SetTarget setTarget(String programmeId, String name, Quantity planned, Firmness firmness, String indicatorId,
                               List<String> flags, String revisionReason) {
        return new SetTarget(PLAN, DEFINED_ON, "kg", programmeId, name, Counted.KINDERGARTENS, planned, firmness,
                indicatorId, null, flags, null, revisionReason);
    }

    static TargetSet targetSet() {
        return targetSet(FIFTEEN, Firmness.FIRM, null, List.of());
    }

    static TargetSet targetSet(Quantity planned, Firmness firmness, String indicatorId, List<String> flags) {
        return new TargetSet(PLAN, DEFINED_ON, RECORDED_AT, "kg", "col7", "幼儿园新建、改扩建", Counted.KINDERGARTENS,
                planned, firmness, indicatorId, null, flags, null);
    }
}
