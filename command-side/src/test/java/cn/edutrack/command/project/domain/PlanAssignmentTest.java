package cn.edutrack.command.project.domain;

import static cn.edutrack.command.project.domain.ProjectEvents.*;
import static cn.edutrack.command.project.domain.ProjectFixtures.*;
import static cn.edutrack.events.ProjectKind.*;

import cn.edutrack.events.PlanId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.events.plan.SourceQuote;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.ProjectAssignedToPlan.Contribution;
import cn.edutrack.events.project.ProjectAssignedToPlan.Quota;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Placing a project in a plan: on any track and stage but a cancelled one; the same assignment again records nothing. */
class PlanAssignmentTest {

    private static final PlanId PLAN = PlanId.of("xx-2021");
    private static final ProjectId PORTFOLIO = ProjectId.of("PRJ-XX-KG-PORTFOLIO");
    private static final LocalDate ASSIGNED_ON = LocalDate.of(2023, 2, 1);
    private static final SourceQuote SOURCE = new SourceQuote("新建XXX幼儿园，新增学位360个", "专栏7");
    private static final List<Contribution> CONTRIBUTIONS = List.of(
            new Contribution(null, Counted.KINDERGARTENS, new BigDecimal("1"), null),
            new Contribution("places", Counted.PLACES, new BigDecimal("360"), "360个"));
    private static final Quota QUOTA = new Quota("乡镇", Quantity.range(new BigDecimal("1"), new BigDecimal("2"), "1—2所"),
            2021, 2023);

    private AggregateTestFixture<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = newFixture();
    }

    private static AssignProjectToPlan assign(String targetId, List<Contribution> contributions, ProjectId parent,
                                              List<String> flags) {
        return new AssignProjectToPlan(ID, ASSIGNED_ON, PLAN, "col7", targetId, contributions, parent, QUOTA, 2023, flags,
                SOURCE);
    }

    private static AssignProjectToPlan assign() {
        return assign("kg", CONTRIBUTIONS, PORTFOLIO, List.of("anonymised"));
    }

    private static ProjectAssignedToPlan assigned(String targetId) {
        return new ProjectAssignedToPlan(ID, ASSIGNED_ON, RECORDED_AT, PLAN, "col7", targetId, CONTRIBUTIONS, PORTFOLIO, QUOTA,
                2023, List.of("anonymised"), SOURCE);
    }

    @Test
    void assignsAProjectToAPlan() {
        fixture.given(registered(NEW_BUILD))
                .when(assign())
                .expectEvents(assigned("kg"))
                .expectResultMessagePayload(version(1));
    }

    @Test
    void theSameAssignmentAgainRecordsNothing() {
        List<Contribution> sameFigures = List.of(
                new Contribution(null, Counted.KINDERGARTENS, new BigDecimal("1.0"), null),
                new Contribution("places", Counted.PLACES, new BigDecimal("360.00"), "360个"));
        fixture.given(registered(NEW_BUILD), assigned("kg"), approved())
                .when(assign("kg", sameFigures, PORTFOLIO, List.of("anonymised")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult(ID, 2, false));
    }

    @Test
    void aDifferentAssignmentReplacesTheOneInForce() {
        fixture.given(registered(NEW_BUILD), assigned("kg"))
                .when(assign("kg2", CONTRIBUTIONS, PORTFOLIO, List.of("anonymised")))
                .expectEvents(assigned("kg2"))
                .expectResultMessagePayload(version(2));
    }

    @Test
    void anAssignmentWithAnotherQuotaIsDifferent() {
        Quota other = new Quota("乡镇", Quantity.range(new BigDecimal("1"), new BigDecimal("3"), "1—3所"), 2021, 2023);
        fixture.given(registered(NEW_BUILD), assigned("kg"))
                .when(new AssignProjectToPlan(ID, ASSIGNED_ON, PLAN, "col7", "kg", CONTRIBUTIONS, PORTFOLIO, other, 2023,
                        List.of("anonymised"), SOURCE))
                .expectEvents(new ProjectAssignedToPlan(ID, ASSIGNED_ON, RECORDED_AT, PLAN, "col7", "kg", CONTRIBUTIONS,
                        PORTFOLIO, other, 2023, List.of("anonymised"), SOURCE));
    }

    @Test
    void aProjectAlreadyInServiceCanBePlacedInAPlan() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed(), acceptancePassed(), putIntoService())
                .when(new AssignProjectToPlan(ID, TODAY, PLAN, "col7", "kg", CONTRIBUTIONS, null, null, null, null, null))
                .expectEvents(new ProjectAssignedToPlan(ID, TODAY, RECORDED_AT, PLAN, "col7", "kg", CONTRIBUTIONS, null, null,
                        null, List.of(), null));
    }

    @Test
    void aSuspendedProjectCanBePlacedInAPlan() {
        fixture.given(registered(NEW_BUILD), approved(), suspended())
                .when(assign())
                .expectEvents(assigned("kg"));
    }

    @Test
    void aDesignationCanBePlacedInAPlan() {
        fixture.given(registered(MODEL_SCHOOL))
                .when(assign())
                .expectEvents(assigned("kg"));
    }

    @Test
    void cannotPlaceACancelledProjectInAPlan() {
        fixture.given(registered(NEW_BUILD), cancelled())
                .when(assign())
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_CANCELLED));
    }

    @Test
    void aProjectIsNotItsOwnPortfolio() {
        fixture.given(registered(NEW_BUILD))
                .when(assign("kg", CONTRIBUTIONS, ID, List.of()))
                .expectNoEvents()
                .expectException(violationOf(Rule.OWN_PORTFOLIO));
    }

    @Test
    void aTargetIsNamedWithItsProgramme() {
        fixture.given(registered(NEW_BUILD))
                .when(new AssignProjectToPlan(ID, ASSIGNED_ON, PLAN, null, "kg", CONTRIBUTIONS, null, null, null, null, null))
                .expectNoEvents()
                .expectException(violationOf(Rule.TARGET_WITHOUT_PROGRAMME));
    }

    @Test
    void withoutAMainTargetEachContributionNamesItsTarget() {
        fixture.given(registered(NEW_BUILD))
                .when(assign(null, CONTRIBUTIONS, null, List.of()))
                .expectNoEvents()
                .expectException(violationOf(Rule.CONTRIBUTION_WITHOUT_TARGET));
    }

    @Test
    void withoutAMainTargetContributionsNamingTheirTargetsAreAccepted() {
        List<Contribution> named = List.of(new Contribution("places", Counted.PLACES, new BigDecimal("360"), "360个"));
        fixture.given(registered(NEW_BUILD))
                .when(new AssignProjectToPlan(ID, ASSIGNED_ON, PLAN, "col7", null, named, null, null, null, null, null))
                .expectEvents(new ProjectAssignedToPlan(ID, ASSIGNED_ON, RECORDED_AT, PLAN, "col7", null, named, null, null,
                        null, List.of(), null));
    }

    @Test
    void flagsMustBeKnown() {
        fixture.given(registered(NEW_BUILD))
                .when(assign("kg", CONTRIBUTIONS, PORTFOLIO, List.of("anonymized")))
                .expectNoEvents()
                .expectException(violationOf(Rule.UNKNOWN_FLAG));
    }

    @Test
    void anAssignmentNamesItsPlan() {
        fixture.given(registered(NEW_BUILD))
                .when(new AssignProjectToPlan(ID, ASSIGNED_ON, null, null, null, null, null, null, null, null, null))
                .expectNoEvents()
                .expectException(violationOf(Rule.INVALID_ASSIGNMENT));
    }

    @Test
    void cannotAssignWithABusinessDateInTheFuture() {
        fixture.given(registered(NEW_BUILD))
                .when(new AssignProjectToPlan(ID, TOMORROW, PLAN, "col7", "kg", CONTRIBUTIONS, null, null, null, null, null))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_IN_FUTURE));
    }

    @Test
    void cannotAssignOnAStaleVersion() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(new AssignProjectToPlan(ID, ASSIGNED_ON, PLAN, "col7", "kg", CONTRIBUTIONS, null, null, null, null, null,
                        0L))
                .expectNoEvents()
                .expectException(violationOf(Rule.STALE_EXPECTED_VERSION));
    }

    @Test
    void assignsOnTheCurrentVersion() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(new AssignProjectToPlan(ID, ASSIGNED_ON, PLAN, "col7", "kg", List.of(), null, null, null, null, null,
                        1L))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(version(2));
    }

    @Test
    void aQuotaIsComparedByTheValueOfItsFigures() {
        Quota sameQuota = new Quota("乡镇", Quantity.range(new BigDecimal("1.0"), new BigDecimal("2"), "1—2所"), 2021, 2023);
        fixture.given(registered(NEW_BUILD), assigned("kg"))
                .when(new AssignProjectToPlan(ID, ASSIGNED_ON, PLAN, "col7", "kg", CONTRIBUTIONS, PORTFOLIO, sameQuota, 2023,
                        List.of("anonymised"), SOURCE))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult(ID, 1, false));
    }

    @Test
    void aYearlyQuotaWithoutFigureIsAQuantityToo() {
        Quota achieved = new Quota("乡镇", new Quantity(Comparator.ACHIEVED, null, null, null, "建成"), 2021, 2021);
        fixture.given(registered(NEW_BUILD))
                .when(new AssignProjectToPlan(ID, ASSIGNED_ON, PLAN, "col7", "kg", List.of(), null, achieved, null, null, null))
                .expectEvents(new ProjectAssignedToPlan(ID, ASSIGNED_ON, RECORDED_AT, PLAN, "col7", "kg", List.of(), null,
                        achieved, null, List.of(), null));
    }
}
