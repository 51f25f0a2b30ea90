package cn.edutrack.command.project.domain;

import static cn.edutrack.command.project.domain.ProjectCommands.*;
import static cn.edutrack.command.project.domain.ProjectEvents.*;
import static cn.edutrack.command.project.domain.ProjectFixtures.*;
import static cn.edutrack.events.FundingSource.*;
import static cn.edutrack.events.ProjectKind.*;

import cn.edutrack.events.Money;
import java.math.BigDecimal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The construction track: planned → approved → funded → started → progress → completed → accepted → in service, and its side paths. */
class ConstructionTrackTest {

    private AggregateTestFixture<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = newFixture();
    }

    // ---------------------------------------------------------------- allowed transitions

    @Test
    void registersAProjectAsPlanned() {
        fixture.givenNoPriorActivity()
                .when(register(NEW_BUILD))
                .expectEvents(registered(NEW_BUILD));
    }

    @Test
    void approvesAPlannedProject() {
        fixture.given(registered(NEW_BUILD))
                .when(approve())
                .expectEvents(approved());
    }

    @Test
    void allocatesFromASecondSourceExactlyUpToTheApprovedBudget() {
        fixture.given(registered(NEW_BUILD), approved(Money.ofYuan(12_000_000)),
                        allocated("A-1", PROVINCIAL_FISCAL, Money.ofYuan(5_000_000)))
                .when(allocate("A-2", LOCAL_GOVERNMENT_SPECIAL_BOND, Money.ofYuan(7_000_000)))
                .expectEvents(allocated("A-2", LOCAL_GOVERNMENT_SPECIAL_BOND, Money.ofYuan(7_000_000)));
    }

    @Test
    void startsConstructionOfAnApprovedProject() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(start())
                .expectEvents(started());
    }

    @Test
    void startsConstructionOnTheDayOfApproval() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(start(APPROVED_ON))
                .expectEvents(started(APPROVED_ON));
    }

    @Test
    void reportsProgressUnderConstruction() {
        fixture.given(registered(NEW_BUILD), approved(), started(), progressReported(30))
                .when(reportProgress(60))
                .expectEvents(progressReported(60));
    }

    @Test
    void reportsProgressOfZeroPercent() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(reportProgress(0))
                .expectEvents(progressReported(0));
    }

    @Test
    void reportsProgressOfOneHundredPercent() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(reportProgress(100))
                .expectEvents(progressReported(100));
    }

    @Test
    void correctsAnEarlierReportDownwardsByNamingItsSequenceNumber() {
        // 0 registered, 1 approved, 2 started, 3 the report at 60%
        fixture.given(registered(NEW_BUILD), approved(), started(), progressReported(60))
                .when(correctProgress(40, 3))
                .expectEvents(progressCorrected(40, 3));
    }

    @Test
    void completesConstructionUnderWay() {
        fixture.given(registered(NEW_BUILD), approved(), started(), progressReported(95))
                .when(complete())
                .expectEvents(completed());
    }

    @Test
    void recordsAFailedAcceptanceWithItsRectificationDeadline() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed())
                .when(failAcceptance())
                .expectEvents(acceptanceFailed());
    }

    @Test
    void passesReInspectionAfterAFailedAcceptance() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed(), acceptanceFailed())
                .when(passAcceptance())
                .expectEvents(acceptancePassed());
    }

    @Test
    void passesAcceptanceOfACompletedProject() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed())
                .when(passAcceptance())
                .expectEvents(acceptancePassed());
    }

    @Test
    void putsAnAcceptedProjectIntoService() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed(), acceptancePassed())
                .when(putProjectIntoService())
                .expectEvents(putIntoService());
    }

    @Test
    void suspendsWorkUnderConstruction() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(suspend())
                .expectEvents(suspended());
    }

    @Test
    void resumesSuspendedWork() {
        fixture.given(registered(NEW_BUILD), approved(), started(), suspended())
                .when(resume())
                .expectEvents(resumed());
    }

    @Test
    void reportsProgressAgainAfterResuming() {
        fixture.given(registered(NEW_BUILD), approved(), started(), suspended(), resumed())
                .when(reportProgress(50))
                .expectEvents(progressReported(50));
    }

    @Test
    void rebaselinesTheSchedule() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(rebaseline(PLANNED_START, PLANNED_COMPLETION.plusMonths(6)))
                .expectEvents(scheduleRebaselined(PLANNED_START, PLANNED_COMPLETION.plusMonths(6)));
    }

    @Test
    void revisesTheBudget() {
        fixture.given(registered(NEW_BUILD), approved(Money.ofYuan(12_000_000)),
                        allocated("A-1", COUNTY_DISTRICT_FISCAL, Money.ofYuan(12_000_000)))
                .when(reviseBudget(Money.ofYuan(15_000_000)))
                .expectEvents(budgetRevised(Money.ofYuan(15_000_000)));
    }

    @Test
    void revisesTheBudgetDownToExactlyWhatIsAllocated() {
        fixture.given(registered(NEW_BUILD), approved(Money.ofYuan(12_000_000)),
                        allocated("A-1", COUNTY_DISTRICT_FISCAL, Money.ofYuan(9_000_000)))
                .when(reviseBudget(Money.ofYuan(9_000_000)))
                .expectEvents(budgetRevised(Money.ofYuan(9_000_000)));
    }

    @Test
    void allocatesBeyondTheOriginalBudgetAfterABudgetRevision() {
        fixture.given(registered(NEW_BUILD), approved(Money.ofYuan(12_000_000)),
                        allocated("A-1", COUNTY_DISTRICT_FISCAL, Money.ofYuan(12_000_000)),
                        budgetRevised(Money.ofYuan(15_000_000)))
                .when(allocate("A-2", MUNICIPAL_FISCAL, Money.ofYuan(3_000_000)))
                .expectEvents(allocated("A-2", MUNICIPAL_FISCAL, Money.ofYuan(3_000_000)));
    }

    @Test
    void revisesTheScopeUnderConstruction() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(reviseScope())
                .expectEvents(scopeRevised());
    }

    @Test
    void cancelsAnApprovedProject() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(cancel())
                .expectEvents(cancelled());
    }

    @Test
    void cancelsASuspendedProject() {
        fixture.given(registered(NEW_BUILD), approved(), started(), suspended())
                .when(cancel())
                .expectEvents(cancelled());
    }

    @Test
    void decommissionsTheOldSiteOfACompletedRelocation() {
        fixture.given(registered(RELOCATION), approved(), started(), completed())
                .when(decommissionSite())
                .expectEvents(siteDecommissioned());
    }

    @Test
    void decommissionsTheOldSiteAfterTheNewSchoolIsInService() {
        fixture.given(registered(RELOCATION), approved(), started(), completed(), acceptancePassed(), putIntoService())
                .when(decommissionSite())
                .expectEvents(siteDecommissioned());
    }

    @Test
    void receivesADeveloperBuiltSchool() {
        fixture.given(registered(HANDOVER))
                .when(receiveHandover())
                .expectEvents(handedOver());
    }

    @Test
    void passesAcceptanceOfAHandedOverSchool() {
        fixture.given(registered(HANDOVER), handedOver())
                .when(passAcceptance())
                .expectEvents(acceptancePassed());
    }

    @Test
    void putsAnAcceptedHandedOverSchoolIntoService() {
        fixture.given(registered(HANDOVER), handedOver(), acceptancePassed())
                .when(putProjectIntoService())
                .expectEvents(putIntoService());
    }

    // ---------------------------------------------------------------- order of stages

    @Test
    void cannotFundBeforeApproval() {
        fixture.given(registered(NEW_BUILD))
                .when(allocate("A-1", CENTRAL_FISCAL, Money.ofYuan(1_000_000)))
                .expectNoEvents()
                .expectException(violationOf(Rule.NOT_APPROVED));
    }

    @Test
    void cannotStartBeforeApproval() {
        fixture.given(registered(NEW_BUILD))
                .when(start())
                .expectNoEvents()
                .expectException(violationOf(Rule.NOT_APPROVED));
    }

    @Test
    void cannotCompleteBeforeConstructionStarts() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(complete())
                .expectNoEvents()
                .expectException(violationOf(Rule.CONSTRUCTION_NOT_STARTED));
    }

    @Test
    void cannotReportProgressBeforeConstructionStarts() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(reportProgress(10))
                .expectNoEvents()
                .expectException(violationOf(Rule.CONSTRUCTION_NOT_STARTED));
    }

    @Test
    void cannotPassAcceptanceBeforeCompletion() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(passAcceptance())
                .expectNoEvents()
                .expectException(violationOf(Rule.NOT_COMPLETED));
    }

    @Test
    void cannotFailAcceptanceBeforeCompletion() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(failAcceptance())
                .expectNoEvents()
                .expectException(violationOf(Rule.NOT_COMPLETED));
    }

    @Test
    void cannotPutIntoServiceBeforeAcceptance() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed())
                .when(putProjectIntoService())
                .expectNoEvents()
                .expectException(violationOf(Rule.NOT_ACCEPTED));
    }

    @Test
    void cannotPutIntoServiceAfterAFailedAcceptance() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed(), acceptanceFailed())
                .when(putProjectIntoService())
                .expectNoEvents()
                .expectException(violationOf(Rule.NOT_ACCEPTED));
    }

    @Test
    void cannotApproveTwice() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(approve())
                .expectNoEvents()
                .expectException(violationOf(Rule.ALREADY_APPROVED));
    }

    @Test
    void cannotStartTwice() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(start())
                .expectNoEvents()
                .expectException(violationOf(Rule.CONSTRUCTION_ALREADY_STARTED));
    }

    @Test
    void cannotCompleteTwice() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed())
                .when(complete())
                .expectNoEvents()
                .expectException(violationOf(Rule.ALREADY_COMPLETED));
    }

    @Test
    void cannotPassAcceptanceTwice() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed(), acceptancePassed())
                .when(passAcceptance())
                .expectNoEvents()
                .expectException(violationOf(Rule.ALREADY_ACCEPTED));
    }

    @Test
    void cannotFailAcceptanceAfterItWasPassed() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed(), acceptancePassed())
                .when(failAcceptance(ACCEPTED_ON, RECTIFY_BY.plusMonths(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.ALREADY_ACCEPTED));
    }

    @Test
    void cannotReviseTheScopeOfACompletedProject() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed())
                .when(reviseScope())
                .expectNoEvents()
                .expectException(violationOf(Rule.ALREADY_COMPLETED));
    }

    @Test
    void cannotReviseTheBudgetBeforeApproval() {
        fixture.given(registered(NEW_BUILD))
                .when(reviseBudget(Money.ofYuan(15_000_000)))
                .expectNoEvents()
                .expectException(violationOf(Rule.NOT_APPROVED));
    }

    @Test
    void cannotRebaselineBeforeApproval() {
        fixture.given(registered(NEW_BUILD))
                .when(rebaseline(PLANNED_START, PLANNED_COMPLETION))
                .expectNoEvents()
                .expectException(violationOf(Rule.NOT_APPROVED));
    }

    // ---------------------------------------------------------------- money

    @Test
    void cannotAllocateOverTheApprovedBudget() {
        fixture.given(registered(NEW_BUILD), approved(Money.ofYuan(12_000_000)),
                        allocated("A-1", PROVINCIAL_FISCAL, Money.ofYuan(5_000_000)))
                .when(allocate("A-2", SPECIAL_FUND, new Money(new BigDecimal("7000000.01"))))
                .expectNoEvents()
                .expectException(violationOf(Rule.ALLOCATION_EXCEEDS_BUDGET));
    }

    @Test
    void cannotReviseTheBudgetBelowWhatIsAllocated() {
        fixture.given(registered(NEW_BUILD), approved(Money.ofYuan(12_000_000)),
                        allocated("A-1", PROVINCIAL_FISCAL, Money.ofYuan(9_000_000)))
                .when(reviseBudget(new Money(new BigDecimal("8999999.99"))))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUDGET_BELOW_ALLOCATED));
    }

    @Test
    void cannotRecordTheSameAllocationTwice() {
        fixture.given(registered(NEW_BUILD), approved(Money.ofYuan(12_000_000)),
                        allocated("A-1", PROVINCIAL_FISCAL, Money.ofYuan(5_000_000)))
                .when(allocate("A-1", PROVINCIAL_FISCAL, Money.ofYuan(5_000_000)))
                .expectNoEvents()
                .expectException(violationOf(Rule.ALLOCATION_ALREADY_RECORDED));
    }

    // ---------------------------------------------------------------- progress

    @Test
    void cannotReportProgressAboveOneHundredPercent() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(reportProgress(101))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROGRESS_OUT_OF_RANGE));
    }

    @Test
    void cannotReportProgressBelowZero() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(reportProgress(-1))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROGRESS_OUT_OF_RANGE));
    }

    @Test
    void cannotCorrectProgressToAboveOneHundredPercent() {
        fixture.given(registered(NEW_BUILD), approved(), started(), progressReported(60))
                .when(correctProgress(120, 3))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROGRESS_OUT_OF_RANGE));
    }

    @Test
    void cannotLowerProgressWithoutNamingTheCorrectedReport() {
        fixture.given(registered(NEW_BUILD), approved(), started(), progressReported(60))
                .when(reportProgress(40))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROGRESS_DECREASE_WITHOUT_CORRECTION));
    }

    @Test
    void cannotLowerProgressBelowTheLatestReportAfterCorrectingAnOlderOne() {
        // 3: 30%, 4: 60%, 5: report 3 corrected to 20%. The latest report still says 60%,
        // so a plain report of 40% goes down without naming what it corrects.
        fixture.given(registered(NEW_BUILD), approved(), started(), progressReported(30), progressReported(60),
                        progressCorrected(20, 3))
                .when(reportProgress(40))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROGRESS_DECREASE_WITHOUT_CORRECTION));
    }

    @Test
    void progressMayRiseAgainFromACorrectedLatestReport() {
        // 3: 60%, 4: report 3 corrected to 40%; the correction is now the report in force
        fixture.given(registered(NEW_BUILD), approved(), started(), progressReported(60), progressCorrected(40, 3))
                .when(reportProgress(50))
                .expectEvents(progressReported(50));
    }

    @Test
    void correctionMustNameAProgressReport() {
        // 2 is ConstructionStarted, not a progress report
        fixture.given(registered(NEW_BUILD), approved(), started(), progressReported(60))
                .when(correctProgress(40, 2))
                .expectNoEvents()
                .expectException(violationOf(Rule.CORRECTED_EVENT_NOT_A_PROGRESS_REPORT));
    }

    @Test
    void correctionMustNameAnExistingEvent() {
        fixture.given(registered(NEW_BUILD), approved(), started(), progressReported(60))
                .when(correctProgress(40, 9))
                .expectNoEvents()
                .expectException(violationOf(Rule.CORRECTED_EVENT_NOT_A_PROGRESS_REPORT));
    }

    // ---------------------------------------------------------------- dates

    @Test
    void cannotStartBeforeTheApprovalDate() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(start(APPROVED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    @Test
    void cannotCompleteBeforeTheStartDate() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(complete(STARTED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    @Test
    void cannotPassAcceptanceBeforeTheCompletionDate() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed())
                .when(passAcceptance(COMPLETED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    @Test
    void cannotFailAcceptanceBeforeTheCompletionDate() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed())
                .when(failAcceptance(COMPLETED_ON.minusDays(1), RECTIFY_BY))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    @Test
    void cannotPassReInspectionBeforeTheFailedInspection() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed(), acceptanceFailed())
                .when(passAcceptance(INSPECTED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    @Test
    void cannotPutIntoServiceBeforeTheAcceptanceDate() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed(), acceptancePassed())
                .when(putProjectIntoService(ACCEPTED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    @Test
    void cannotDateAnAllocationBeforeTheApproval() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(allocate(APPROVED_ON.minusDays(1), null, "A-1", CENTRAL_FISCAL, Money.ofYuan(1_000_000)))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    @Test
    void cannotDateProgressBeforeTheStartOfConstruction() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(reportProgress(STARTED_ON.minusDays(1), 10))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    @Test
    void cannotDateTheDecommissioningBeforeTheCompletion() {
        fixture.given(registered(RELOCATION), approved(), started(), completed())
                .when(decommissionSite(COMPLETED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    @Test
    void cannotApproveAScheduleThatEndsBeforeItStarts() {
        fixture.given(registered(NEW_BUILD))
                .when(approve(APPROVED_ON, null, BUDGET, PLANNED_START, PLANNED_START.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.INVALID_SCHEDULE));
    }

    @Test
    void cannotRebaselineToAScheduleThatEndsBeforeItStarts() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(rebaseline(PLANNED_START, PLANNED_START.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.INVALID_SCHEDULE));
    }

    @Test
    void cannotSetARectificationDeadlineBeforeTheInspection() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed())
                .when(failAcceptance(INSPECTED_ON, INSPECTED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.INVALID_SCHEDULE));
    }

    // ---------------------------------------------------------------- kinds

    @Test
    void cannotApproveAHandover() {
        fixture.given(registered(HANDOVER))
                .when(approve())
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_KIND));
    }

    @Test
    void cannotStartConstructionOfAHandover() {
        fixture.given(registered(HANDOVER))
                .when(start())
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_KIND));
    }

    @Test
    void cannotCompleteConstructionOfAHandover() {
        fixture.given(registered(HANDOVER), handedOver())
                .when(complete())
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_KIND));
    }

    @Test
    void cannotHandOverAProjectThatIsNotAHandover() {
        fixture.given(registered(NEW_BUILD))
                .when(receiveHandover())
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_KIND));
    }

    @Test
    void cannotHandOverTwice() {
        fixture.given(registered(HANDOVER), handedOver())
                .when(receiveHandover())
                .expectNoEvents()
                .expectException(violationOf(Rule.ALREADY_COMPLETED));
    }

    @Test
    void cannotDecommissionASiteOfAProjectThatIsNotARelocation() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed())
                .when(decommissionSite())
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_KIND));
    }

    @Test
    void cannotDecommissionTheOldSiteBeforeTheNewSchoolIsCompleted() {
        fixture.given(registered(RELOCATION), approved(), started())
                .when(decommissionSite())
                .expectNoEvents()
                .expectException(violationOf(Rule.NOT_A_RELOCATION_SITE_READY));
    }

    @Test
    void cannotDecommissionTheOldSiteTwice() {
        fixture.given(registered(RELOCATION), approved(), started(), completed(), siteDecommissioned())
                .when(decommissionSite())
                .expectNoEvents()
                .expectException(violationOf(Rule.SITE_ALREADY_DECOMMISSIONED));
    }

    @Test
    void cannotReportProgressAfterCompletion() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed())
                .when(reportProgress(100))
                .expectNoEvents()
                .expectException(violationOf(Rule.ALREADY_COMPLETED));
    }

    @Test
    void cannotApproveAZeroBudget() {
        fixture.given(registered(NEW_BUILD))
                .when(approve(Money.ZERO))
                .expectNoEvents()
                .expectException(violationOf(Rule.AMOUNT_NOT_POSITIVE));
    }

    @Test
    void cannotAllocateZero() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(allocate("A-0", CENTRAL_FISCAL, Money.ZERO))
                .expectNoEvents()
                .expectException(violationOf(Rule.AMOUNT_NOT_POSITIVE));
    }

    @Test
    void cannotReviseTheBudgetToZero() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(reviseBudget(Money.ZERO))
                .expectNoEvents()
                .expectException(violationOf(Rule.AMOUNT_NOT_POSITIVE));
    }

    @Test
    void cannotDateTheResumptionBeforeTheSuspension() {
        fixture.given(registered(NEW_BUILD), approved(), started(), suspended())
                .when(new ResumeProject(ID, SUSPENDED_ON.minusDays(1), null, "提前复工"))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }
}
