package cn.edutrack.query.project.projection;

import cn.edutrack.events.Money;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The columns of one {@code project_summary} row (live or scratch) that an event changes, as one UPDATE statement.
 * Table and column names and expressions come from code, never from a record; values are always bound parameters.
 */
final class SummaryUpdate {

    private final Map<String, String> assignments = new LinkedHashMap<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** {@code column = value}. */
    SummaryUpdate set(String column, Object value) {
        return assign(column, "?", value);
    }

    /** {@code column = value} unless the column already has one (e.g. the date of the first allocation). */
    SummaryUpdate setFirst(String column, Object value) {
        return assign(column, "coalesce(" + column + ", ?)", value);
    }

    /** {@code column = column + delta}. */
    SummaryUpdate add(String column, Number delta) {
        return assign(column, column + " + ?", delta);
    }

    /** {@code column = the later of column and value}. */
    SummaryUpdate setLatest(String column, Object value) {
        return assign(column, "greatest(" + column + ", ?)", value);
    }

    /** The expression's {@code ?} stands for the value; a null value is written as SQL null. */
    private SummaryUpdate assign(String column, String expression, Object value) {
        if (value == null) {
            assignments.put(column, "null");
            parameters.remove(column);
        } else {
            assignments.put(column, expression.replace("?", ":" + column));
            parameters.put(column, jdbcValue(value));
        }
        return this;
    }

    Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** The UPDATE of the summary table {@code table} (a constant of {@code ReadModelTables}). */
    String sql(String table) {
        return "update " + table + " set "
                + assignments.entrySet().stream().map(a -> a.getKey() + " = " + a.getValue()).collect(Collectors.joining(", "))
                + " where project_id = :projectId";
    }

    static Object jdbcValue(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        } else if (value instanceof Instant i) {
            return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
        } else if (value instanceof Money m) {
            return m.yuan();
        }
        return value;
    }
}
