package cn.edutrack.events.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.edutrack.events.PlanId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.events.project.ProjectAssignedToPlan.Contribution;
import cn.edutrack.events.project.ProjectAssignedToPlan.Quota;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an assignment of a project to a plan refuses to be built with. */
class ProjectAssignedToPlanTest {

    private static final ProjectId KINDERGARTEN = ProjectId.of("PRJ-2022-XQ-0063");
    private static final ProjectId PORTFOLIO = ProjectId.of("PRJ-2021-XQ-0700");
    private static final PlanId PLAN = PlanId.of("xx-district-2021");
    private static final LocalDate DAY = LocalDate.parse("2023-03-20");
    private static final Instant AT = Instant.parse("2023-03-20T07:12:44.019Z");
    private static final Contribution ONE_KINDERGARTEN = new Contribution(null, Counted.KINDERGARTENS, BigDecimal.ONE, "1所");
    private static final Contribution PLACES = new Contribution("TGT-000-07e-places", Counted.PLACES, new BigDecimal("360"), "360个");

    private static ProjectAssignedToPlan assignment(String programmeId, String targetId, List<Contribution> contributions) {
        return new ProjectAssignedToPlan(KINDERGARTEN, DAY, AT, PLAN, programmeId, targetId, contributions, PORTFOLIO,
                null, 2023, List.of("anonymised"), null);
    }

    @Test
    void aContributionWithoutItsOwnTargetCountsTowardsTheMainTarget() {
        ProjectAssignedToPlan assigned = assignment("PRG-000-07", "TGT-000-07a", List.of(ONE_KINDERGARTEN, PLACES));

        assertThat(assigned.contributions()).containsExactly(ONE_KINDERGARTEN, PLACES);
        assertThat(assigned.subject()).isEqualTo("PRJ-2022-XQ-0063");
    }

    @Test
    void aContributionNeedsATargetWhenTheProjectHasNone() {
        assertThatIllegalArgumentException().isThrownBy(() -> assignment("PRG-000-07", null, List.of(ONE_KINDERGARTEN)))
                .withMessageContaining("needs a target");
        assertThat(assignment("PRG-000-07", null, List.of(PLACES)).targetId()).isNull();
        assertThat(assignment(null, null, List.of(PLACES)).programmeId()).isNull();
    }

    @Test
    void aTargetNeedsItsProgramme() {
        assertThatIllegalArgumentException().isThrownBy(() -> assignment(null, "TGT-000-07a", List.of()))
                .withMessageContaining("programme");
    }

    @Test
    void aProjectCannotBeItsOwnPortfolio() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProjectAssignedToPlan(KINDERGARTEN, DAY, AT, PLAN,
                "PRG-000-07", "TGT-000-07a", List.of(), KINDERGARTEN, null, 2023, null, null));
    }

    @Test
    void thePlanIsRequired() {
        assertThatThrownBy(() -> new ProjectAssignedToPlan(KINDERGARTEN, DAY, AT, null, "PRG-000-07", "TGT-000-07a",
                List.of(), null, null, null, null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anUnknownFlagIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProjectAssignedToPlan(KINDERGARTEN, DAY, AT, PLAN,
                "PRG-000-07", "TGT-000-07a", List.of(), null, null, null, List.of("anonymized"), null));
    }

    @Test
    void contributionsAreNeverNullAndCannotBeChanged() {
        List<Contribution> given = new ArrayList<>(List.of(ONE_KINDERGARTEN));
        ProjectAssignedToPlan assigned = assignment("PRG-000-07", "TGT-000-07a", given);
        given.add(PLACES);

        assertThat(assignment("PRG-000-07", "TGT-000-07a", null).contributions()).isEmpty();
        assertThat(assigned.contributions()).containsExactly(ONE_KINDERGARTEN);
        assertThatThrownBy(() -> assigned.contributions().add(PLACES)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.00"})
    void aContributionIsPositive(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Contribution(null, Counted.PLACES, new BigDecimal(value), null));
    }

    @Test
    void aContributionHasAUnitAndAWellFormedTarget() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Contribution(null, null, BigDecimal.ONE, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Contribution("TGT 07", Counted.PLACES, BigDecimal.ONE, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Contribution(null, Counted.PLACES, BigDecimal.ONE, "个".repeat(201)));
    }

    @Test
    void aContributionInExponentFormIsKeptPlain() {
        assertThat(new Contribution(null, Counted.PLACES, new BigDecimal("2.8E+4"), null).value().toString()).isEqualTo("28000");
    }

    @Test
    void aQuotaIsPerSubUnitAndYear() {
        Quantity oneOrTwo = Quantity.range(BigDecimal.ONE, new BigDecimal("2"), "1—2所");

        assertThat(new Quota("乡镇", oneOrTwo, 2021, 2021).perYear()).isEqualTo(oneOrTwo);
        assertThatIllegalArgumentException().isThrownBy(() -> new Quota("乡镇", oneOrTwo, 2022, 2021));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quota(" ", oneOrTwo, 2021, 2021));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quota("乡镇", oneOrTwo, 0, 2021));
        assertThatThrownBy(() -> new Quota("乡镇", null, 2021, 2021)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theDueYearIsAYear() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProjectAssignedToPlan(KINDERGARTEN, DAY, AT, PLAN,
                "PRG-000-07", "TGT-000-07a", List.of(), null, null, 23, null, null));
    }
}
