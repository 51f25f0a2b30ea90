package cn.edutrack.command.plan.domain;

import static cn.edutrack.command.plan.domain.PlanFixtures.*;

import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.ProgrammeDefined;
import cn.edutrack.events.plan.ProgrammeKind;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.events.plan.TargetRevised;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Programmes and their targets: definition (idempotent), references, revision (two ways). */
class ProgrammeAndTargetTest {

    private static final String REASON = "2023年中期评估调整目标";
    private static final String KG = "kg";

    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = planFixture();
    }

    // ---------------------------------------------------------------- programmes

    @Test
    void definesAProgramme() {
        fixture.given(planRegistered())
                .when(defineProgramme())
                .expectEvents(programmeDefined())
                .expectResultMessagePayload(recorded(1));
    }

    @Test
    void definingTheSameProgrammeAgainRecordsNothing() {
        fixture.given(planRegistered(), programmeDefined())
                .when(defineProgramme())
                .expectNoEvents()
                .expectResultMessagePayload(unchanged(1));
    }

    @Test
    void cannotDefineAProgrammeDifferently() {
        fixture.given(planRegistered(), programmeDefined())
                .when(defineProgramme("教育资源扩容工程"))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.PROGRAMME_DEFINED_DIFFERENTLY, "programmeId", "col7"));
    }

    // ---------------------------------------------------------------- targets

    @Test
    void setsATarget() {
        fixture.given(planRegistered(), programmeDefined())
                .when(setTarget())
                .expectEvents(targetSet())
                .expectResultMessagePayload(recorded(2));
    }

    @Test
    void settingTheSameTargetAgainRecordsNothing() {
        fixture.given(planRegistered(), programmeDefined(), targetSet())
                .when(setTarget("col7", "幼儿园新建、改扩建", FIFTEEN, Firmness.FIRM, null, List.of(), REASON))
                .expectNoEvents()
                .expectResultMessagePayload(unchanged(2));
    }

    @Test
    void firmnessLeftOutIsFirm() {
        fixture.given(planRegistered(), programmeDefined())
                .when(setTarget("col7", "幼儿园新建、改扩建", FIFTEEN, null, null, List.of(), null))
                .expectEvents(targetSet());
    }

    @Test
    void aTargetsProgrammeMustBeDefined() {
        fixture.given(planRegistered(), programmeDefined())
                .when(setTarget("col8", "幼儿园新建、改扩建", FIFTEEN, Firmness.FIRM, null, List.of(), null))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.UNKNOWN_PROGRAMME, "targetId", KG));
    }

    @Test
    void aTargetMayOnlyRestateAnIndicatorThePlanDefines() {
        fixture.given(planRegistered(), programmeDefined())
                .when(setTarget("col7", "幼儿园新建、改扩建", FIFTEEN, Firmness.FIRM, "retention", List.of(), null))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.UNKNOWN_INDICATOR, "targetId", KG));
    }

    @Test
    void aTargetRestatesAnIndicatorThePlanDefines() {
        fixture.given(planRegistered(), indicatorDefined(), programmeDefined())
                .when(setTarget("col7", "幼儿园新建、改扩建", FIFTEEN, Firmness.FIRM, "retention", List.of(), null))
                .expectEvents(targetSet(FIFTEEN, Firmness.FIRM, "retention", List.of()));
    }

    @Test
    void anUnquantifiedTargetHasNoPlannedFigure() {
        fixture.given(planRegistered(), programmeDefined())
                .when(setTarget("col7", "幼儿园新建、改扩建", null, Firmness.SOFT, null, List.of("unquantified"), null))
                .expectEvents(targetSet(null, Firmness.SOFT, null, List.of("unquantified")));
    }

    @Test
    void aTargetNeedsAPlannedFigureUnlessFlaggedUnquantified() {
        fixture.given(planRegistered(), programmeDefined())
                .when(setTarget("col7", "幼儿园新建、改扩建", null, Firmness.FIRM, null, List.of(), null))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.PLANNED_FIGURE_REQUIRED, "targetId", KG));
    }

    @Test
    void targetFlagsMustBeKnown() {
        fixture.given(planRegistered(), programmeDefined())
                .when(setTarget("col7", "幼儿园新建、改扩建", FIFTEEN, Firmness.FIRM, null, List.of("guess"), null))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.UNKNOWN_FLAG, "targetId", KG));
    }

    @Test
    void cannotSetATargetDifferently() {
        fixture.given(planRegistered(), programmeDefined(), targetSet())
                .when(setTarget("col7", "幼儿园新建", FIFTEEN, Firmness.FIRM, null, List.of(), REASON))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.TARGET_SET_DIFFERENTLY, "targetId", KG));
    }

    @Test
    void targetIdsAreUniqueAcrossProgrammes() {
        fixture.given(planRegistered(), programmeDefined(),
                        new ProgrammeDefined(PLAN, DEFINED_ON, RECORDED_AT, "col8", "专栏8", ProgrammeKind.SPECIAL_COLUMN,
                                null, null), targetSet())
                .when(setTarget("col8", "幼儿园新建、改扩建", FIFTEEN, Firmness.FIRM, null, List.of(), null))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.TARGET_SET_DIFFERENTLY, "targetId", KG));
    }

    // ---------------------------------------------------------------- revision by setting again with a reason

    @Test
    void aChangedPlannedFigureWithAReasonIsARevision() {
        fixture.given(planRegistered(), programmeDefined(), targetSet())
                .when(setTarget("col7", "幼儿园新建、改扩建", TWENTY, Firmness.FIRM, null, List.of(), REASON))
                .expectEvents(new TargetRevised(PLAN, TODAY, RECORDED_AT, KG, TWENTY, Firmness.FIRM, REASON))
                .expectResultMessagePayload(recorded(3));
    }

    @Test
    void aChangedFirmnessWithAReasonIsARevision() {
        fixture.given(planRegistered(), programmeDefined(), targetSet())
                .when(setTarget("col7", "幼儿园新建、改扩建", FIFTEEN, Firmness.SOFT, null, List.of(), REASON))
                .expectEvents(new TargetRevised(PLAN, TODAY, RECORDED_AT, KG, FIFTEEN, Firmness.SOFT, REASON));
    }

    @Test
    void aChangedPlannedFigureWithoutAReasonIsRefused() {
        fixture.given(planRegistered(), programmeDefined(), targetSet())
                .when(setTarget("col7", "幼儿园新建、改扩建", TWENTY, Firmness.FIRM, null, List.of(), null))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.REVISION_REASON_REQUIRED, "targetId", KG));
    }

    // ---------------------------------------------------------------- revision of a target

    @Test
    void revisesATarget() {
        fixture.given(planRegistered(), programmeDefined(), targetSet())
                .when(new ReviseTarget(PLAN, REVISED_ON, KG, TWENTY, Firmness.SOFT, REASON))
                .expectEvents(new TargetRevised(PLAN, REVISED_ON, RECORDED_AT, KG, TWENTY, Firmness.SOFT, REASON))
                .expectResultMessagePayload(recorded(3));
    }

    @Test
    void aRevisionWithoutFirmnessKeepsTheOneInForce() {
        fixture.given(planRegistered(), programmeDefined(), targetSet(FIFTEEN, Firmness.SOFT, null, List.of()))
                .when(new ReviseTarget(PLAN, REVISED_ON, KG, TWENTY, null, REASON))
                .expectEvents(new TargetRevised(PLAN, REVISED_ON, RECORDED_AT, KG, TWENTY, Firmness.SOFT, REASON));
    }

    @Test
    void aRevisionOfATargetThePlanDoesNotHave() {
        fixture.given(planRegistered(), programmeDefined(), targetSet())
                .when(new ReviseTarget(PLAN, REVISED_ON, "places", TWENTY, null, REASON))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.TARGET_NOT_FOUND, "targetId", "places"));
    }

    @Test
    void aTargetRevisionNeedsAReason() {
        fixture.given(planRegistered(), programmeDefined(), targetSet())
                .when(new ReviseTarget(PLAN, REVISED_ON, KG, TWENTY, null, null))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.REVISION_REASON_REQUIRED, "targetId", KG));
    }

    @Test
    void aTargetRevisionMustChangeSomething() {
        Quantity sameFigure = Quantity.of(Comparator.EQUAL, new BigDecimal("15.0"), "15所");
        fixture.given(planRegistered(), programmeDefined(), targetSet())
                .when(new ReviseTarget(PLAN, REVISED_ON, KG, sameFigure, Firmness.FIRM, REASON))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.REVISION_CHANGES_NOTHING, "targetId", KG));
    }

    @Test
    void aTargetRevisionNeedsTheNewPlannedFigure() {
        fixture.given(planRegistered(), programmeDefined(), targetSet())
                .when(new ReviseTarget(PLAN, REVISED_ON, KG, null, Firmness.SOFT, REASON))
                .expectNoEvents()
                .expectException(violationOf(PlanRule.PLANNED_FIGURE_REQUIRED, "targetId", KG));
    }

    @Test
    void aQuantifiedRevisionOfAnUnquantifiedTarget() {
        fixture.given(planRegistered(), programmeDefined(), targetSet(null, Firmness.SOFT, null, List.of("unquantified")))
                .when(new ReviseTarget(PLAN, REVISED_ON, KG, TWENTY, null, REASON))
                .expectEvents(new TargetRevised(PLAN, REVISED_ON, RECORDED_AT, KG, TWENTY, Firmness.SOFT, REASON));
    }
}
