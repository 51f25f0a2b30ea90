package cn.edutrack.query.plan.api;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.progress.TargetRules;
import cn.edutrack.query.readmodel.JsonColumns;
import cn.edutrack.query.readmodel.Numbers;
import cn.edutrack.query.readmodel.QuantityView;
import cn.edutrack.query.readmodel.SourceView;
import cn.edutrack.query.web.QueryParameters;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the plan read models. */
@Repository
public class PlanQueries {

    static final String SELECT_PLAN = """
            select p.*, j.name as jurisdiction_name
            from plan p left join jurisdiction j on j.code = p.jurisdiction""";

    private final JdbcClient jdbc;

    public PlanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The jurisdictions the caller may see, or {@code under} and those below it, by code. */
    List<JurisdictionView> jurisdictions(JurisdictionCode under, CallerScope scope) {
        Map<String, Object> params = subtree(under);
        String where = " where " + scope.definitionCondition("code", params)
                + (under == null ? "" : " and (code = :code or code like :below escape '\\')");
        return jdbc.sql("select code, name, level, parent_code from jurisdiction" + where + " order by code")
                .params(params)
                .query((rs, n) -> new JurisdictionView(rs.getString("code"), rs.getString("name"), rs.getString("level"),
                        rs.getString("parent_code")))
                .list();
    }

    /**
     * Plans the caller may see, or those of {@code jurisdiction} and below it among them, by jurisdiction, period, id.
     */
    List<PlanView> plans(JurisdictionCode jurisdiction, CallerScope scope) {
        Map<String, Object> params = subtree(jurisdiction);
        String where = " where " + scope.definitionCondition("p.jurisdiction", params)
                + (jurisdiction == null ? "" : " and (p.jurisdiction = :code or p.jurisdiction like :below escape '\\')");
        return jdbc.sql(SELECT_PLAN + where + " order by p.jurisdiction, p.period_from, p.plan_id")
                .params(params)
                .query((rs, n) -> plan(rs))
                .list();
    }

    /** One plan, for the progress queries too. */
    public Optional<PlanView> plan(String planId) {
        return jdbc.sql(SELECT_PLAN + " where p.plan_id = :planId")
                .param("planId", planId)
                .query((rs, n) -> plan(rs))
                .optional();
    }

    Optional<PlanDetailView> detail(String planId) {
        return plan(planId).map(plan -> new PlanDetailView(plan, programmes(planId), indicators(planId)));
    }

    private List<PlanDetailView.Programme> programmes(String planId) {
        Map<String, List<PlanDetailView.Target>> targets = new LinkedHashMap<>();
        for (PlanDetailView.Target target : targets(planId)) {
            targets.computeIfAbsent(target.programmeId(), id -> new ArrayList<>()).add(target);
        }
        List<PlanDetailView.Programme> programmes = new ArrayList<>(jdbc.sql("""
                        select * from plan_programme where plan_id = :planId order by defined_sequence""")
                .param("planId", planId)
                .query((rs, n) -> new PlanDetailView.Programme(rs.getString("programme_id"), rs.getString("name"),
                        rs.getString("kind"), rs.getString("number"), SourceView.read(rs.getString("source")),
                        List.copyOf(targets.getOrDefault(rs.getString("programme_id"), List.of()))))
                .list());
        // targets of a programme whose definition has not arrived (the command side defines it first; a read model
        // still shows them rather than hiding them)
        for (Map.Entry<String, List<PlanDetailView.Target>> entry : targets.entrySet()) {
            if (programmes.stream().noneMatch(p -> p.programmeId().equals(entry.getKey()))) {
                programmes.add(new PlanDetailView.Programme(entry.getKey(), null, null, null, null, List.copyOf(entry.getValue())));
            }
        }
        return programmes;
    }

    private List<PlanDetailView.Target> targets(String planId) {
        return jdbc.sql("select * from plan_target where plan_id = :planId order by defined_sequence")
                .param("planId", planId)
                .query((rs, n) -> target(rs))
                .list();
    }

    private List<PlanDetailView.Indicator> indicators(String planId) {
        return jdbc.sql("""
                        select * from plan_indicator where plan_id = :planId
                        order by case attribute when 'BINDING' then 0 when 'EXPECTED' then 1 else 2 end, defined_sequence""")
                .param("planId", planId)
                .query((rs, n) -> indicator(rs))
                .list();
    }

    /** A {@code plan_target} row. */
    public static PlanDetailView.Target target(ResultSet rs) throws SQLException {
        QuantityView planned = QuantityView.read(rs, "planned");
        return new PlanDetailView.Target(rs.getString("target_id"), rs.getString("programme_id"), rs.getString("name"),
                rs.getString("counts"), planned, planned == null ? null : TargetRules.goal(planned.quantity()),
                rs.getString("firmness"), rs.getString("indicator_id"), rs.getString("per"),
                JsonColumns.readFlags(rs.getString("flags")), rs.getInt("revisions"), SourceView.read(rs.getString("source")));
    }

    /** A {@code plan_indicator} row. */
    public static PlanDetailView.Indicator indicator(ResultSet rs) throws SQLException {
        Integer baselineYear = rs.getObject("baseline_year", Integer.class);
        BigDecimal baselineValue = rs.getBigDecimal("baseline_value");
        PlanDetailView.Baseline baseline = baselineYear == null || baselineValue == null ? null
                : new PlanDetailView.Baseline(baselineYear, Numbers.plain(baselineValue), rs.getString("baseline_as_written"));
        QuantityView target = QuantityView.read(rs, "target");
        return new PlanDetailView.Indicator(rs.getString("indicator_id"), rs.getString("name"), rs.getString("unit"),
                rs.getString("attribute"), rs.getString("concept"), baseline,
                new PlanDetailView.IndicatorTarget(rs.getObject("target_year", Integer.class), target.comparator(),
                        target.value(), target.min(), target.max(), target.asWritten()),
                JsonColumns.readFlags(rs.getString("flags")), rs.getInt("revisions"), SourceView.read(rs.getString("source")));
    }

    /** A {@code plan} row joined with its jurisdiction's name. */
    public static PlanView plan(ResultSet rs) throws SQLException {
        return new PlanView(rs.getString("plan_id"), rs.getString("jurisdiction"), rs.getString("jurisdiction_name"),
                rs.getString("title"), rs.getString("type"), rs.getInt("period_from"), rs.getInt("period_to"),
                rs.getObject("baseline_year", Integer.class), rs.getString("issuer"), rs.getString("document_number"),
                rs.getObject("published", LocalDate.class), JsonColumns.readFlags(rs.getString("flags")),
                SourceView.read(rs.getString("source")), rs.getObject("registered_on", LocalDate.class),
                rs.getObject("last_event_on", LocalDate.class), rs.getLong("version"));
    }

    /** Parameters {@code code} and {@code below} of a subtree condition (none without a jurisdiction). */
    public static Map<String, Object> subtree(JurisdictionCode code) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (code != null) {
            params.put("code", code.value());
            params.put("below", QueryParameters.belowPattern(code.value()));
        }
        return params;
    }
}
