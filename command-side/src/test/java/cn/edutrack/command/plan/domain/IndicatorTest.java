package cn.edutrack.command.plan.domain;

import static cn.edutrack.command.plan.domain.PlanFixtures.*;

import cn.edutrack.events.plan.Baseline;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.IndicatorMeasured;
import cn.edutrack.events.plan.IndicatorTargetRevised;
import cn.edutrack.events.plan.Quantity;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Indicators: definition (idempotent), revision of the target (two ways), measured values. */
class IndicatorTest {

    private static final String REASON = "2023年中期评估调整目标";
    private static final String RETENTION = "retention";

    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = planFixture();
    }

    // ---------------------------------------------------------------- definition

    @Test
    void definesAnIndicator() {
        fixture.given(planRegistered())
                .when(defineIndicator())
                .expectEvents(indicatorDefined())
                .expectResultMessagePayload(recorded(1));
    }

    @Test
    void definingTheSameIndicatorAgainRecordsNothing() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(defineIndicator())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(unchanged(1));
    }

    @Test
    void figuresAreComparedByValue() {
        Quantity sameFigure = Quantity.of(Comparator.AT_LEAST, new BigDecimal("97.00"), "97以上");
        Baseline sameBaseline = new Baseline(2020, new BigDecimal("96.830"), "96.83");
        fixture.given(planRegistered(), indicatorDefined())
                .when(defineIndicator(sameBaseline, "九年义务教育巩固率", 2025, sameFigure, List.of(), null))
                .expectNoEvents()
                .expectResultMessagePayload(unchanged(1));
    }

    @Test
    void theSameDefinitionWithAReasonStillRecordsNothing() {
        // a plan file imported again gives every definition a revision reason; only a changed target uses it
        fixture.given(planRegistered(), indicatorDefined())
                .when(defineIndicator("九年义务教育巩固率", 2025, AT_LEAST_97, List.of(), REASON))
                .expectNoEvents()
                .expectResultMessagePayload(unchanged(1));
    }

    @Test
    void cannotDefineAnIndicatorDifferently() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(defineIndicator("义务教育巩固率", 2025, AT_LEAST_97, List.of(), REASON))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.INDICATOR_DEFINED_DIFFERENTLY, "indicatorId", RETENTION));
    }

    @Test
    void cannotDefineAnIndicatorWithOtherFlags() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(defineIndicator("九年义务教育巩固率", 2025, AT_LEAST_97, List.of("estimate"), REASON))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.INDICATOR_DEFINED_DIFFERENTLY, "indicatorId", RETENTION));
    }

    @Test
    void definitionFlagsMustBeKnown() {
        fixture.given(planRegistered())
                .when(defineIndicator("九年义务教育巩固率", 2025, AT_LEAST_97, List.of("estimated"), null))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.UNKNOWN_FLAG, "indicatorId", RETENTION));
    }

    @Test
    void targetYearMustLieInThePlanPeriod() {
        fixture.given(planRegistered())
                .when(defineIndicator("九年义务教育巩固率", 2030, AT_LEAST_97, List.of(), null))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.TARGET_YEAR_OUTSIDE_PERIOD, "indicatorId", RETENTION));
    }

    @Test
    void targetYearMustBeAfterTheBaselineYear() {
        Baseline baselineInThePeriod = new Baseline(2023, new BigDecimal("96.9"), "96.9");
        fixture.given(planRegistered())
                .when(defineIndicator(baselineInThePeriod, "九年义务教育巩固率", 2023, AT_LEAST_97, List.of(), null))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.TARGET_YEAR_NOT_AFTER_BASELINE, "indicatorId", RETENTION));
    }

    @Test
    void aYearlyRuleHasNoTargetYear() {
        Quantity everyYear = Quantity.of(Comparator.MAINTAIN_EVERY_YEAR, new BigDecimal("95"), "稳定在95%以上");
        fixture.given(planRegistered())
                .when(defineIndicator("九年义务教育巩固率", null, everyYear, List.of(), null))
                .expectEvents(indicatorDefined(null, everyYear));
    }

    @Test
    void aDefinitionTheEventRefusesIsInvalidContent() {
        fixture.given(planRegistered())
                .when(new DefineIndicator(PLAN, DEFINED_ON, RETENTION, "巩固率", "%", null, null, null, null, AT_LEAST_97,
                        null, null, null))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.INVALID_CONTENT));
    }

    // ---------------------------------------------------------------- revision by defining again with a reason

    /** The definition carries the plan's date; the revision it causes is dated the day it is recorded. */
    @Test
    void aChangedTargetWithAReasonIsARevision() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(defineIndicator("九年义务教育巩固率", 2025, AT_LEAST_98, List.of(), REASON))
                .expectEvents(new IndicatorTargetRevised(PLAN, TODAY, RECORDED_AT, RETENTION, 2025, AT_LEAST_98, REASON))
                .expectResultMessagePayload(recorded(2));
    }

    @Test
    void aChangedTargetYearWithAReasonIsARevision() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(defineIndicator("九年义务教育巩固率", 2024, AT_LEAST_97, List.of(), REASON))
                .expectEvents(new IndicatorTargetRevised(PLAN, TODAY, RECORDED_AT, RETENTION, 2024, AT_LEAST_97, REASON));
    }

    @Test
    void aChangedTargetWithoutAReasonIsRefused() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(defineIndicator("九年义务教育巩固率", 2025, AT_LEAST_98, List.of(), null))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.REVISION_REASON_REQUIRED, "indicatorId", RETENTION));
    }

    @Test
    void aRevisedTargetMustStillLieInThePlanPeriod() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(defineIndicator("九年义务教育巩固率", 2026, AT_LEAST_97, List.of(), REASON))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.TARGET_YEAR_OUTSIDE_PERIOD, "indicatorId", RETENTION));
    }

    @Test
    void afterARevisionTheRevisedDefinitionIsTheSame() {
        fixture.given(planRegistered(), indicatorDefined(),
                        new IndicatorTargetRevised(PLAN, REVISED_ON, RECORDED_AT, RETENTION, 2025, AT_LEAST_98, REASON))
                .when(defineIndicator("九年义务教育巩固率", 2025, AT_LEAST_98, List.of(), REASON))
                .expectNoEvents()
                .expectResultMessagePayload(unchanged(2));
    }

    @Test
    void afterARevisionTheOriginalDefinitionNeedsAReasonToRevertIt() {
        fixture.given(planRegistered(), indicatorDefined(),
                        new IndicatorTargetRevised(PLAN, REVISED_ON, RECORDED_AT, RETENTION, 2025, AT_LEAST_98, REASON))
                .when(defineIndicator())
                .expectNoEvents()
                .expectException(violationOf(PlanRule.REVISION_REASON_REQUIRED, "indicatorId", RETENTION));
    }

    // ---------------------------------------------------------------- revision of the target

    @Test
    void revisesAnIndicatorTarget() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(new ReviseIndicatorTarget(PLAN, REVISED_ON, RETENTION, 2025, AT_LEAST_98, REASON))
                .expectEvents(new IndicatorTargetRevised(PLAN, REVISED_ON, RECORDED_AT, RETENTION, 2025, AT_LEAST_98, REASON))
                .expectResultMessagePayload(recorded(2));
    }

    @Test
    void aRevisionNeedsAReason() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(new ReviseIndicatorTarget(PLAN, REVISED_ON, RETENTION, 2025, AT_LEAST_98, " "))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.REVISION_REASON_REQUIRED, "indicatorId", RETENTION));
    }

    @Test
    void aRevisionMustChangeTheTarget() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(new ReviseIndicatorTarget(PLAN, REVISED_ON, RETENTION, 2025,
                        Quantity.of(Comparator.AT_LEAST, new BigDecimal("97.0"), "97以上"), REASON))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.REVISION_CHANGES_NOTHING, "indicatorId", RETENTION));
    }

    @Test
    void aRevisionOfAnIndicatorThePlanDoesNotDefine() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(new ReviseIndicatorTarget(PLAN, REVISED_ON, "enrolment", 2025, AT_LEAST_98, REASON))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.INDICATOR_NOT_FOUND, "indicatorId", "enrolment"));
    }

    @Test
    void aRevisedTargetYearMustLieInThePlanPeriod() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(new ReviseIndicatorTarget(PLAN, REVISED_ON, RETENTION, 2020, AT_LEAST_98, REASON))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.TARGET_YEAR_OUTSIDE_PERIOD, "indicatorId", RETENTION));
    }

    @Test
    void aSecondRevisionIsComparedWithTheFirst() {
        fixture.given(planRegistered(), indicatorDefined(),
                        new IndicatorTargetRevised(PLAN, REVISED_ON, RECORDED_AT, RETENTION, 2025, AT_LEAST_98, REASON))
                .when(new ReviseIndicatorTarget(PLAN, TODAY, RETENTION, 2025, AT_LEAST_98, "再次调整"))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.REVISION_CHANGES_NOTHING, "indicatorId", RETENTION));
    }

    // ---------------------------------------------------------------- measured values

    private static RecordIndicatorMeasurement measure(int year, String value, List<String> flags) {
        return new RecordIndicatorMeasurement(PLAN, MEASURED_ON, RETENTION, year, new BigDecimal(value), value + "%", flags,
                "XX区2023年教育统计公报");
    }

    private static IndicatorMeasured measured(int year, String value, List<String> flags) {
        return new IndicatorMeasured(PLAN, MEASURED_ON, RECORDED_AT, RETENTION, year, new BigDecimal(value), value + "%",
                flags, "XX区2023年教育统计公报");
    }

    @Test
    void recordsAMeasurementKeepingTheValueAsGiven() {
        // 96.80 keeps its scale: BigDecimal equality (used to match the event) tells 96.80 from 96.8
        fixture.given(planRegistered(), indicatorDefined())
                .when(measure(2023, "96.80", List.of()))
                .expectEvents(measured(2023, "96.80", List.of()))
                .expectResultMessagePayload(recorded(2));
    }

    @Test
    void anImplausibleValueIsRecordedWithItsFlag() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(measure(2022, "106.24", List.of("implausible")))
                .expectEvents(measured(2022, "106.24", List.of("implausible")));
    }

    @Test
    void aMeasurementOfTheCurrentYearIsAccepted() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(measure(2024, "97.2", List.of("estimate")))
                .expectEvents(measured(2024, "97.2", List.of("estimate")));
    }

    @Test
    void aMeasurementYearMayNotBeAfterTheCurrentYear() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(measure(2025, "97.2", List.of()))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.MEASUREMENT_YEAR_OUT_OF_RANGE, "indicatorId", RETENTION));
    }

    @Test
    void aMeasurementYearMayNotBeBefore1949() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(measure(1948, "20", List.of()))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.MEASUREMENT_YEAR_OUT_OF_RANGE, "indicatorId", RETENTION));
    }

    @Test
    void aMeasurementOfAnIndicatorThePlanDoesNotDefine() {
        fixture.given(planRegistered())
                .when(measure(2023, "96.9", List.of()))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.INDICATOR_NOT_FOUND, "indicatorId", RETENTION));
    }

    @Test
    void measurementFlagsMustBeKnown() {
        fixture.given(planRegistered(), indicatorDefined())
                .when(measure(2023, "96.9", List.of("provisional")))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.UNKNOWN_FLAG, "indicatorId", RETENTION));
    }

    @Test
    void theSameMeasurementAgainRecordsNothing() {
        fixture.given(planRegistered(), indicatorDefined(), measured(2023, "96.9", List.of()))
                .when(measure(2023, "96.9", List.of()))
                .expectNoEvents()
                .expectResultMessagePayload(unchanged(2));
    }

    @Test
    void aNewValueForTheSameYearSupersedesTheEarlierOne() {
        fixture.given(planRegistered(), indicatorDefined(), measured(2023, "96.9", List.of("estimate")))
                .when(measure(2023, "97.05", List.of()))
                .expectEvents(measured(2023, "97.05", List.of()))
                .expectResultMessagePayload(recorded(3));
    }
}
