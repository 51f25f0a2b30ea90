package cn.edutrack.query.progress.api;

import cn.edutrack.query.plan.api.PlanDetailView;
import cn.edutrack.query.plan.api.PlanQueries;
import cn.edutrack.query.readmodel.JsonColumns;
import cn.edutrack.query.readmodel.Numbers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Indicators of a set of plans (one plan, a jurisdiction subtree, a concept) with the measurements in force at a
 * date: per year, the latest recorded (highest sequence) among those whose business date is not after the date.
 */
@Repository
class IndicatorQueries {

    /** An indicator with its plan and its measurements in force, by year. */
    record Row(String planId, String planTitle, String jurisdiction, String jurisdictionName, int periodFrom, int periodTo,
            PlanDetailView.Indicator indicator, List<IndicatorProgressView.Measurement> measurements) {
    }

    /** The plans and indicators asked about: an SQL condition over {@code p} (plan) and {@code i} (plan_indicator). */
    record Selection(String condition, Map<String, Object> parameters) {
    }

    private static final String ATTRIBUTE_ORDER = "case i.attribute when 'BINDING' then 0 when 'EXPECTED' then 1 else 2 end";

    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The selected indicators, ordered binding first, then by the given order, then as the plan defines them.
     *
     * @param orderBy an ordering over {@code p} and {@code j} (jurisdiction) placed after the attribute (may be empty)
     */
    List<Row> indicators(Selection selection, LocalDate asOf, String orderBy) {
        Map<String, List<IndicatorProgressView.Measurement>> measured = measurements(selection, asOf);
        return jdbc.sql("""
                        select i.*, p.title as plan_title, p.jurisdiction as plan_jurisdiction, p.period_from, p.period_to,
                            j.name as jurisdiction_name
                        from plan_indicator i
                        join plan p on p.plan_id = i.plan_id
                        left join jurisdiction j on j.code = p.jurisdiction
                        where %s
                        order by %s, %s i.plan_id, i.defined_sequence""".formatted(selection.condition(), ATTRIBUTE_ORDER,
                        orderBy.isEmpty() ? "" : orderBy + ","))
                .params(selection.parameters())
                .query((rs, n) -> new Row(rs.getString("plan_id"), rs.getString("plan_title"),
                        rs.getString("plan_jurisdiction"), rs.getString("jurisdiction_name"), rs.getInt("period_from"),
                        rs.getInt("period_to"), PlanQueries.indicator(rs),
                        measured.getOrDefault(key(rs.getString("plan_id"), rs.getString("indicator_id")), List.of())))
                .list();
    }

    private Map<String, List<IndicatorProgressView.Measurement>> measurements(Selection selection, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>(selection.parameters());
        params.put("asOf", asOf);
        Map<String, List<IndicatorProgressView.Measurement>> byIndicator = new LinkedHashMap<>();
        jdbc.sql("""
                        select distinct on (m.plan_id, m.indicator_id, m.year) m.*
                        from indicator_measurement m
                        join plan_indicator i on i.plan_id = m.plan_id and i.indicator_id = m.indicator_id
                        join plan p on p.plan_id = m.plan_id
                        where %s and m.business_date <= :asOf
                        order by m.plan_id, m.indicator_id, m.year, m.sequence desc""".formatted(selection.condition()))
                .params(params)
                .query((ResultSet rs) -> {
                    byIndicator.computeIfAbsent(key(rs.getString("plan_id"), rs.getString("indicator_id")),
                            k -> new ArrayList<>()).add(measurement(rs));
                });
        return byIndicator;
    }

    private static IndicatorProgressView.Measurement measurement(ResultSet rs) throws SQLException {
        return new IndicatorProgressView.Measurement(rs.getInt("year"), Numbers.plain(rs.getBigDecimal("value")),
                rs.getString("as_written"), JsonColumns.readFlags(rs.getString("flags")),
                rs.getObject("business_date", LocalDate.class), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }

    private static String key(String planId, String indicatorId) {
        return planId + "\u0000" + indicatorId;
    }
}
