package cn.edutrack.command.project.web;

import cn.edutrack.events.Money;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * An amount as bureaus write it: in yuan, 万元 or 亿元. Stored and published in yuan, to the fen.
 *
 * @param amount a positive decimal, e.g. {@code 1250.5}
 * @param unit   {@code YUAN} (default), {@code WAN_YUAN} or {@code YI_YUAN}
 */
public record MoneyInput(
        @NotNull @Positive @DecimalMax("1000000000000") BigDecimal amount,
        MoneyUnit unit) {

    public enum MoneyUnit {
        YUAN(BigDecimal.ONE),
        WAN_YUAN(new BigDecimal("10000")),
        YI_YUAN(new BigDecimal("100000000"));

        private final BigDecimal yuan;

        MoneyUnit(BigDecimal yuan) {
            this.yuan = yuan;
        }
    }

    Money toMoney(String field) {
        BigDecimal yuan = amount.multiply((unit == null ? MoneyUnit.YUAN : unit).yuan);
        try {
            return new Money(yuan);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field + ".amount", e.getMessage());
        }
    }
}
