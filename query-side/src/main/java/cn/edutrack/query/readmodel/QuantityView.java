package cn.edutrack.query.readmodel;

import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Quantity;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A planned or target figure as read from a plan: comparator ({@code AT_LEAST}, {@code RANGE}, ...), {@code value}
 * or {@code min} and {@code max}, and the text as printed. Numbers are exact decimals without trailing zeros.
 */
public record QuantityView(String comparator, BigDecimal value, BigDecimal min, BigDecimal max, String asWritten) {

    /** The columns {@code <prefix>_comparator, _value, _min, _max, _as_written}; null when there is no comparator. */
    public static QuantityView read(ResultSet rs, String prefix) throws SQLException {
        String comparator = rs.getString(prefix + "_comparator");
        if (comparator == null) {
            return null;
        }
        return new QuantityView(comparator, Numbers.plain(rs.getBigDecimal(prefix + "_value")),
                Numbers.plain(rs.getBigDecimal(prefix + "_min")), Numbers.plain(rs.getBigDecimal(prefix + "_max")),
                rs.getString(prefix + "_as_written"));
    }

    /** The published value this view shows, for the rules that judge it. */
    public Quantity quantity() {
        return new Quantity(Comparator.valueOf(comparator), value, min, max, asWritten);
    }
}
