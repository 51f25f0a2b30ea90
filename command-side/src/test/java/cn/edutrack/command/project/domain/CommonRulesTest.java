package cn.edutrack.command.project.domain;

import static cn.edutrack.command.project.domain.ProjectCommands.*;
import static cn.edutrack.command.project.domain.ProjectEvents.*;
import static cn.edutrack.command.project.domain.ProjectFixtures.*;
import static cn.edutrack.events.FundingSource.*;
import static cn.edutrack.events.ProjectKind.*;

import cn.edutrack.events.Money;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.project.ProjectRegistered;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules every track shares: dates, expected versions, suspension, closed projects, and what a command answers. */
class CommonRulesTest {

    private AggregateTestFixture<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = newFixture();
    }

    // ---------------------------------------------------------------- business date never in the future

    @Test
    void cannotRegisterWithABusinessDateInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(register(NEW_BUILD, TOMORROW))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_IN_FUTURE));
    }

    @Test
    void registersWithTodaysDate() {
        ProjectRegistered expected = registered(NEW_BUILD);
        fixture.givenNoPriorActivity()
                .when(register(NEW_BUILD, TODAY))
                .expectEvents(new ProjectRegistered(ID, TODAY, RECORDED_AT, NEW_BUILD, expected.title(),
                        expected.jurisdiction(), expected.ownerOrganisation(), expected.responsiblePerson(),
                        expected.plannedCapacity(), expected.planReference()));
    }

    @Test
    void todayIsTheDateInTheClocksZone() {
        // 20:00 UTC on 30 June is already 04:00 on 1 July in China Standard Time
        Instant evening = Instant.parse("2024-06-30T20:00:00Z");
        LocalDate firstOfJuly = LocalDate.of(2024, 7, 1);
        ProjectRegistered expected = registered(NEW_BUILD);
        newFixture(Clock.fixed(evening, CHINA)).givenNoPriorActivity()
                .when(register(NEW_BUILD, firstOfJuly))
                .expectEvents(new ProjectRegistered(ID, firstOfJuly, evening, NEW_BUILD, expected.title(),
                        expected.jurisdiction(), expected.ownerOrganisation(), expected.responsiblePerson(),
                        expected.plannedCapacity(), expected.planReference()));
    }

    @Test
    void cannotRecordAStepWithABusinessDateInTheFuture() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(start(TOMORROW))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_IN_FUTURE));
    }

    @Test
    void cannotSuspendWithABusinessDateInTheFuture() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(new SuspendProject(ID, TOMORROW, null, "征地纠纷"))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_IN_FUTURE));
    }

    @Test
    void cannotCancelWithABusinessDateInTheFuture() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(new CancelProject(ID, TOMORROW, null, "规划调整"))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_IN_FUTURE));
    }

    // ---------------------------------------------------------------- expected version

    @Test
    void versionIsZeroAfterRegistration() {
        fixture.given(registered(NEW_BUILD))
                .when(approve(APPROVED_ON, 0L, BUDGET, PLANNED_START, PLANNED_COMPLETION))
                .expectEvents(approved());
    }

    @Test
    void cannotActOnAStaleVersion() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(start(STARTED_ON, 0L))
                .expectNoEvents()
                .expectException(violationOf(Rule.STALE_EXPECTED_VERSION));
    }

    @Test
    void cannotActOnAVersionTheProjectHasNotReached() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(start(STARTED_ON, 2L))
                .expectNoEvents()
                .expectException(violationOf(Rule.STALE_EXPECTED_VERSION));
    }

    @Test
    void everyEventAdvancesTheVersionNotOnlyStageChanges() {
        // 0 registered, 1 approved, 2 allocated: version 1 is stale
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", CENTRAL_FISCAL, Money.ofYuan(1_000_000)))
                .when(start(STARTED_ON, 1L))
                .expectNoEvents()
                .expectException(violationOf(Rule.STALE_EXPECTED_VERSION));
    }

    @Test
    void actsOnTheCurrentVersion() {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", CENTRAL_FISCAL, Money.ofYuan(1_000_000)))
                .when(start(STARTED_ON, 2L))
                .expectEvents(started());
    }

    @Test
    void cannotSuspendOnAStaleVersion() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(suspend(1L))
                .expectNoEvents()
                .expectException(violationOf(Rule.STALE_EXPECTED_VERSION));
    }

    @Test
    void cannotAllocateOnAStaleVersion() {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", CENTRAL_FISCAL, Money.ofYuan(1_000_000)))
                .when(allocate(FUNDED_ON, 1L, "A-2", PROVINCIAL_FISCAL, Money.ofYuan(1_000_000)))
                .expectNoEvents()
                .expectException(violationOf(Rule.STALE_EXPECTED_VERSION));
    }

    // ---------------------------------------------------------------- suspension

    @Test
    void cannotStartConstructionWhileSuspended() {
        fixture.given(registered(NEW_BUILD), approved(), suspended())
                .when(start(TODAY))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_SUSPENDED));
    }

    @Test
    void cannotReportProgressWhileSuspended() {
        fixture.given(registered(NEW_BUILD), approved(), started(), suspended())
                .when(reportProgress(50))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_SUSPENDED));
    }

    @Test
    void cannotAllocateWhileSuspended() {
        fixture.given(registered(NEW_BUILD), approved(), started(), suspended())
                .when(allocate("A-1", CENTRAL_FISCAL, Money.ofYuan(1_000_000)))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_SUSPENDED));
    }

    @Test
    void cannotCompleteWhileSuspended() {
        fixture.given(registered(NEW_BUILD), approved(), started(), suspended())
                .when(complete())
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_SUSPENDED));
    }

    @Test
    void cannotEvaluateAReformWhileSuspended() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched(), suspended())
                .when(evaluate(true))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_SUSPENDED));
    }

    @Test
    void cannotSuspendTwice() {
        fixture.given(registered(NEW_BUILD), approved(), started(), suspended())
                .when(suspend())
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_SUSPENDED));
    }

    @Test
    void cannotResumeWhenNotSuspended() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(resume())
                .expectNoEvents()
                .expectException(violationOf(Rule.NOT_SUSPENDED));
    }

    @Test
    void cannotResumeTwice() {
        fixture.given(registered(NEW_BUILD), approved(), started(), suspended(), resumed())
                .when(resume())
                .expectNoEvents()
                .expectException(violationOf(Rule.NOT_SUSPENDED));
    }

    // ---------------------------------------------------------------- closed projects

    @Test
    void cannotActOnACancelledProject() {
        fixture.given(registered(NEW_BUILD), approved(), cancelled())
                .when(start(TODAY))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_CLOSED));
    }

    @Test
    void cannotCancelTwice() {
        fixture.given(registered(NEW_BUILD), approved(), cancelled())
                .when(cancel())
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_CLOSED));
    }

    @Test
    void cannotResumeACancelledProject() {
        fixture.given(registered(NEW_BUILD), approved(), started(), suspended(), cancelled())
                .when(resume())
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_CLOSED));
    }

    @Test
    void cannotSuspendAProjectInService() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed(), acceptancePassed(), putIntoService())
                .when(new SuspendProject(ID, TODAY, null, "停用"))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_CLOSED));
    }

    @Test
    void cannotPutIntoServiceTwice() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed(), acceptancePassed(), putIntoService())
                .when(putProjectIntoService(TODAY))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_CLOSED));
    }

    @Test
    void cannotCancelAProjectInService() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed(), acceptancePassed(), putIntoService())
                .when(new CancelProject(ID, TODAY, null, "规划调整"))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_CLOSED));
    }

    @Test
    void cannotReviseTheBudgetOfAProjectInService() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed(), acceptancePassed(), putIntoService())
                .when(reviseBudget(Money.ofYuan(20_000_000)))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_CLOSED));
    }

    // ---------------------------------------------------------------- the same rules, checked by every handler

    static List<EveryCommand> everyCommand() {
        return EveryCommand.all();
    }

    static Stream<EveryCommand> everyLifecycleStep() {
        return EveryCommand.lifecycleSteps();
    }

    static Stream<EveryCommand> everyCommandButDecommissioning() {
        // decommissioning the old site usually follows the opening of the new school, so it is allowed on a
        // closed project; on a cancelled one it is refused by its own rule (NOT_A_RELOCATION_SITE_READY).
        // Placing a project in a plan is allowed on closed projects too, and refused on a cancelled one by its own
        // rule (PROJECT_CANCELLED, see PlanAssignmentTest); so are a supervisor's actions (see SupervisionTest).
        return EveryCommand.all().stream()
                .filter(c -> !c.name().equals("DecommissionSite") && !c.name().equals("AssignProjectToPlan"))
                .filter(c -> !EveryCommand.SUPERVISION.contains(c.name()));
    }

    static Stream<Object[]> everyCommandOnAWrongTrack() {
        return EveryCommand.onAWrongTrack();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommand")
    void noCommandMayBeDatedInTheFuture(EveryCommand command) {
        fixture.given(registered(command.kind()))
                .when(command.on(TOMORROW))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_IN_FUTURE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommand")
    void noCommandMayActOnAStaleVersion(EveryCommand command) {
        fixture.given(registered(command.kind()))
                .when(command.expecting(7))
                .expectNoEvents()
                .expectException(violationOf(Rule.STALE_EXPECTED_VERSION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandButDecommissioning")
    void noCommandMayChangeACancelledProject(EveryCommand command) {
        fixture.given(registered(command.kind()), cancelled())
                .when(command.on(TODAY))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_CLOSED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLifecycleStep")
    void noLifecycleStepWhileSuspended(EveryCommand command) {
        fixture.given(registered(command.kind()), suspended())
                .when(command.on(TODAY))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_SUSPENDED));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyCommandOnAWrongTrack")
    void noCommandAppliesToAnotherTrack(EveryCommand command, ProjectKind kind) {
        fixture.given(registered(kind))
                .when(command.on(TODAY))
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_TRACK));
    }

    // ---------------------------------------------------------------- what a command answers

    @Test
    void registrationAnswersTheProjectId() {
        fixture.givenNoPriorActivity()
                .when(register(NEW_BUILD))
                .expectResultMessagePayload(ID);
    }

    @Test
    void approvalAnswersVersionOne() {
        fixture.given(registered(NEW_BUILD))
                .when(approve())
                .expectResultMessagePayload(version(1));
    }

    @Test
    void aCommandAnswersTheSequenceNumberOfTheEventItRecorded() {
        // 0 registered, 1 approved, 2 and 3 allocated: the new allocation is event 4
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", CENTRAL_FISCAL, Money.ofYuan(1_000_000)),
                        allocated("A-2", PROVINCIAL_FISCAL, Money.ofYuan(1_000_000)))
                .when(allocate("A-3", MUNICIPAL_FISCAL, Money.ofYuan(1_000_000)))
                .expectResultMessagePayload(version(4));
    }

    @Test
    void aSideStepAnswersTheNewVersionToo() {
        fixture.given(registered(NEW_BUILD), approved(), started(), progressReported(30))
                .when(suspend())
                .expectResultMessagePayload(version(4));
    }

    @Test
    void aReformStepAnswersTheNewVersion() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched())
                .when(evaluate(true))
                .expectResultMessagePayload(version(3));
    }

    @Test
    void aDesignationStepAnswersTheNewVersion() {
        fixture.given(registered(MODEL_SCHOOL), designationApplied(APPLIED_ON))
                .when(grant())
                .expectResultMessagePayload(version(2));
    }
}
