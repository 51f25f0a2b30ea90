package cn.edutrack.query.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuotaRulesTest {

    private static final Quantity ONE_TO_TWO = Quantity.range(BigDecimal.ONE, BigDecimal.valueOf(2), "1—2所");
    private static final LocalDate MID_2022 = LocalDate.of(2022, 6, 30);

    @Test
    void perNamesTheLevelOfTheUnits() {
        assertThat(QuotaRules.levels("乡镇")).isEqualTo(Set.of("TOWNSHIP"));
        assertThat(QuotaRules.levels("乡镇·年")).isEqualTo(Set.of("TOWNSHIP"));
        assertThat(QuotaRules.levels("街道")).isEqualTo(Set.of("TOWNSHIP"));
        assertThat(QuotaRules.levels("县(市、区)")).isEqualTo(Set.of("COUNTY", "DISTRICT"));
        assertThat(QuotaRules.levels("县")).isEqualTo(Set.of("COUNTY", "DISTRICT"));
        assertThat(QuotaRules.levels("市")).isEqualTo(Set.of("CITY"));
        assertThat(QuotaRules.levels("学校")).isEmpty();
        assertThat(QuotaRules.levels(null)).isEmpty();
    }

    @Test
    void anObligationIsMetAtTheLowerEndOfARangeAndBeyondItsUpperEnd() {
        assertThat(QuotaRules.status(1, ONE_TO_TWO, 2021, MID_2022)).isEqualTo(QuotaRules.Status.MET);
        assertThat(QuotaRules.status(3, ONE_TO_TWO, 2021, MID_2022)).isEqualTo(QuotaRules.Status.MET);
        assertThat(QuotaRules.status(2, Quantity.of(Comparator.AT_LEAST, BigDecimal.valueOf(2), "2所以上"), 2022, MID_2022))
                .isEqualTo(QuotaRules.Status.MET);
    }

    @Test
    void anUnmetObligationIsOpenInItsYearNotMetAfterItAndNotDueBeforeIt() {
        assertThat(QuotaRules.status(0, ONE_TO_TWO, 2022, MID_2022)).isEqualTo(QuotaRules.Status.OPEN);
        assertThat(QuotaRules.status(0, ONE_TO_TWO, 2021, MID_2022)).isEqualTo(QuotaRules.Status.NOT_MET);
        assertThat(QuotaRules.status(0, ONE_TO_TWO, 2023, MID_2022)).isEqualTo(QuotaRules.Status.NOT_DUE);
    }
}
