package cn.edutrack.events.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A planned figure: which figures each comparator takes, the goal, and numeric sameness. */
class QuantityTest {

    private static final BigDecimal NINETY_SEVEN = new BigDecimal("97");
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal TWO = new BigDecimal("2");

    @Test
    void everyComparatorTakesAValueARangeOrNothing() {
        Set<String> valued = Arrays.stream(Comparator.values())
                .filter(c -> !c.usesRange() && !c.takesNoValue()).map(Enum::name).collect(Collectors.toSet());

        // The lists in the tests below (and in the schema's quantity) must follow when a comparator is added.
        assertThat(valued).containsExactlyInAnyOrder("AT_LEAST", "MORE_THAN", "AT_MOST", "EQUAL", "ABOUT", "MAINTAIN_EVERY_YEAR");
        assertThat(Arrays.stream(Comparator.values()).filter(Comparator::usesRange)).containsExactly(Comparator.RANGE);
        assertThat(Arrays.stream(Comparator.values()).filter(Comparator::takesNoValue))
                .containsExactly(Comparator.NEVER_DECREASE, Comparator.ACHIEVED);
        assertThat(Arrays.stream(Comparator.values())).noneMatch(c -> c.usesRange() && c.takesNoValue());
    }

    @ParameterizedTest
    @EnumSource(names = {"AT_LEAST", "MORE_THAN", "AT_MOST", "EQUAL", "ABOUT", "MAINTAIN_EVERY_YEAR"})
    void aValueComparatorTakesExactlyAValue(Comparator comparator) {
        assertThat(new Quantity(comparator, NINETY_SEVEN, null, null, "97以上").value()).isEqualTo(NINETY_SEVEN);

        assertThatIllegalArgumentException().isThrownBy(() -> new Quantity(comparator, null, null, null, "97以上"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quantity(comparator, NINETY_SEVEN, ONE, null, "97以上"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quantity(comparator, NINETY_SEVEN, null, TWO, "97以上"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quantity(comparator, null, ONE, TWO, "1—2"));
    }

    @Test
    void aRangeTakesMinAndMaxAndNoValue() {
        Quantity range = Quantity.range(ONE, TWO, "1—2所");

        assertThat(range.comparator()).isEqualTo(Comparator.RANGE);
        assertThat(range.value()).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> new Quantity(Comparator.RANGE, null, ONE, null, "1—2所"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quantity(Comparator.RANGE, null, null, TWO, "1—2所"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quantity(Comparator.RANGE, ONE, ONE, TWO, "1—2所"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quantity(Comparator.RANGE, ONE, null, null, "1—2所"));
    }

    @Test
    void aRangeMinMustNotBeAboveItsMax() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.range(TWO, ONE, "2—1所"))
                .withMessageContaining("above max");
        assertThat(Quantity.range(TWO, new BigDecimal("2.0"), "2所").min()).isEqualTo(TWO);
    }

    @ParameterizedTest
    @EnumSource(names = {"NEVER_DECREASE", "ACHIEVED"})
    void aComparatorWithoutAFigureTakesNone(Comparator comparator) {
        assertThat(new Quantity(comparator, null, null, null, "只增不减").goal()).isNull();

        assertThatIllegalArgumentException().isThrownBy(() -> new Quantity(comparator, ONE, null, null, "只增不减"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quantity(comparator, null, ONE, null, "只增不减"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quantity(comparator, null, null, TWO, "只增不减"));
    }

    @Test
    void theComparatorIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new Quantity(null, NINETY_SEVEN, null, null, "97"));
    }

    @Test
    void asWrittenIsOptionalAndAtMost200Characters() {
        assertThat(Quantity.of(Comparator.EQUAL, NINETY_SEVEN, null).asWritten()).isNull();
        assertThat(Quantity.of(Comparator.EQUAL, NINETY_SEVEN, "约".repeat(200)).asWritten()).hasSize(200);
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.of(Comparator.EQUAL, NINETY_SEVEN, "约".repeat(201)));
    }

    @Test
    void theGoalIsTheValueOrTheLowerEndOfARange() {
        assertThat(Quantity.of(Comparator.AT_LEAST, NINETY_SEVEN, "97以上").goal()).isEqualTo(NINETY_SEVEN);
        assertThat(Quantity.range(ONE, TWO, "1—2所").goal()).isEqualTo(ONE);
        assertThat(new Quantity(Comparator.ACHIEVED, null, null, null, "建成").goal()).isNull();
    }

    @Test
    void sameAsComparesFiguresByNumericValue() {
        Quantity written = Quantity.of(Comparator.AT_LEAST, new BigDecimal("96.80"), "96.8以上");
        Quantity read = Quantity.of(Comparator.AT_LEAST, new BigDecimal("96.8"), "96.8以上");

        assertThat(written.sameAs(read)).isTrue();
        assertThat(written).isNotEqualTo(read); // equals keeps the scale as recorded
        assertThat(Quantity.range(new BigDecimal("1.0"), TWO, "1—2").sameAs(Quantity.range(ONE, new BigDecimal("2.00"), "1—2")))
                .isTrue();
    }

    @Test
    void sameAsNeedsTheSameComparatorFiguresAndText() {
        Quantity target = Quantity.of(Comparator.AT_LEAST, NINETY_SEVEN, "97以上");

        assertThat(target.sameAs(Quantity.of(Comparator.EQUAL, NINETY_SEVEN, "97以上"))).isFalse();
        assertThat(target.sameAs(Quantity.of(Comparator.AT_LEAST, new BigDecimal("97.5"), "97以上"))).isFalse();
        assertThat(target.sameAs(Quantity.of(Comparator.AT_LEAST, NINETY_SEVEN, "97%以上"))).isFalse();
        assertThat(target.sameAs(null)).isFalse();
        assertThat(Quantity.range(ONE, TWO, "1—2").sameAs(Quantity.range(ONE, new BigDecimal("3"), "1—2"))).isFalse();
    }

    @Test
    void aFigureInExponentFormIsKeptInPlainForm() {
        Quantity places = Quantity.of(Comparator.ABOUT, new BigDecimal("2.8E+4"), "约28000个");

        assertThat(places.value().scale()).isZero();
        assertThat(places.value().toString()).isEqualTo("28000");
        assertThat(places).isEqualTo(Quantity.of(Comparator.ABOUT, new BigDecimal("28000"), "约28000个"));
        assertThat(Quantity.range(new BigDecimal("1E+1"), new BigDecimal("2E+1"), "10-20").max().toString()).isEqualTo("20");
    }

    @Test
    void decimalsAreKeptAsRecorded() {
        assertThat(Quantity.of(Comparator.EQUAL, new BigDecimal("96.80"), "96.80").value().scale()).isEqualTo(2);
        assertThat(Quantity.of(Comparator.EQUAL, new BigDecimal("-1.5"), "下降1.5").value()).isEqualTo(new BigDecimal("-1.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000000000", "-1000000000000000", "1E+15", "1E+1000000"})
    void aFigureHasAtMost15DigitsBeforeThePoint(String figure) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Quantity.of(Comparator.EQUAL, new BigDecimal(figure), figure))
                .withMessageContaining("15 digits")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void fifteenDigitsBeforeThePointAreEnough() {
        BigDecimal largest = new BigDecimal("999999999999999.99");

        assertThat(Quantity.of(Comparator.EQUAL, largest, "216亿元").value()).isEqualTo(largest);
        assertThat(Quantity.of(Comparator.EQUAL, new BigDecimal("21600000000"), "216亿元").value())
                .isEqualTo(new BigDecimal("21600000000"));
    }
}
