package cn.edutrack.query.progress.api;

import cn.edutrack.query.web.QueryParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sums of approved budgets and allocations over a selection of projects (see {@link MoneyView}). */
@Repository
class MoneyQueries {

    /** The projects asked for: an SQL condition over {@code s} (project_summary) and {@code a} (assignment). */
    record Selection(String condition, Map<String, Object> parameters) {
    }

    record Totals(long projects, long portfoliosExcluded, BigDecimal approvedBudget, BigDecimal allocated) {
    }

    private static final String SELECTED = """
            with candidate as (
                select s.project_id, s.jurisdiction, s.approved_budget, s.allocated_total,
                    exists (select 1 from project_plan_assignment c where c.parent_project_id = s.project_id) as portfolio
                from project_summary s
                left join project_plan_assignment a on a.project_id = s.project_id
                where %s
            ), selected as (
                select * from candidate where not portfolio
            )
            """;

    private final JdbcClient jdbc;

    MoneyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Totals totals(Selection selection) {
        return jdbc.sql(SELECTED.formatted(selection.condition()) + """
                        select count(*) filter (where not portfolio) as projects,
                            count(*) filter (where portfolio) as portfolios,
                            coalesce(sum(approved_budget) filter (where not portfolio), 0) as approved_budget,
                            coalesce(sum(allocated_total) filter (where not portfolio), 0) as allocated
                        from candidate""")
                .params(selection.parameters())
                .query((rs, n) -> new Totals(rs.getLong("projects"), rs.getLong("portfolios"),
                        rs.getBigDecimal("approved_budget"), rs.getBigDecimal("allocated")))
                .single();
    }

    List<MoneyView.BySource> bySource(Selection selection) {
        return jdbc.sql(SELECTED.formatted(selection.condition()) + """
                        select f.source, sum(f.amount) as amount, sum(f.allocations) as allocations,
                            count(distinct f.project_id) as projects
                        from project_funding_by_source f join selected p on p.project_id = f.project_id
                        group by f.source order by f.source""")
                .params(selection.parameters())
                .query((rs, n) -> new MoneyView.BySource(rs.getString("source"), money(rs.getBigDecimal("amount")),
                        rs.getLong("allocations"), rs.getLong("projects")))
                .list();
    }

    /**
     * Per child jurisdiction of {@code base} (a project of the base itself keeps the base's code); without a base,
     * per top-level jurisdiction (the first part of the code).
     */
    List<MoneyView.ByJurisdiction> byJurisdiction(Selection selection, String base) {
        String group = base == null ? "split_part(p.jurisdiction, '/', 1)" : """
                case when p.jurisdiction like :below escape '\\'
                     then :base || '/' || split_part(substr(p.jurisdiction, char_length(:base) + 2), '/', 1)
                     else p.jurisdiction end""";
        var spec = jdbc.sql(SELECTED.formatted(selection.condition()) + """
                        select g.*, j.name from (
                            select %s as code, count(*) as projects,
                                coalesce(sum(p.approved_budget), 0) as approved_budget,
                                coalesce(sum(p.allocated_total), 0) as allocated
                            from selected p group by 1) g
                        left join jurisdiction j on j.code = g.code
                        order by g.code""".formatted(group))
                .params(selection.parameters());
        if (base != null) {
            spec = spec.param("base", base).param("below", QueryParameters.belowPattern(base));
        }
        return spec.query((rs, n) -> new MoneyView.ByJurisdiction(rs.getString("code"), rs.getString("name"),
                        rs.getLong("projects"), money(rs.getBigDecimal("approved_budget")), money(rs.getBigDecimal("allocated"))))
                .list();
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
