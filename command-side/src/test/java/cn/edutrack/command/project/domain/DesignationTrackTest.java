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

/** The designation track: planned → applied → granted, or rejected and applied for again. */
class DesignationTrackTest {

    private AggregateTestFixture<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = newFixture();
    }

    // ---------------------------------------------------------------- allowed transitions

    @Test
    void appliesForADesignation() {
        fixture.given(registered(MODEL_SCHOOL))
                .when(applyForDesignation(APPLIED_ON))
                .expectEvents(designationApplied(APPLIED_ON));
    }

    @Test
    void grantsAPendingApplication() {
        fixture.given(registered(MODEL_SCHOOL), designationApplied(APPLIED_ON))
                .when(grant())
                .expectEvents(designationGranted());
    }

    @Test
    void rejectsAPendingApplication() {
        fixture.given(registered(MODEL_SCHOOL), designationApplied(APPLIED_ON))
                .when(reject())
                .expectEvents(designationRejected());
    }

    @Test
    void appliesAgainAfterARejection() {
        fixture.given(registered(MODEL_SCHOOL), designationApplied(APPLIED_ON), designationRejected())
                .when(applyForDesignation(REAPPLIED_ON))
                .expectEvents(designationApplied(REAPPLIED_ON));
    }

    @Test
    void grantsASecondApplication() {
        fixture.given(registered(MODEL_SCHOOL), designationApplied(APPLIED_ON), designationRejected(),
                        designationApplied(REAPPLIED_ON))
                .when(grant())
                .expectEvents(designationGranted());
    }

    // ---------------------------------------------------------------- rejected

    @Test
    void cannotGrantWithoutAnApplication() {
        fixture.given(registered(MODEL_SCHOOL))
                .when(grant())
                .expectNoEvents()
                .expectException(violationOf(Rule.DESIGNATION_NOT_APPLIED));
    }

    @Test
    void cannotGrantARejectedApplication() {
        fixture.given(registered(MODEL_SCHOOL), designationApplied(APPLIED_ON), designationRejected())
                .when(grant())
                .expectNoEvents()
                .expectException(violationOf(Rule.DESIGNATION_NOT_APPLIED));
    }

    @Test
    void cannotRejectWithoutAnApplication() {
        fixture.given(registered(MODEL_SCHOOL))
                .when(reject())
                .expectNoEvents()
                .expectException(violationOf(Rule.DESIGNATION_NOT_APPLIED));
    }

    @Test
    void cannotRejectAnApplicationTwice() {
        fixture.given(registered(MODEL_SCHOOL), designationApplied(APPLIED_ON), designationRejected())
                .when(reject())
                .expectNoEvents()
                .expectException(violationOf(Rule.DESIGNATION_NOT_APPLIED));
    }

    @Test
    void cannotApplyWhileAnApplicationIsPending() {
        fixture.given(registered(MODEL_SCHOOL), designationApplied(APPLIED_ON))
                .when(applyForDesignation(REAPPLIED_ON))
                .expectNoEvents()
                .expectException(violationOf(Rule.DESIGNATION_APPLICATION_PENDING));
    }

    @Test
    void cannotApplyAgainOnceGranted() {
        fixture.given(registered(MODEL_SCHOOL), designationApplied(APPLIED_ON), designationGranted())
                .when(applyForDesignation(TODAY))
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_CLOSED));
    }

    @Test
    void cannotReapplyBeforeTheRejectionDate() {
        fixture.given(registered(MODEL_SCHOOL), designationApplied(APPLIED_ON), designationRejected())
                .when(applyForDesignation(REJECTED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    @Test
    void cannotGrantBeforeTheApplicationDate() {
        fixture.given(registered(MODEL_SCHOOL), designationApplied(APPLIED_ON))
                .when(grant(APPLIED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    @Test
    void cannotRejectBeforeTheApplicationDate() {
        fixture.given(registered(MODEL_SCHOOL), designationApplied(APPLIED_ON))
                .when(new RejectDesignation(ID, APPLIED_ON.minusDays(1), null, "指标未达标"))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_BEFORE_PREVIOUS_STAGE));
    }

    // ---------------------------------------------------------------- commands of other tracks do not apply

    @Test
    void cannotApproveADesignation() {
        fixture.given(registered(MODEL_SCHOOL))
                .when(approve())
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_TRACK));
    }

    @Test
    void cannotFundADesignation() {
        fixture.given(registered(MODEL_SCHOOL), designationApplied(APPLIED_ON))
                .when(allocate("D-1", SPECIAL_FUND, Money.ofYuan(100_000)))
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_TRACK));
    }

    @Test
    void cannotReportProgressOfADesignation() {
        fixture.given(registered(MODEL_SCHOOL), designationApplied(APPLIED_ON))
                .when(reportProgress(50))
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_TRACK));
    }

    @Test
    void cannotLaunchADesignation() {
        fixture.given(registered(MODEL_SCHOOL), designationApplied(APPLIED_ON))
                .when(launch())
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_TRACK));
    }

    @Test
    void cannotApplyForADesignationOnAConstructionProject() {
        fixture.given(registered(NEW_BUILD))
                .when(applyForDesignation(APPLIED_ON))
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_TRACK));
    }

    @Test
    void cannotGrantADesignationOnAConstructionProject() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(grant())
                .expectNoEvents()
                .expectException(violationOf(Rule.WRONG_TRACK));
    }
}
