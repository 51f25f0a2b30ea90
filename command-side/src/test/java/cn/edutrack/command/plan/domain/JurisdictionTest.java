package cn.edutrack.command.plan.domain;

import static cn.edutrack.command.plan.domain.PlanFixtures.*;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.plan.JurisdictionLevel;
import cn.edutrack.events.plan.JurisdictionRegistered;
import cn.edutrack.events.plan.SourceQuote;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registering a jurisdiction: idempotent, CN codes only, parent above it. */
class JurisdictionTest {

    private static final SourceQuote SOURCE = new SourceQuote("统筹规划XX市XX区教育事业", null);

    private AggregateTestFixture<Jurisdiction> fixture;

    @BeforeEach
    void setUp() {
        fixture = jurisdictionFixture();
    }

    private static RegisterJurisdiction register(String name, JurisdictionLevel level, JurisdictionCode parent) {
        return new RegisterJurisdiction(DISTRICT, DEFINED_ON, name, level, parent, SOURCE);
    }

    private static JurisdictionRegistered registered(JurisdictionCode parent) {
        return new JurisdictionRegistered(DISTRICT, DEFINED_ON, RECORDED_AT, "XX区", JurisdictionLevel.DISTRICT, parent, SOURCE);
    }

    private static Matcher<PlanRuleViolation> violationOf(PlanRule rule) {
        return PlanFixtures.violationOn(rule, "jurisdiction", DISTRICT.value());
    }

    private static PlanCommandResult result(long version, boolean recorded) {
        return new PlanCommandResult(DISTRICT.value(), version, recorded);
    }

    @Test
    void registersAJurisdiction() {
        fixture.givenNoPriorActivity()
                .when(register("XX区", JurisdictionLevel.DISTRICT, CITY))
                .expectEvents(registered(CITY))
                .expectResultMessagePayload(result(0, true));
    }

    @Test
    void registersATopLevelJurisdiction() {
        JurisdictionCode province = JurisdictionCode.of("CN-45");
        jurisdictionFixture().givenNoPriorActivity()
                .when(new RegisterJurisdiction(province, DEFINED_ON, "广西壮族自治区", JurisdictionLevel.PROVINCE, null, null))
                .expectEvents(new JurisdictionRegistered(province, DEFINED_ON, RECORDED_AT, "广西壮族自治区",
                        JurisdictionLevel.PROVINCE, null, null));
    }

    @Test
    void registeringTheSameJurisdictionAgainRecordsNothing() {
        fixture.given(registered(CITY))
                .when(new RegisterJurisdiction(DISTRICT, TODAY, "XX区", JurisdictionLevel.DISTRICT, CITY, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(result(0, false));
    }

    @Test
    void aRegistrationWithoutParentMatchesTheRecordedParent() {
        // a plan file of a township names this district as its parent, without the district's own parent
        fixture.given(registered(CITY))
                .when(register("XX区", JurisdictionLevel.DISTRICT, null))
                .expectNoEvents()
                .expectResultMessagePayload(result(0, false));
    }

    @Test
    void aRegistrationNamingTheParentOfAJurisdictionRecordedWithoutOneRecordsItAgain() {
        fixture.given(registered(null))
                .when(register("XX区", JurisdictionLevel.DISTRICT, CITY))
                .expectEvents(registered(CITY))
                .expectResultMessagePayload(result(1, true));
    }

    @Test
    void cannotRegisterAJurisdictionWithAnotherName() {
        fixture.given(registered(CITY))
                .when(register("YY区", JurisdictionLevel.DISTRICT, CITY))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.JURISDICTION_REGISTERED_DIFFERENTLY));
    }

    @Test
    void cannotRegisterAJurisdictionWithAnotherLevel() {
        fixture.given(registered(CITY))
                .when(register("XX区", JurisdictionLevel.COUNTY, CITY))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.JURISDICTION_REGISTERED_DIFFERENTLY));
    }

    @Test
    void cannotRegisterAJurisdictionWithAnotherParent() {
        fixture.given(registered(CITY))
                .when(register("XX区", JurisdictionLevel.DISTRICT, JurisdictionCode.of("CN-45")))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.JURISDICTION_REGISTERED_DIFFERENTLY));
    }

    @Test
    void codesStartWithCN() {
        JurisdictionCode elsewhere = JurisdictionCode.of("HK/Kowloon");
        fixture.givenNoPriorActivity()
                .when(new RegisterJurisdiction(elsewhere, DEFINED_ON, "九龙", JurisdictionLevel.DISTRICT, null, null))
                .expectNoEvents()
                .expectException(PlanFixtures.violationOn(PlanRule.JURISDICTION_CODE_NOT_CN, "jurisdiction", "HK/Kowloon"));
    }

    @Test
    void theParentMustBeAboveTheJurisdiction() {
        fixture.givenNoPriorActivity()
                .when(register("XX区", JurisdictionLevel.DISTRICT, JurisdictionCode.of("CN-46/YY市")))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.PARENT_JURISDICTION_NOT_ABOVE));
    }

    @Test
    void aJurisdictionIsNotItsOwnParent() {
        fixture.givenNoPriorActivity()
                .when(register("XX区", JurisdictionLevel.DISTRICT, DISTRICT))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.PARENT_JURISDICTION_NOT_ABOVE));
    }

    @Test
    void cannotRegisterWithABusinessDateInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new RegisterJurisdiction(DISTRICT, TOMORROW, "XX区", JurisdictionLevel.DISTRICT, CITY, null))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.BUSINESS_DATE_IN_FUTURE));
    }

    @Test
    void aBlankNameIsInvalidContent() {
        fixture.givenNoPriorActivity()
                .when(register(" ", JurisdictionLevel.DISTRICT, CITY))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.INVALID_CONTENT));
    }
}
