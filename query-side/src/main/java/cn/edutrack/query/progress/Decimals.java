package cn.edutrack.query.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Rounding and writing of the figures progress answers show. Exact decimals throughout; no floating point. */
public final class Decimals {

    /** Enough digits for shares and paths; results are rounded for display only at the end. */
    public static final MathContext PRECISION = MathContext.DECIMAL64;

    private Decimals() {
    }

    /** Rounded half up to {@code scale} decimals and written without trailing zeros ({@code 7.50} → {@code 7.5}). */
    public static BigDecimal round(BigDecimal value, int scale) {
        return value == null ? null : plain(value.setScale(scale, RoundingMode.HALF_UP));
    }

    /** Without trailing zeros and never in exponent form ({@code 28000}, not {@code 2.8E+4}). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
