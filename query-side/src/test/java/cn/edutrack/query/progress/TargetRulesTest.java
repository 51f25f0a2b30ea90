package cn.edutrack.query.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** When a programme target is met, on track, at risk or behind. */
class TargetRulesTest {

    private static Quantity q(Comparator comparator, String value) {
        return Quantity.of(comparator, new BigDecimal(value), value);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theGoalIsTheValueOrTheLowerEndOfARange() {
        assertThat(TargetRules.goal(q(Comparator.EQUAL, "15"))).isEqualByComparingTo("15");
        assertThat(TargetRules.goal(Quantity.range(d("2"), d("3"), "2-3"))).isEqualByComparingTo("2");
        assertThat(TargetRules.goal(new Quantity(Comparator.ACHIEVED, null, null, null, "建成"))).isNull();
        assertThat(TargetRules.goal(new Quantity(Comparator.NEVER_DECREASE, null, null, null, "只增不减"))).isNull();
        assertThat(TargetRules.goal(q(Comparator.AT_MOST, "600"))).as("a ceiling is not progressed towards").isNull();
        assertThat(TargetRules.goal(null)).isNull();
    }

    @Test
    void metByTheComparatorsMeaning() {
        assertThat(TargetRules.met(q(Comparator.EQUAL, "15"), d("15"))).isTrue();
        assertThat(TargetRules.met(q(Comparator.EQUAL, "15"), d("14"))).isFalse();
        assertThat(TargetRules.met(q(Comparator.AT_LEAST, "2"), d("3"))).isTrue();
        assertThat(TargetRules.met(q(Comparator.MORE_THAN, "20"), d("20"))).isFalse();
        assertThat(TargetRules.met(q(Comparator.MORE_THAN, "20"), d("21"))).isTrue();
        assertThat(TargetRules.met(q(Comparator.ABOUT, "28000"), d("26600"))).as("95% of about 28000").isTrue();
        assertThat(TargetRules.met(q(Comparator.ABOUT, "28000"), d("26599"))).isFalse();
        assertThat(TargetRules.met(Quantity.range(d("1"), d("2"), "1—2"), d("1"))).isTrue();
        assertThat(TargetRules.met(q(Comparator.AT_MOST, "600"), d("0"))).isFalse();
    }

    @Test
    void statusFromDeliveredExpectedAndWhatIsUnderWay() {
        Quantity fifteen = q(Comparator.EQUAL, "15");
        BigDecimal expected = d("8.995");
        assertThat(TargetRules.status(fifteen, 3, d("15"), expected, d("0"))).isEqualTo(TargetStatus.MET);
        assertThat(TargetRules.status(fifteen, 3, d("9"), expected, d("0"))).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetRules.status(fifteen, 3, d("5"), expected, d("4"))).isEqualTo(TargetStatus.AT_RISK);
        assertThat(TargetRules.status(fifteen, 3, d("1"), expected, d("1"))).isEqualTo(TargetStatus.BEHIND);
    }

    @Test
    void notMeasuredWithoutProjectsOrWithoutAGoal() {
        assertThat(TargetRules.status(q(Comparator.EQUAL, "15"), 0, d("0"), d("0"), d("0")))
                .isEqualTo(TargetStatus.NOT_MEASURED);
        assertThat(TargetRules.status(new Quantity(Comparator.ACHIEVED, null, null, null, "建成"), 2, d("1"), null, d("0")))
                .isEqualTo(TargetStatus.NOT_MEASURED);
    }

    @Test
    void percentOfTargetHasOneDecimal() {
        assertThat(TargetRules.percentOf(d("1"), d("15"))).isEqualByComparingTo("6.7");
        assertThat(TargetRules.percentOf(d("300"), d("2000"))).isEqualTo(d("15"));
        assertThat(TargetRules.percentOf(d("1"), null)).isNull();
        assertThat(TargetRules.percentOf(d("1"), d("0"))).isNull();
    }
}
