package cn.edutrack.query.readmodel;

import java.math.BigDecimal;

/** Exact decimals from {@code numeric} columns as the API writes them. */
public final class Numbers {

    private Numbers() {
    }

    /** Without trailing zeros and never in exponent form: {@code 96.830} → {@code 96.83}, {@code 28000} stays. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
