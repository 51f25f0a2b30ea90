package cn.edutrack.command.plan.domain;

import static cn.edutrack.command.plan.domain.PlanFixtures.*;

import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.IndicatorAttribute;
import cn.edutrack.events.plan.PlanRegistered;
import cn.edutrack.events.plan.PlanType;
import cn.edutrack.events.plan.ProgrammeKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Registering a plan (idempotent), and the rules every command on a plan shares. */
class PlanRegistrationTest {

    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = planFixture();
    }

    @Test
    void registersAPlan() {
        fixture.givenNoPriorActivity()
                .when(registerPlan())
                .expectEvents(planRegistered())
                .expectResultMessagePayload(recorded(0));
    }

    @Test
    void registeringTheSamePlanAgainRecordsNothing() {
        fixture.given(planRegistered())
                .when(registerPlan(TODAY, planRegistered().title(), 2021, 2025, 2020, List.of("anonymised")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(unchanged(0));
    }

    @Test
    void aRepeatedRegistrationAnswersTheCurrentVersion() {
        fixture.given(planRegistered(), indicatorDefined(), programmeDefined())
                .when(registerPlan())
                .expectNoEvents()
                .expectResultMessagePayload(unchanged(2));
    }

    @Test
    void cannotRegisterAPlanDifferently() {
        fixture.given(planRegistered())
                .when(registerPlan(DEFINED_ON, "XX区教育事业发展规划（修订）", 2021, 2025, 2020, List.of("anonymised")))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.PLAN_REGISTERED_DIFFERENTLY));
    }

    @Test
    void cannotRegisterAPlanWithAnotherPeriod() {
        fixture.given(planRegistered())
                .when(registerPlan(DEFINED_ON, planRegistered().title(), 2021, 2026, 2020, List.of("anonymised")))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.PLAN_REGISTERED_DIFFERENTLY));
    }

    @Test
    void flagsAreComparedAsASet() {
        fixture.given(new PlanRegistered(PLAN, DEFINED_ON, RECORDED_AT, DISTRICT, "T", PlanType.ACTION_PLAN, 2021, 2021,
                        null, null, null, null, List.of("anonymised", "inferred"), null))
                .when(new RegisterPlan(PLAN, DEFINED_ON, DISTRICT, "T", PlanType.ACTION_PLAN, 2021, 2021, null, null, null,
                        null, List.of("inferred", "anonymised"), null))
                .expectNoEvents()
                .expectResultMessagePayload(unchanged(0));
    }

    @Test
    void cannotRegisterWithABusinessDateInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(registerPlan(TOMORROW, "T", 2021, 2025, 2020, List.of()))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.BUSINESS_DATE_IN_FUTURE));
    }

    @Test
    void todayIsTheDateInTheClocksZone() {
        // 20:00 UTC on 30 June is already 04:00 on 1 July in China Standard Time
        Instant evening = Instant.parse("2024-06-30T20:00:00Z");
        LocalDate firstOfJuly = LocalDate.of(2024, 7, 1);
        planFixture(Clock.fixed(evening, CHINA)).givenNoPriorActivity()
                .when(registerPlan(firstOfJuly, "T", 2021, 2025, 2020, List.of()))
                .expectEvents(new PlanRegistered(PLAN, firstOfJuly, evening, DISTRICT, "T", PlanType.FIVE_YEAR_PLAN, 2021,
                        2025, 2020, "XX区人民政府", "X政发〔2021〕8号", null, List.of(), PLAN_SOURCE));
    }

    @Test
    void periodMayNotBeReversed() {
        fixture.givenNoPriorActivity()
                .when(registerPlan(DEFINED_ON, "T", 2025, 2021, null, List.of()))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.PERIOD_INVALID));
    }

    @Test
    void periodYearsLieBetween1949And2100() {
        fixture.givenNoPriorActivity()
                .when(registerPlan(DEFINED_ON, "T", 1900, 2025, null, List.of()))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.PERIOD_INVALID));
    }

    @Test
    void aOneYearPlanHasEqualYears() {
        fixture.givenNoPriorActivity()
                .when(registerPlan(DEFINED_ON, "T", 2022, 2022, 2021, List.of()))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(recorded(0));
    }

    @Test
    void baselineYearMayNotBeAfterTheStart() {
        fixture.givenNoPriorActivity()
                .when(registerPlan(DEFINED_ON, "T", 2021, 2025, 2022, List.of()))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.BASELINE_AFTER_START));
    }

    @Test
    void flagsMustBeKnown() {
        fixture.givenNoPriorActivity()
                .when(registerPlan(DEFINED_ON, "T", 2021, 2025, 2020, List.of("anonymized")))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.UNKNOWN_FLAG));
    }

    @Test
    void contentTheEventRefusesIsInvalidContent() {
        fixture.givenNoPriorActivity()
                .when(registerPlan(DEFINED_ON, " ", 2021, 2025, 2020, List.of()))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.INVALID_CONTENT));
    }

    // ---------------------------------------------------------------- a plan that does not exist

    /** A command on an existing plan, for a given business date. */
    record EveryCommand(String name, Function<LocalDate, PlanCommand> on) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<EveryCommand> everyCommandButRegistration() {
        return Stream.of(
                new EveryCommand("DefineIndicator", on -> new DefineIndicator(PLAN, on, "retention", "九年义务教育巩固率", "%",
                        IndicatorAttribute.BINDING, null, BASELINE, 2025, AT_LEAST_97, null, null, null)),
                new EveryCommand("ReviseIndicatorTarget",
                        on -> new ReviseIndicatorTarget(PLAN, on, "retention", 2025, AT_LEAST_98, "中期调整")),
                new EveryCommand("RecordIndicatorMeasurement", on -> new RecordIndicatorMeasurement(PLAN, on, "retention",
                        2023, new BigDecimal("97.1"), "97.1", null, null)),
                new EveryCommand("DefineProgramme", on -> new DefineProgramme(PLAN, on, "col7", "教育资源扩容提质工程",
                        ProgrammeKind.SPECIAL_COLUMN, "专栏7", null)),
                new EveryCommand("SetTarget", on -> new SetTarget(PLAN, on, "kg", "col7", "幼儿园新建、改扩建",
                        Counted.KINDERGARTENS, FIFTEEN, Firmness.FIRM, null, null, null, null, null)),
                new EveryCommand("ReviseTarget", on -> new ReviseTarget(PLAN, on, "kg", TWENTY, Firmness.FIRM, "中期调整")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandButRegistration")
    void noCommandActsOnAPlanThatIsNotRegistered(EveryCommand command) {
        fixture.givenNoPriorActivity()
                .when(command.on().apply(DEFINED_ON))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.PLAN_NOT_FOUND));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandButRegistration")
    void noCommandMayBeDatedInTheFuture(EveryCommand command) {
        fixture.given(planRegistered(), indicatorDefined(), programmeDefined(), targetSet())
                .when(command.on().apply(TOMORROW))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.BUSINESS_DATE_IN_FUTURE));
    }
}
