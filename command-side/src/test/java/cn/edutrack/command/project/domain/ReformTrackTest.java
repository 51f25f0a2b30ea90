package cn.edutrack.command.project.domain;

import static cn.edutrack.command.project.domain.ProjectCommands.*;
import static cn.edutrack.command.project.domain.ProjectEvents.*;
import static cn.edutrack.command.project.domain.ProjectFixtures.*;
import static cn.edutrack.events.FundingSource.*;
import static cn.edutrack.events.ProjectKind.*;

import cn.edutrack.events.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reform track: planned → approved → funded (optional) → launched → progress → evaluated → concluded or scaled up. */
class ReformTrackTest {

    private AggregateTestFixture<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = newFixture();
    }

    // ---------------------------------------------------------------- allowed transitions

    @Test
    void approvesTheImplementationPlan() {
        fixture.given(registered(SCHOOL_GROUP))
                .when(approve(Money.ofYuan(2_000_000)))
                .expectEvents(approved(Money.ofYuan(2_000_000)));
    }

    @Test
    void fundsAnApprovedReform() {
        fixture.given(registered(SCHOOL_GROUP), approved(Money.ofYuan(2_000_000)))
                .when(allocate("R-1", COUNTY_DISTRICT_FISCAL, Money.ofYuan(2_000_000)))
                .expectEvents(allocated("R-1", COUNTY_DISTRICT_FISCAL, Money.ofYuan(2_000_000)));
    }

    @Test
    void launchesAnApprovedReformWithoutFunding() {
        fixture.given(registered(SCHOOL_GROUP), approved())
                .when(launch())
                .expectEvents(launched());
    }

    @Test
    void launchesAFundedReform() {
        fixture.given(registered(SCHOOL_GROUP), approved(Money.ofYuan(2_000_000)),
                        allocated("R-1", COUNTY_DISTRICT_FISCAL, Money.ofYuan(2_000_000)))
                .when(launch())
                .expectEvents(launched());
    }

    @Test
    void reportsProgressOfALaunchedReform() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched())
                .when(reportProgress(40))
                .expectEvents(progressReported(40));
    }

    @Test
    void reportsProgressOfAnEvaluatedReform() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched(), progressReported(40), evaluated(true))
                .when(reportProgress(TODAY, 70))
                .expectEvents(progressReported(TODAY, 70));
    }

    @Test
    void evaluatesALaunchedReform() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched(), progressReported(40))
                .when(evaluate(true))
                .expectEvents(evaluated(true));
    }

    @Test
    void evaluatesAReformASecondTime() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched(), evaluated(false))
                .when(evaluate(EVALUATED_ON.plusMonths(3), true))
                .expectEvents(evaluated(EVALUATED_ON.plusMonths(3), true));
    }

    @Test
    void concludesAnEvaluatedReform() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched(), evaluated(true))
                .when(conclude(false))
                .expectEvents(concluded(false));
    }

    @Test
    void scalesUpAnEvaluatedReform() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched(), evaluated(true))
                .when(conclude(true))
                .expectEvents(concluded(true));
    }

    // ---------------------------------------------------------------- rejected

    @Test
    void cannotLaunchBeforeApproval() {
        fixture.given(registered(SCHOOL_GROUP))
                .when(launch())
                .expectNoEvents()
                .expectException(violationOf(Rule.NOT_APPROVED));
    }

    @Test
    void cannotFundBeforeApproval() {
        fixture.given(registered(SCHOOL_GROUP))
                .when(allocate("R-1", COUNTY_DISTRICT_FISCAL, Money.ofYuan(100_000)))
                .expectNoEvents()
                .expectException(violationOf(Rule.NOT_APPROVED));
    }

    @Test
    void cannotLaunchTwice() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched())
                .when(launch())
                .expectNoEvents()
                .expectException(violationOf(Rule.REFORM_ALREADY_LAUNCHED));
    }

    @Test
    void cannotReportProgressBeforeLaunch() {
        fixture.given(registered(SCHOOL_GROUP), approved())
                .when(reportProgress(10))
                .expectNoEvents()
                .expectException(violationOf(Rule.REFORM_NOT_LAUNCHED));
    }

    @Test
    void cannotEvaluateBeforeLaunch() {
        fixture.given(registered(SCHOOL_GROUP), approved())
                .when(evaluate(true))
                .expectNoEvents()
                .expectException(violationOf(Rule.REFORM_NOT_LAUNCHED));
    }

    @Test
    void cannotConcludeBeforeEvaluation() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched(), progressReported(90))
                .when(conclude(false))
                .expectNoEvents()
                .expectException(violationOf(Rule.REFORM_NOT_EVALUATED));
    }

    @Test
    void cannotConcludeTwice() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched(), evaluated(true), concluded(false))
                .when(conclude(true))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_CLOSED));
    }

    @Test
    void cannotLaunchBeforeTheApprovalDate() {
        fixture.given(registered(SCHOOL_GROUP), approved())
                .when(launch(APPROVED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    @Test
    void cannotDateProgressBeforeTheLaunch() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched())
                .when(reportProgress(LAUNCHED_ON.minusDays(1), 10))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    @Test
    void cannotEvaluateBeforeTheLaunchDate() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched())
                .when(evaluate(LAUNCHED_ON.minusDays(1), true))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    @Test
    void cannotConcludeBeforeTheEvaluationDate() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched(), evaluated(true))
                .when(conclude(EVALUATED_ON.minusDays(1), false))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    // ---------------------------------------------------------------- construction commands do not apply

    @Test
    void cannotStartConstructionOfAReform() {
        fixture.given(registered(SCHOOL_GROUP), approved())
                .when(start())
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_TRACK));
    }

    @Test
    void cannotCompleteConstructionOfAReform() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched())
                .when(complete())
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_TRACK));
    }

    @Test
    void cannotPassAcceptanceOfAReform() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched(), evaluated(true))
                .when(passAcceptance())
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_TRACK));
    }

    @Test
    void cannotFailAcceptanceOfAReform() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched(), evaluated(true))
                .when(failAcceptance())
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_TRACK));
    }

    @Test
    void cannotPutAReformIntoService() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched(), evaluated(true))
                .when(putProjectIntoService())
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_TRACK));
    }

    @Test
    void cannotHandOverAReform() {
        fixture.given(registered(SCHOOL_GROUP))
                .when(receiveHandover())
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_TRACK));
    }

    @Test
    void cannotDecommissionASiteOfAReform() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched())
                .when(decommissionSite())
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_TRACK));
    }

    @Test
    void cannotApplyForADesignationOnAReform() {
        fixture.given(registered(SCHOOL_GROUP))
                .when(applyForDesignation(APPLIED_ON))
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_TRACK));
    }

    @Test
    void cannotScaleUpAReformWhoseLatestEvaluationFailed() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched(), evaluated(true), evaluated(false))
                .when(conclude(true))
                .expectNoEvents()
                .expectException(violationOf(Rule.REFORM_EVALUATION_FAILED));
    }

    @Test
    void concludesWithoutScalingUpAfterAFailedEvaluation() {
        fixture.given(registered(SCHOOL_GROUP), approved(), launched(), evaluated(false))
                .when(conclude(false))
                .expectEvents(concluded(false));
    }
}
