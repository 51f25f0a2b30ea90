package cn.edutrack.query.project.api;

import cn.edutrack.query.readmodel.Numbers;
import cn.edutrack.query.readmodel.ReadModelTables;
import java.math.BigDecimal;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A project's state as named fields, for saying what changed: the summary's columns in camel case
 * ({@code completedOn}, {@code deliveredPlaces}, {@code approvedBudget}), the money by source
 * ({@code funding.CENTRAL_FISCAL}), each rectification order's fields ({@code rectificationOrder.1.deadline}), the
 * plan assignment ({@code assignment.planId}) and the declared contributions ({@code contribution.kg.KINDERGARTENS}).
 * Bookkeeping is left out: the position ({@code version}), the last recording time, the latest business date seen
 * (every event moves it) and the pointer to the progress report in force. Values as the API writes them: dates and
 * decimals as text ({@code "2024-05-01"}, {@code "3000000.00"}), whole numbers as numbers, flags as booleans; a
 * field without a value is absent.
 */
@Component
class ProjectState {

    /** Summary columns that are bookkeeping, not the project's state. */
    private static final Set<String> BOOKKEEPING = Set.of("project_id", "version", "last_recorded_at", "last_event_on",
            "progress_sequence");

    private static final List<String> ORDER_FIELDS = List.of("ordered_on", "issuing_body", "findings", "deadline",
            "original_deadline", "status", "closed_on", "rechecks", "last_recheck_on", "last_recheck_result",
            "last_recheck_findings");

    private static final List<String> ASSIGNMENT_FIELDS = List.of("plan_id", "programme_id", "target_id",
            "parent_project_id", "due_year", "quota", "assigned_on");

    /** A field whose value differs between two states. */
    record Difference(String field, Object from, Object to) {
    }

    private final JdbcClient jdbc;

    ProjectState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The project's fields in the given tables (empty when it has no summary there). */
    Map<String, Object> read(ReadModelTables tables, String projectId) {
        Map<String, Object> state = new LinkedHashMap<>();
        jdbc.sql("select * from " + tables.summary() + " where project_id = ?").param(projectId).query(rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnName(i);
                if (!BOOKKEEPING.contains(column)) {
                    put(state, camel(column), rs.getObject(i));
                }
            }
        });
        jdbc.sql("select source, amount from " + tables.funding() + " where project_id = ? order by source").param(projectId)
                .query(rs -> {
                    put(state, "funding." + rs.getString("source"), rs.getBigDecimal("amount"));
                });
        jdbc.sql("select * from " + tables.rectificationOrder() + " where project_id = ? order by order_number")
                .param(projectId).query(rs -> {
                    String prefix = "rectificationOrder." + rs.getInt("order_number") + ".";
                    for (String column : ORDER_FIELDS) {
                        put(state, prefix + camel(column), rs.getObject(column));
                    }
                });
        jdbc.sql("select * from " + tables.assignment() + " where project_id = ?").param(projectId).query(rs -> {
            for (String column : ASSIGNMENT_FIELDS) {
                put(state, "assignment." + camel(column), rs.getObject(column));
            }
        });
        jdbc.sql("select target_id, counts, sum(value) as value from " + tables.contribution()
                        + " where project_id = ? group by target_id, counts order by target_id, counts")
                .param(projectId).query(rs -> {
                    put(state, "contribution." + rs.getString("target_id") + "." + rs.getString("counts"),
                            rs.getBigDecimal("value"));
                });
        return state;
    }

    /** The fields whose values differ, in the order of {@code from}'s fields and then of {@code to}'s new ones. */
    static List<Difference> differences(Map<String, Object> from, Map<String, Object> to) {
        Set<String> fields = new LinkedHashSet<>(from.keySet());
        fields.addAll(to.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String field : fields) {
            Object before = from.get(field);
            Object after = to.get(field);
            if (!Objects.equals(before, after)) {
                differences.add(new Difference(field, before, after));
            }
        }
        return differences;
    }

    private static void put(Map<String, Object> state, String field, Object value) {
        Object shown = shown(value);
        if (shown != null) {
            state.put(field, shown);
        }
    }

    /** A column's value as the API writes it. */
    private static Object shown(Object value) {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Boolean) {
            return value;
        } else if (value instanceof BigDecimal decimal) {
            // money keeps its two decimals (as the summary shows it); other decimals are written without trailing zeros
            return decimal.scale() == 2 ? decimal.toPlainString() : Numbers.plain(decimal).toPlainString();
        } else if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        } else if (value instanceof Number number) {
            return number.longValue();
        }
        return value.toString();
    }

    /** {@code delivered_places} → {@code deliveredPlaces}. */
    static String camel(String column) {
        StringBuilder name = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
