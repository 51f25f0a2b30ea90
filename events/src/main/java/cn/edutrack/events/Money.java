package cn.edutrack.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount of money in yuan (CNY), at most two decimals (fen), never negative. In JSON it is a
 * decimal string ({@code "1250000.00"}) so that no reader turns it into a binary float.
 */
public record Money(BigDecimal yuan) implements Comparable<Money> {

    /** Larger than any single education project's budget; beyond it an amount is taken as a typing error. */
    public static final BigDecimal MAX_YUAN = new BigDecimal("1000000000000");
    // Declared after MAX_YUAN: the constructor reads it while the class initialises.
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(yuan, "amount");
        if (yuan.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + yuan.toPlainString());
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("amount has more than two decimals (fen): " + yuan.toPlainString());
        }
        if (yuan.compareTo(MAX_YUAN) > 0) {
            throw new IllegalArgumentException("amount is larger than 1,000,000,000,000 yuan: " + yuan.toPlainString());
        }
        yuan = yuan.setScale(2);
    }

    @JsonCreator
    public static Money of(String yuan) {
        return new Money(new BigDecimal(yuan));
    }

    public static Money ofYuan(long yuan) {
        return new Money(BigDecimal.valueOf(yuan));
    }

    public Money plus(Money other) {
        return new Money(yuan.add(other.yuan));
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }

    @JsonValue
    public String json() {
        return yuan.toPlainString();
    }

    @Override
    public String toString() {
        return yuan.toPlainString() + " CNY";
    }
}
