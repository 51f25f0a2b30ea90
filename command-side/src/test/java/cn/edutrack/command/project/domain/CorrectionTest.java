package cn.edutrack.command.project.domain;

import static cn.edutrack.command.project.domain.ProjectCommands.allocate;
import static cn.edutrack.command.project.domain.ProjectCommands.passAcceptance;
import static cn.edutrack.command.project.domain.ProjectEvents.*;
import static cn.edutrack.command.project.domain.ProjectFixtures.*;
import static cn.edutrack.events.ProjectKind.*;

import cn.edutrack.command.project.correcting.JsonEventCorrector;
import cn.edutrack.events.Capacity;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.Money;
import cn.edutrack.events.PlanId;
import cn.edutrack.events.RecheckResult;
import cn.edutrack.events.project.ConstructionCompleted;
import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProgressReported;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.ProjectEvent;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.events.project.RecheckRecorded;
import cn.edutrack.events.project.RectificationOrdered;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Corrections of recorded events on the aggregate: what is recorded (the whole corrected payload, pointing at the
 * original), that the state follows the corrected history, and each rule a correction must keep.
 */
class CorrectionTest {

    static final String REASON = "依据X财教〔2023〕A-1号拨款文件更正";
    static final Money EIGHT_MILLION = Money.ofYuan(8_000_000);
    static final Money THREE_MILLION = Money.ofYuan(3_000_000);

    private static final JsonEventCorrector CORRECTOR = new JsonEventCorrector();

    private AggregateTestFixture<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = newFixture();
        fixture.registerInjectableResource(CORRECTOR);
    }

    // ---------------------------------------------------------------- what is recorded

    @Test
    void aCorrectionRecordsTheWholeCorrectedEventPointingAtTheOriginal() {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION))
                .when(correct(2, Map.of("amount", "\"3000000.00\"")))
                .expectEvents(corrected(2, allocated("A-1", FundingSource.CENTRAL_FISCAL, THREE_MILLION)))
                .expectResultMessagePayload(version(3));
    }

    @Test
    void theCorrectionIsMadeToTheEventInForceLatestCorrectionIncluded() {
        FundingAllocated threeMillion = allocated("A-1", FundingSource.CENTRAL_FISCAL, THREE_MILLION);
        FundingAllocated withNewDocument = new FundingAllocated(ID, FUNDED_ON, RECORDED_AT, "A-1",
                FundingSource.CENTRAL_FISCAL, THREE_MILLION, "X财教〔2023〕12号");

        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION),
                        corrected(2, threeMillion))
                .when(correct(2, Map.of("documentNumber", "\"X财教〔2023〕12号\"")))
                .expectEvents(corrected(2, withNewDocument))
                .expectResultMessagePayload(version(4));
    }

    @Test
    void aDecimalIsCorrectedExactlyAsWritten() {
        ConstructionCompleted exact = new ConstructionCompleted(ID, COMPLETED_ON, RECORDED_AT, new Capacity(1080, 24, 24),
                new BigDecimal("12345.60"));

        fixture.given(registered(NEW_BUILD), approved(), started(), completed())
                .when(correct(3, Map.of("floorAreaSquareMetres", "12345.60",
                        "actualCapacity", "{\"places\": 1080, \"streams\": 24, \"classes\": 24}")))
                .expectEvents(corrected(3, exact));
    }

    @Test
    void theRegistrationsTitleCapacityAndDateMayBeCorrected() {
        ProjectRegistered registration = registered(NEW_BUILD);
        ProjectRegistered fixed = new ProjectRegistered(ID, REGISTERED_ON.minusDays(3), RECORDED_AT, NEW_BUILD,
                "XX区第一小学新建工程（一期）", JURISDICTION, OWNER, RESPONSIBLE, new Capacity(1350, 5, 30),
                registration.planReference());

        fixture.given(registration, approved())
                .when(correct(0, Map.of("title", "\"XX区第一小学新建工程（一期）\"", "businessDate", "\"2023-01-07\"",
                        "plannedCapacity", "{\"places\": 1350, \"streams\": 5, \"classes\": 30}")))
                .expectEvents(corrected(0, fixed));
    }

    @Test
    void anOptionalFieldMayBeCleared() {
        ProjectRegistered registration = registered(NEW_BUILD);
        ProjectRegistered withoutReference = new ProjectRegistered(ID, REGISTERED_ON, RECORDED_AT, NEW_BUILD,
                registration.title(), JURISDICTION, OWNER, RESPONSIBLE, PLANNED_CAPACITY, null);

        fixture.given(registration)
                .when(correct(0, Map.of("planReference", "null")))
                .expectEvents(corrected(0, withoutReference));
    }

    // ---------------------------------------------------------------- the state follows the corrected history

    @Test
    void aLaterAllocationIsCheckedAgainstTheCorrectedTotal() {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION),
                        corrected(2, allocated("A-1", FundingSource.CENTRAL_FISCAL, THREE_MILLION)))
                .when(allocate("A-2", FundingSource.PROVINCIAL_FISCAL, Money.ofYuan(9_000_000)))
                .expectEvents(allocated("A-2", FundingSource.PROVINCIAL_FISCAL, Money.ofYuan(9_000_000)))
                .expectResultMessagePayload(version(4));
    }

    @Test
    void withoutTheCorrectionTheSameAllocationIsOverTheBudget() {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION))
                .when(allocate("A-2", FundingSource.PROVINCIAL_FISCAL, Money.ofYuan(9_000_000)))
                .expectNoEvents()
                .expectException(violationOf(Rule.ALLOCATION_EXCEEDS_BUDGET));
    }

    @Test
    void aLaterCorrectionOfTheSameEventReplacesTheEarlierOne() {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION),
                        corrected(2, allocated("A-1", FundingSource.CENTRAL_FISCAL, THREE_MILLION)),
                        corrected(2, allocated("A-1", FundingSource.CENTRAL_FISCAL, Money.ofYuan(5_000_000))))
                .when(allocate("A-2", FundingSource.PROVINCIAL_FISCAL, Money.ofYuan(7_000_001)))
                .expectNoEvents()
                .expectException(violationOf(Rule.ALLOCATION_EXCEEDS_BUDGET));
    }

    @Test
    void aCorrectedCompletionDateMovesTheDateAcceptanceIsCheckedAgainst() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed(COMPLETED_ON),
                        corrected(3, completed(ACCEPTED_ON.plusDays(1))))
                .when(passAcceptance(ACCEPTED_ON))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    @Test
    void aRecheckCorrectedToNotRectifiedReopensTheOrder() {
        LocalDate orderedOn = LocalDate.of(2024, 4, 10);
        RecheckRecorded rectified = new RecheckRecorded(ID, orderedOn.plusDays(20), RECORDED_AT, 1,
                RecheckResult.RECTIFIED, "已整改", null);
        RecheckRecorded notRectified = new RecheckRecorded(ID, orderedOn.plusDays(20), RECORDED_AT, 1,
                RecheckResult.NOT_RECTIFIED, "已整改", null);
        RecordRecheck again = new RecordRecheck(ID, TODAY, null, 1, RecheckResult.RECTIFIED, "复查：已整改到位", null);

        fixture.given(registered(NEW_BUILD), order(orderedOn), rectified, corrected(2, notRectified))
                .when(again)
                .expectEvents(new RecheckRecorded(ID, TODAY, RECORDED_AT, 1, RecheckResult.RECTIFIED, "复查：已整改到位", null));
    }

    // ---------------------------------------------------------------- what cannot be corrected

    @ParameterizedTest
    @ValueSource(longs = {2, 3, 100})
    void anUnknownSequenceIsRefusedNamingIt(long sequence) {
        fixture.given(registered(NEW_BUILD), approved())
                .when(correct(sequence, Map.of("title", "\"x\"")))
                .expectNoEvents()
                .expectException(Matchers.allOf(violationNaming(Rule.CORRECTED_EVENT_NOT_FOUND, "correctedSequence"),
                        withDetails(Map.of("correctedSequence", sequence))));
    }

    @Test
    void aCorrectionIsNotCorrected() {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION),
                        corrected(2, allocated("A-1", FundingSource.CENTRAL_FISCAL, THREE_MILLION)))
                .when(correct(3, Map.of("reason", "\"另一个理由\"")))
                .expectNoEvents()
                .expectException(violationNaming(Rule.EVENT_IS_A_CORRECTION, "correctedSequence"));
    }

    @Test
    void theAssignmentToAPlanIsNotCorrected() {
        ProjectAssignedToPlan assigned = new ProjectAssignedToPlan(ID, APPROVED_ON, RECORDED_AT, PlanId.of("xx-2021"),
                "col7", "kg", List.of(), null, null, 2025, List.of(), null);

        fixture.given(registered(NEW_BUILD), assigned)
                .when(correct(1, Map.of("dueYear", "2024")))
                .expectNoEvents()
                .expectException(violationNaming(Rule.EVENT_NOT_CORRECTABLE, "correctedSequence"));
    }

    static Stream<Arguments> fixedFields() {
        return Stream.of(
                Arguments.of(0L, "kind", "\"EXPANSION\""),
                Arguments.of(0L, "jurisdiction", "\"CN-45/XX市/YY区\""),
                Arguments.of(0L, "ownerOrganisation", "\"ORG-OTHER\""),
                Arguments.of(0L, "projectId", "\"PRJ-TEST-0002\""),
                Arguments.of(1L, "recordedAt", "\"2024-01-01T00:00:00Z\""),
                Arguments.of(2L, "allocationId", "\"A-9\""),
                Arguments.of(5L, "orderNumber", "2"),
                Arguments.of(4L, "correctsSequence", "null"));
    }

    @ParameterizedTest(name = "event {0}: {1}")
    @MethodSource("fixedFields")
    void aFieldThatNeverChangesIsRefusedNamingIt(long sequence, String field, String value) {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION),
                        started(), progressCorrected(30, 3), order(LocalDate.of(2024, 4, 10)))
                .when(correct(sequence, Map.of(field, value)))
                .expectNoEvents()
                .expectException(violationNaming(Rule.FIELD_NOT_CORRECTABLE, "changes." + field));
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("colour", "\"red\""),
                Arguments.of("amount", "\"abc\""),
                Arguments.of("amount", "\"100.001\""),
                Arguments.of("amount", "3000000"),
                Arguments.of("amount", "null"),
                Arguments.of("businessDate", "\"2024-13-01\""),
                Arguments.of("businessDate", "null"),
                Arguments.of("source", "\"LOTTERY\""),
                Arguments.of("documentNumber", "\"  \""),
                Arguments.of("documentNumber", "\"X财教\\u0000\""),
                Arguments.of("documentNumber", "\"" + "文".repeat(2001) + "\""),
                Arguments.of("documentNumber", "{\"unclosed\": "));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidValues")
    void aValueTheEventDoesNotTakeIsRefusedNamingTheField(String field, String value) {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION))
                .when(correct(2, Map.of(field, value)))
                .expectNoEvents()
                .expectException(violationNaming(Rule.INVALID_CORRECTION, "changes." + field));
    }

    @Test
    void aNegativeCapacityIsRefusedNamingIt() {
        fixture.given(registered(NEW_BUILD))
                .when(correct(0, Map.of("plannedCapacity", "{\"places\": -1, \"streams\": 4, \"classes\": 24}")))
                .expectNoEvents()
                .expectException(violationNaming(Rule.INVALID_CORRECTION, "changes.plannedCapacity"));
    }

    @Test
    void aTextWithNulIsRefusedInsideAListToo() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched())
                .when(correct(2, Map.of("participatingUnits", "[\"ORG-SCHOOL-1\", \"ORG-\\u0000\"]")))
                .expectNoEvents()
                .expectException(violationNaming(Rule.INVALID_CORRECTION, "changes.participatingUnits"));
    }

    @Test
    void aRecordRuleOfTheEventIsKept() {
        fixture.given(registered(NEW_BUILD), order(LocalDate.of(2024, 4, 10)))
                .when(correct(1, Map.of("deadline", "\"2024-04-09\"")))
                .expectNoEvents()
                .expectException(violationNaming(Rule.INVALID_CORRECTION, "changes.deadline"));
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION))
                .when(correct(2, Map.of("amount", "\"8000000\"", "source", "\"CENTRAL_FISCAL\"")))
                .expectNoEvents()
                .expectException(violationOf(Rule.CORRECTION_CHANGES_NOTHING));
    }

    // ---------------------------------------------------------------- rules of the corrected history

    @Test
    void aCorrectedDateInTheFutureIsRefused() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(correct(1, Map.of("businessDate", "\"" + TOMORROW + "\"")))
                .expectNoEvents()
                .expectException(violationNaming(Rule.BUSINESS_DATE_IN_FUTURE, "changes.businessDate"));
    }

    @Test
    void aCorrectionItselfCannotBeDatedInTheFuture() {
        fixture.given(registered(NEW_BUILD))
                .when(new CorrectEvent(ID, TOMORROW, null, 0, Map.of("title", "\"x\""), REASON))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_IN_FUTURE));
    }

    static Stream<Arguments> datesOutOfOrder() {
        return Stream.of(
                // the start before the approval it follows
                Arguments.of(3L, APPROVED_ON.minusDays(1)),
                // the approval after the start that follows it
                Arguments.of(1L, STARTED_ON.plusDays(1)),
                // the completion after the failed acceptance that follows it
                Arguments.of(5L, INSPECTED_ON.plusDays(1)),
                // the allocation before the approval
                Arguments.of(2L, APPROVED_ON.minusDays(1)),
                // the approval after the allocation that depends on it (allocated 2023-04-01, started 2023-05-01)
                Arguments.of(1L, FUNDED_ON.plusDays(1)),
                // a progress report before the start of construction
                Arguments.of(4L, STARTED_ON.minusDays(1)),
                // the start after a progress report
                Arguments.of(3L, PROGRESS_ON.plusDays(1)));
    }

    @ParameterizedTest(name = "event {0} on {1}")
    @MethodSource("datesOutOfOrder")
    void aCorrectedDateMustKeepTheStagesInOrder(long sequence, LocalDate date) {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION),
                        started(), progressReported(40), completed(), acceptanceFailed())
                .when(correct(sequence, Map.of("businessDate", "\"" + date + "\"")))
                .expectNoEvents()
                .expectException(Matchers.allOf(
                        violationNaming(Rule.CORRECTION_BREAKS_STAGE_ORDER, "changes.businessDate"),
                        withDetails(Map.of("correctedSequence", sequence))));
    }

    @Test
    void aCorrectedDateWithinItsNeighboursIsAllowed() {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION),
                        started(), progressReported(40), completed(), acceptanceFailed())
                .when(correct(5, Map.of("businessDate", "\"" + INSPECTED_ON + "\"")))
                .expectEvents(corrected(5, completed(INSPECTED_ON)));
    }

    @Test
    void aDecommissioningBeforeTheCompletionIsRefused() {
        fixture.given(registered(RELOCATION), approved(), started(), completed(), siteDecommissioned())
                .when(correct(4, Map.of("businessDate", "\"" + COMPLETED_ON.minusDays(1) + "\"")))
                .expectNoEvents()
                .expectException(violationNaming(Rule.CORRECTION_BREAKS_STAGE_ORDER, "changes.businessDate"));
    }

    @Test
    void aResumptionBeforeItsSuspensionIsRefused() {
        fixture.given(registered(NEW_BUILD), approved(), started(), suspended(), resumed())
                .when(correct(3, Map.of("businessDate", "\"" + RESUMED_ON.plusDays(1) + "\"")))
                .expectNoEvents()
                .expectException(violationNaming(Rule.CORRECTION_BREAKS_STAGE_ORDER, "changes.businessDate"));
    }

    @Test
    void aRecheckBeforeItsOrderIsRefusedEitherWay() {
        LocalDate orderedOn = LocalDate.of(2024, 4, 10);
        RecheckRecorded recheck = new RecheckRecorded(ID, orderedOn.plusDays(20), RECORDED_AT, 1,
                RecheckResult.NOT_RECTIFIED, "未整改", null);
        fixture.given(registered(NEW_BUILD), order(orderedOn), recheck)
                .when(correct(2, Map.of("businessDate", "\"" + orderedOn.minusDays(1) + "\"")))
                .expectNoEvents()
                .expectException(violationNaming(Rule.RECHECK_BEFORE_ORDER, "changes.businessDate"));
        newFixtureWithCorrector().given(registered(NEW_BUILD), order(orderedOn), recheck)
                .when(correct(1, Map.of("businessDate", "\"" + orderedOn.plusDays(21) + "\"",
                        "deadline", "\"" + orderedOn.plusDays(60) + "\"")))
                .expectNoEvents()
                .expectException(violationNaming(Rule.RECHECK_BEFORE_ORDER, "changes.businessDate"));
    }

    @Test
    void anAllocationCorrectedOverTheBudgetIsRefused() {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION),
                        allocated("A-2", FundingSource.CENTRAL_FISCAL, THREE_MILLION))
                .when(correct(2, Map.of("amount", "\"9000000.01\"")))
                .expectNoEvents()
                .expectException(violationNaming(Rule.ALLOCATION_EXCEEDS_BUDGET, "changes.amount"));
    }

    @Test
    void anApprovedBudgetCorrectedBelowWhatIsAllocatedIsRefused() {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION))
                .when(correct(1, Map.of("approvedBudget", "\"7999999.99\"")))
                .expectNoEvents()
                .expectException(violationNaming(Rule.ALLOCATION_EXCEEDS_BUDGET, "changes.approvedBudget"));
    }

    @Test
    void theBudgetInForceIsTheLatestRevision() {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION),
                        budgetRevised(Money.ofYuan(15_000_000)))
                .when(correct(1, Map.of("approvedBudget", "\"1000000.00\"")))
                .expectEvents(corrected(1, approved(Money.ofYuan(1_000_000))));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void progressOutside0To100IsRefused(int percent) {
        fixture.given(registered(NEW_BUILD), approved(), started(), progressReported(40))
                .when(correct(3, Map.of("percentComplete", Integer.toString(percent))))
                .expectNoEvents()
                .expectException(violationNaming(Rule.PROGRESS_OUT_OF_RANGE, "changes.percentComplete"));
    }

    @Test
    void anAmountOfZeroIsRefused() {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION))
                .when(correct(2, Map.of("amount", "\"0.00\"")))
                .expectNoEvents()
                .expectException(violationNaming(Rule.AMOUNT_NOT_POSITIVE, "changes.amount"));
    }

    @Test
    void aScheduleEndingBeforeItStartsIsRefused() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(correct(1, Map.of("plannedCompletion", "\"" + PLANNED_START.minusDays(1) + "\"")))
                .expectNoEvents()
                .expectException(violationNaming(Rule.INVALID_SCHEDULE, "changes.plannedCompletion"));
    }

    @Test
    void aReformScaledUpAfterAFailedEvaluationIsRefused() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched(), evaluated(true), concluded(true))
                .when(correct(3, Map.of("passed", "false")))
                .expectNoEvents()
                .expectException(violationNaming(Rule.REFORM_EVALUATION_FAILED, "changes.passed"));
    }

    // ---------------------------------------------------------------- when corrections are allowed

    @Test
    void aCancelledProjectsRecordsAreStillCorrected() {
        fixture.given(registered(NEW_BUILD), approved(), allocated("A-1", FundingSource.CENTRAL_FISCAL, EIGHT_MILLION),
                        cancelled())
                .when(correct(2, Map.of("amount", "\"3000000.00\"")))
                .expectEvents(corrected(2, allocated("A-1", FundingSource.CENTRAL_FISCAL, THREE_MILLION)));
    }

    @Test
    void aSuspendedOrClosedProjectsRecordsAreCorrected() {
        fixture.given(registered(NEW_BUILD), approved(), started(), suspended())
                .when(correct(2, Map.of("contractor", "\"XX建工集团有限公司\"")))
                .expectEvents(corrected(2, new cn.edutrack.events.project.ConstructionStarted(ID, STARTED_ON,
                        RECORDED_AT, "XX建工集团有限公司")));
        newFixtureWithCorrector().given(registered(NEW_BUILD), approved(), started(), completed(), acceptancePassed(),
                        putIntoService())
                .when(correct(5, Map.of("firstEnrolment", "398")))
                .expectEvents(corrected(5, new cn.edutrack.events.project.PutIntoService(ID, IN_SERVICE_ON,
                        RECORDED_AT, 398)));
    }

    @Test
    void aStaleExpectedVersionIsRefused() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(new CorrectEvent(ID, TODAY, 0L, 0, Map.of("title", "\"x\""), REASON))
                .expectNoEvents()
                .expectException(violationOf(Rule.STALE_EXPECTED_VERSION));
    }

    @Test
    void theExpectedVersionMayBeGiven() {
        fixture.given(registered(NEW_BUILD), approved(), started(), progressReported(40))
                .when(new CorrectEvent(ID, TODAY, 3L, 3, Map.of("percentComplete", "45"), REASON))
                .expectEvents(corrected(3, progressOf(45)));
    }

    @Test
    void theCorrectedProgressIsInForce() {
        fixture.given(registered(NEW_BUILD), approved(), started(), progressReported(40), corrected(3, progressOf(45)))
                .when(ProjectCommands.reportProgress(44))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROGRESS_DECREASE_WITHOUT_CORRECTION));
    }

    // ----------------------------------------------------------------

    private static AggregateTestFixture<Project> newFixtureWithCorrector() {
        AggregateTestFixture<Project> another = newFixture();
        another.registerInjectableResource(CORRECTOR);
        return another;
    }

    private static CorrectEvent correct(long sequence, Map<String, String> changes) {
        return new CorrectEvent(ID, TODAY, null, sequence, changes, REASON);
    }

    private static EventCorrected corrected(long sequence, ProjectEvent corrected) {
        return CORRECTOR.correction(ID, TODAY, RECORDED_AT, sequence, corrected, REASON);
    }

    /** {@code progressReported(40)} as corrected to another percentage (its evidence reference stays). */
    private static ProgressReported progressOf(int percent) {
        return new ProgressReported(ID, PROGRESS_ON, RECORDED_AT, percent, "主体结构施工", "EVID-40", null);
    }

    private static RectificationOrdered order(LocalDate on) {
        return new RectificationOrdered(ID, on, RECORDED_AT, 1, "XX市人民政府教育督导室", "消防通道被占用", on.plusMonths(1));
    }

    /** A violation of {@code rule} that names {@code field}. */
    private static Matcher<ProjectRuleViolation> violationNaming(Rule rule, String field) {
        return Matchers.allOf(violationOf(rule),
                new FeatureMatcher<ProjectRuleViolation, String>(Matchers.equalTo(field), "naming the field", "field") {
                    @Override
                    protected String featureValueOf(ProjectRuleViolation violation) {
                        return violation.field();
                    }
                });
    }

    private static Matcher<ProjectRuleViolation> withDetails(Map<String, Object> details) {
        return new FeatureMatcher<ProjectRuleViolation, Map<String, Object>>(Matchers.equalTo(details), "with details",
                "details") {
            @Override
            protected Map<String, Object> featureValueOf(ProjectRuleViolation violation) {
                return violation.details();
            }
        };
    }
}
