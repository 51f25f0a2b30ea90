package cn.edutrack.events.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlagsTest {

    @Test
    void theKnownFlagsAreThoseOfThePlanFileFormat() {
        assertThat(Flags.KNOWN).containsExactly("estimate", "implausible", "claimed", "inferred", "derived",
                "below_baseline", "ocr_corrected", "contradictory", "unquantified", "anonymised", "truncated_source",
                "unit_conflict", "suspicious");
    }

    @Test
    void nullMeansNone() {
        assertThat(Flags.checked(null)).isEmpty();
    }

    @Test
    void knownFlagsAreKeptInOrder() {
        assertThat(Flags.checked(List.of("truncated_source", "anonymised"))).containsExactly("truncated_source", "anonymised");
        assertThat(Flags.checked(Flags.KNOWN)).isEqualTo(Flags.KNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"estimated", "Estimate", "ESTIMATE", " estimate", "", "估算"})
    void anUnknownFlagIsRefusedByName(String flag) {
        assertThatIllegalArgumentException().isThrownBy(() -> Flags.checked(List.of("anonymised", flag)))
                .withMessageContaining("unknown flag '" + flag + "'")
                .withMessageContaining("unquantified");
    }

    @Test
    void aNullFlagIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Flags.checked(Arrays.asList("estimate", null)));
    }

    @Test
    void theResultIsAnImmutableCopy() {
        List<String> given = new ArrayList<>(List.of("estimate"));

        List<String> checked = Flags.checked(given);
        given.add("implausible");

        assertThat(checked).containsExactly("estimate");
        assertThatThrownBy(() -> checked.add("claimed")).isInstanceOf(UnsupportedOperationException.class);
    }
}
