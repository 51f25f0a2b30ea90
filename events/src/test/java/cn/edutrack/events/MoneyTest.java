package cn.edutrack.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.edutrack.events.project.FundingAllocated;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class MoneyTest {

    @Test
    void keepsTwoDecimals() {
        assertThat(Money.of("1250.5").yuan()).isEqualByComparingTo("1250.50").hasScaleOf(2);
        assertThat(Money.of("1250.5")).isEqualTo(Money.of("1250.50"));
        assertThat(Money.ofYuan(7).json()).isEqualTo("7.00");
    }

    @Test
    void trailingZerosBeyondTheFenAreNotPrecision() {
        assertThat(Money.of("99.1000")).isEqualTo(Money.of("99.10"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "1250.505", "0.125"})
    void fractionsOfAFenAreRejected(String amount) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(amount)).withMessageContaining("two decimals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-1250.50"})
    void negativeAmountsAreRejected(String amount) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(amount)).withMessageContaining("negative");
    }

    @Test
    void amountsAboveTheMaximumAreRejected() {
        assertThat(Money.of("1000000000000.00").yuan()).isEqualByComparingTo(Money.MAX_YUAN);
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1000000000000.01"))
                .withMessageContaining("larger");
    }

    @Test
    void addsExactly() {
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.of("0.01").compareTo(Money.ZERO)).isPositive();
    }

    @Test
    void isAStringInJson() {
        EventType type = EventCatalog.of(FundingAllocated.class);
        FundingAllocated allocation = (FundingAllocated) StoredFixtures.expected(type);
        FundingAllocated withFen = new FundingAllocated(allocation.projectId(), allocation.businessDate(),
                allocation.recordedAt(), null, allocation.source(), new Money(new BigDecimal("1250.5")),
                allocation.documentNumber());

        JsonNode amount = Json.tree(EventJson.write(withFen)).get("amount");

        assertThat(amount.isString()).isTrue();
        assertThat(amount.asString()).isEqualTo("1250.50");
    }

    @Test
    void readsAShortStringAsYuanAndFen() {
        EventType type = EventCatalog.of(FundingAllocated.class);
        ObjectNode payload = Json.object(Json.fixture(type));
        payload.put("amount", "1250.5");

        FundingAllocated read = (FundingAllocated) EventJson.read(type.ceType(), Json.bytes(payload));

        assertThat(read.amount()).isEqualTo(Money.of("1250.50"));
        assertThat(read.amount().json()).isEqualTo("1250.50");
    }
}
