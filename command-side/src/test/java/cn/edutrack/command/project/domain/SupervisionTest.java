package cn.edutrack.command.project.domain;

import static cn.edutrack.command.project.domain.ProjectEvents.*;
import static cn.edutrack.command.project.domain.ProjectFixtures.*;
import static cn.edutrack.events.ProjectKind.*;
import static cn.edutrack.events.RecheckResult.NOT_RECTIFIED;
import static cn.edutrack.events.RecheckResult.RECTIFIED;

import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.RecheckResult;
import cn.edutrack.events.project.RecheckRecorded;
import cn.edutrack.events.project.RectificationOrdered;
import cn.edutrack.events.project.SummonsIssued;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A supervisor's actions on a project: rectification orders (numbered 1, 2, ... within the project), summonses,
 * and re-checks of the orders. Allowed on every track and stage, while suspended and once closed, never on a
 * cancelled project.
 */
class SupervisionTest {

    static final LocalDate ORDERED_ON = LocalDate.of(2024, 4, 10);
    static final LocalDate RECTIFY_BY_DEADLINE = LocalDate.of(2024, 5, 31);
    static final LocalDate RECHECKED_ON = LocalDate.of(2024, 6, 5);
    static final String SUPERVISOR_BODY = "XX市人民政府教育督导室";

    private AggregateTestFixture<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = newFixture();
    }

    // ---------------------------------------------------------------- rectification orders

    @Test
    void theFirstOrderIsNumberOneAndAnswersTheNewVersion() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(order(ORDERED_ON, RECTIFY_BY_DEADLINE))
                .expectEvents(ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE))
                .expectResultMessagePayload(version(2));
    }

    @Test
    void ordersAreNumberedInTheOrderTheyAreRecorded() {
        fixture.given(registered(NEW_BUILD), ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE), rechecked(1, RECTIFIED, null),
                        ordered(2, RECHECKED_ON, TODAY))
                .when(order(TODAY, TODAY.plusMonths(1)))
                .expectEvents(ordered(3, TODAY, TODAY.plusMonths(1)))
                .expectResultMessagePayload(version(4));
    }

    @Test
    void aDeadlineOnTheDayOfTheOrderIsAllowed() {
        fixture.given(registered(NEW_BUILD))
                .when(order(ORDERED_ON, ORDERED_ON))
                .expectEvents(ordered(1, ORDERED_ON, ORDERED_ON));
    }

    @Test
    void aDeadlineBeforeTheOrderIsRefusedNamingTheDeadline() {
        fixture.given(registered(NEW_BUILD))
                .when(order(ORDERED_ON, ORDERED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationNaming(Rule.DEADLINE_BEFORE_ORDER, "deadline"));
    }

    @Test
    void anOrderCannotBeDatedInTheFuture() {
        fixture.given(registered(NEW_BUILD))
                .when(order(TOMORROW, TOMORROW.plusMonths(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_IN_FUTURE));
    }

    @Test
    void anOrderOnAStaleVersionIsRefused() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(new OrderRectification(ID, ORDERED_ON, 0L, SUPERVISOR_BODY, "消防通道被占用", RECTIFY_BY_DEADLINE))
                .expectNoEvents()
                .expectException(violationOf(Rule.STALE_EXPECTED_VERSION));
    }

    @Test
    void anOrderOnTheCurrentVersionIsRecorded() {
        fixture.given(registered(NEW_BUILD), approved())
                .when(new OrderRectification(ID, ORDERED_ON, 1L, SUPERVISOR_BODY, "消防通道被占用", RECTIFY_BY_DEADLINE))
                .expectEvents(ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE));
    }

    @Test
    void aSuspendedProjectCanBeOrderedToRectify() {
        fixture.given(registered(NEW_BUILD), approved(), started(), suspended())
                .when(order(ORDERED_ON, RECTIFY_BY_DEADLINE))
                .expectEvents(ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE));
    }

    @Test
    void aSchoolInServiceCanBeOrderedToRectify() {
        fixture.given(registered(NEW_BUILD), approved(), started(), completed(), acceptancePassed(), putIntoService())
                .when(order(TODAY, TODAY.plusMonths(2)))
                .expectEvents(ordered(1, TODAY, TODAY.plusMonths(2)));
    }

    @ParameterizedTest
    @EnumSource(value = ProjectKind.class, names = {"SCHOOL_GROUP", "MODEL_SCHOOL", "HANDOVER", "RELOCATION"})
    void everyTrackAndKindCanBeOrderedToRectify(ProjectKind kind) {
        fixture.given(registered(kind))
                .when(order(ORDERED_ON, RECTIFY_BY_DEADLINE))
                .expectEvents(ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE));
    }

    // ---------------------------------------------------------------- summonses

    @Test
    void aSummonsIsRecorded() {
        fixture.given(registered(NEW_BUILD), approved(), started())
                .when(new IssueSummons(ID, ORDERED_ON, null, SUPERVISOR_BODY, "XX区教育局局长", "项目进度严重滞后"))
                .expectEvents(new SummonsIssued(ID, ORDERED_ON, RECORDED_AT, SUPERVISOR_BODY, "XX区教育局局长", "项目进度严重滞后"))
                .expectResultMessagePayload(version(3));
    }

    @Test
    void aSummonsWhileSuspendedIsRecorded() {
        fixture.given(registered(NEW_BUILD), approved(), started(), suspended())
                .when(new IssueSummons(ID, ORDERED_ON, null, SUPERVISOR_BODY, "XX区教育局局长", "停工原因不明"))
                .expectEvents(new SummonsIssued(ID, ORDERED_ON, RECORDED_AT, SUPERVISOR_BODY, "XX区教育局局长", "停工原因不明"));
    }

    @Test
    void aSummonsCannotBeDatedInTheFuture() {
        fixture.given(registered(NEW_BUILD))
                .when(new IssueSummons(ID, TOMORROW, null, SUPERVISOR_BODY, "XX区教育局局长", "项目进度严重滞后"))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_IN_FUTURE));
    }

    // ---------------------------------------------------------------- re-checks

    @Test
    void aRecheckFindingTheOrderRectifiedIsRecorded() {
        fixture.given(registered(NEW_BUILD), ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE))
                .when(recheck(1, RECTIFIED, null))
                .expectEvents(rechecked(1, RECTIFIED, null))
                .expectResultMessagePayload(version(2));
    }

    @Test
    void aRectifiedOrderIsClosed() {
        fixture.given(registered(NEW_BUILD), ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE), rechecked(1, RECTIFIED, null))
                .when(recheck(1, NOT_RECTIFIED, null))
                .expectNoEvents()
                .expectException(violationWithOrderNumber(Rule.RECTIFICATION_ORDER_CLOSED, 1));
    }

    @Test
    void anOrderNotRectifiedStaysOpenWithItsNewDeadline() {
        LocalDate newDeadline = RECHECKED_ON.plusDays(20);
        fixture.given(registered(NEW_BUILD), ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE),
                        rechecked(1, NOT_RECTIFIED, newDeadline))
                .when(new RecordRecheck(ID, TODAY, null, 1, RECTIFIED, "已整改到位", null))
                .expectEvents(new RecheckRecorded(ID, TODAY, RECORDED_AT, 1, RECTIFIED, "已整改到位", null));
    }

    @Test
    void anOrderNotRectifiedMayKeepItsDeadline() {
        fixture.given(registered(NEW_BUILD), ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE))
                .when(recheck(1, NOT_RECTIFIED, null))
                .expectEvents(rechecked(1, NOT_RECTIFIED, null));
    }

    @Test
    void closingOneOrderLeavesTheOthersOpen() {
        fixture.given(registered(NEW_BUILD), ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE),
                        ordered(2, ORDERED_ON, RECTIFY_BY_DEADLINE), rechecked(1, RECTIFIED, null))
                .when(recheck(2, RECTIFIED, null))
                .expectEvents(rechecked(2, RECTIFIED, null));
    }

    @Test
    void aRecheckOfAnOrderTheProjectDoesNotHaveIsRefusedNamingIt() {
        fixture.given(registered(NEW_BUILD), ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE))
                .when(recheck(2, RECTIFIED, null))
                .expectNoEvents()
                .expectException(Matchers.allOf(violationNaming(Rule.UNKNOWN_RECTIFICATION_ORDER, "orderNumber"),
                        violationWithOrderNumber(Rule.UNKNOWN_RECTIFICATION_ORDER, 2)));
    }

    @Test
    void aRecheckWithoutAnyOrderIsRefused() {
        fixture.given(registered(NEW_BUILD))
                .when(recheck(1, RECTIFIED, null))
                .expectNoEvents()
                .expectException(violationOf(Rule.UNKNOWN_RECTIFICATION_ORDER));
    }

    @Test
    void aRecheckDatedBeforeItsOrderIsRefused() {
        fixture.given(registered(NEW_BUILD), ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE))
                .when(new RecordRecheck(ID, ORDERED_ON.minusDays(1), null, 1, RECTIFIED, "已整改", null))
                .expectNoEvents()
                .expectException(violationWithOrderNumber(Rule.RECHECK_BEFORE_ORDER, 1));
    }

    @Test
    void aRecheckOnTheDayOfItsOrderIsAllowed() {
        fixture.given(registered(NEW_BUILD), ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE))
                .when(new RecordRecheck(ID, ORDERED_ON, null, 1, RECTIFIED, "已整改", null))
                .expectEvents(new RecheckRecorded(ID, ORDERED_ON, RECORDED_AT, 1, RECTIFIED, "已整改", null));
    }

    @Test
    void aNewDeadlineWithRectifiedIsRefusedNamingIt() {
        fixture.given(registered(NEW_BUILD), ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE))
                .when(recheck(1, RECTIFIED, TODAY))
                .expectNoEvents()
                .expectException(violationNaming(Rule.INVALID_NEW_DEADLINE, "newDeadline"));
    }

    @Test
    void aNewDeadlineBeforeTheRecheckIsRefusedNamingIt() {
        fixture.given(registered(NEW_BUILD), ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE))
                .when(recheck(1, NOT_RECTIFIED, RECHECKED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationNaming(Rule.INVALID_NEW_DEADLINE, "newDeadline"));
    }

    @Test
    void aRecheckCannotBeDatedInTheFuture() {
        fixture.given(registered(NEW_BUILD), ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE))
                .when(new RecordRecheck(ID, TOMORROW, null, 1, RECTIFIED, "已整改", null))
                .expectNoEvents()
                .expectException(violationOf(Rule.BUSINESS_DATE_IN_FUTURE));
    }

    // ---------------------------------------------------------------- cancelled projects

    static Stream<ProjectCommand> everySupervisionAction() {
        return Stream.of(
                order(TODAY, TODAY.plusMonths(1)),
                new IssueSummons(ID, TODAY, null, SUPERVISOR_BODY, "XX区教育局局长", "项目进度严重滞后"),
                new RecordRecheck(ID, TODAY, null, 1, RECTIFIED, "已整改", null));
    }

    @ParameterizedTest
    @MethodSource("everySupervisionAction")
    void noSupervisionActionOnACancelledProject(ProjectCommand command) {
        fixture.given(registered(NEW_BUILD), ordered(1, ORDERED_ON, RECTIFY_BY_DEADLINE), cancelled())
                .when(command)
                .expectNoEvents()
                .expectException(violationOf(Rule.PROJECT_CANCELLED));
    }

    // ----------------------------------------------------------------

    private static OrderRectification order(LocalDate on, LocalDate deadline) {
        return new OrderRectification(ID, on, null, SUPERVISOR_BODY, "消防通道被占用", deadline);
    }

    private static RectificationOrdered ordered(int number, LocalDate on, LocalDate deadline) {
        return new RectificationOrdered(ID, on, RECORDED_AT, number, SUPERVISOR_BODY, "消防通道被占用", deadline);
    }

    private static RecordRecheck recheck(int number, RecheckResult result, LocalDate newDeadline) {
        return new RecordRecheck(ID, RECHECKED_ON, null, number, result, "复查意见", newDeadline);
    }

    private static RecheckRecorded rechecked(int number, RecheckResult result, LocalDate newDeadline) {
        return new RecheckRecorded(ID, RECHECKED_ON, RECORDED_AT, number, result, "复查意见", newDeadline);
    }

    /** A violation of {@code rule} that names {@code field} of the command. */
    private static Matcher<ProjectRuleViolation> violationNaming(Rule rule, String field) {
        return Matchers.allOf(violationOf(rule),
                new FeatureMatcher<ProjectRuleViolation, String>(Matchers.equalTo(field), "naming the field", "field") {
                    @Override
                    protected String featureValueOf(ProjectRuleViolation violation) {
                        return violation.field();
                    }
                });
    }

    /** A violation of {@code rule} that names the order number. */
    private static Matcher<ProjectRuleViolation> violationWithOrderNumber(Rule rule, int orderNumber) {
        return Matchers.allOf(violationOf(rule),
                new FeatureMatcher<ProjectRuleViolation, Map<String, Object>>(
                        Matchers.equalTo(Map.of("orderNumber", orderNumber)), "with details", "details") {
                    @Override
                    protected Map<String, Object> featureValueOf(ProjectRuleViolation violation) {
                        return violation.details();
                    }
                });
    }
}
