package cn.edutrack.query.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.plan.Counted;
import org.junit.jupiter.api.Test;

/** Amounts are added only in the same unit; kindergartens also count as schools; 人 and 人次 never add. */
class UnitsTest {

    @Test
    void sameUnitsAdd() {
        for (Counted unit : Counted.values()) {
            assertThat(Units.adds(unit, unit)).as(unit.name()).isTrue();
        }
    }

    @Test
    void kindergartensAlsoCountAsSchoolsButNotTheOtherWayRound() {
        assertThat(Units.adds(Counted.KINDERGARTENS, Counted.SCHOOLS)).isTrue();
        assertThat(Units.adds(Counted.SCHOOLS, Counted.KINDERGARTENS)).isFalse();
    }

    @Test
    void personsAndPersonTimesNeverAdd() {
        assertThat(Units.adds(Counted.PERSONS, Counted.PERSON_TIMES)).isFalse();
        assertThat(Units.adds(Counted.PERSON_TIMES, Counted.PERSONS)).isFalse();
        assertThat(Units.adds(Counted.PLACES, Counted.CLASSES)).isFalse();
    }

    @Test
    void theSqlListHoldsExactlyTheAddablePairs() {
        assertThat(Units.addablePairs())
                .hasSize(Counted.values().length + 1)
                .contains("KINDERGARTENS>SCHOOLS", "PLACES>PLACES", "PERSON_TIMES>PERSON_TIMES")
                .doesNotContain("PERSONS>PERSON_TIMES", "SCHOOLS>KINDERGARTENS");
    }
}
