package cn.edutrack.query.progress.api;

import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.plan.api.PlanDetailView;
import cn.edutrack.query.plan.api.PlanQueries;
import cn.edutrack.query.readmodel.ReadModelTables;
import cn.edutrack.query.web.QueryParameters;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts and sums per target, per child jurisdiction and per programme, as of a business date (see {@link ProgressSql}),
 * over the projects of the caller's jurisdiction and below.
 */
@Repository
class TargetProgressQueries {

    /** A target as defined, with its figures. */
    record TargetFigures(PlanDetailView.Target target, Figures figures) {
    }

    /** A portfolio project on a target. */
    record PortfolioRow(String targetId, PlanProgressView.Portfolio portfolio) {
    }

    /** Figures of a group (a child jurisdiction, a programme) in one unit. */
    record GroupFigures(String group, String name, String counts, long targets, Figures figures) {
    }

    private final JdbcClient jdbc;

    TargetProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every target of the plan, in the order defined, with the figures of its leaf projects. */
    List<TargetFigures> targets(String planId, LocalDate asOf, CallerScope scope) {
        return targets(planId, asOf, scope, ReadModelTables.LIVE);
    }

    /** {@link #targets(String, LocalDate, CallerScope)} over the given read models (live, or a replay's scratch ones). */
    List<TargetFigures> targets(String planId, LocalDate asOf, CallerScope scope, ReadModelTables tables) {
        return jdbc.sql(ProgressSql.rows(tables) + """
                        select t.*, %s
                        from %s t
                        left join reached r on r.target_id = t.target_id and not r.portfolio
                        where t.plan_id = :planId
                        group by t.plan_id, t.target_id
                        order by t.defined_sequence""".formatted(ProgressSql.FIGURES, tables.planTarget()))
                .params(ProgressSql.parameters(planId, asOf, scope))
                .query((rs, n) -> new TargetFigures(PlanQueries.target(rs), ProgressSql.figures(rs)))
                .list();
    }

    /**
     * Portfolio projects on the plan's targets, with the sums of the leaf projects beneath them (children, or the
     * children of child portfolios: 57 = 15 kindergartens + 42 schools) on the same target.
     */
    List<PortfolioRow> portfolios(String planId, LocalDate asOf, CallerScope scope) {
        return portfolios(planId, asOf, scope, ReadModelTables.LIVE);
    }

    /** {@link #portfolios(String, LocalDate, CallerScope)} over the given read models. */
    List<PortfolioRow> portfolios(String planId, LocalDate asOf, CallerScope scope, ReadModelTables tables) {
        return jdbc.sql(ProgressSql.rows(tables) + """
                        , descendant as (
                            select a.parent_project_id as root, a.project_id
                            from %1$s a where a.plan_id = :planId and a.parent_project_id is not null
                            union
                            select d.root, a.project_id
                            from descendant d join %1$s a on a.parent_project_id = d.project_id
                        )
                        select p.target_id, p.project_id, p.title, p.declared,
                            count(ch.project_id) as child_projects,
                            coalesce(sum(ch.declared), 0) as children_declared,
                            coalesce(sum(ch.value) filter (where ch.delivered), 0) as children_delivered
                        from reached p
                        left join descendant d on d.root = p.project_id
                        left join reached ch on ch.project_id = d.project_id and ch.target_id = p.target_id
                            and not ch.portfolio
                        where p.portfolio
                        group by p.target_id, p.project_id, p.title, p.declared
                        order by p.target_id, p.project_id""".formatted(tables.assignment()))
                .params(ProgressSql.parameters(planId, asOf, scope))
                .query((rs, n) -> new PortfolioRow(rs.getString("target_id"), new PlanProgressView.Portfolio(
                        rs.getString("project_id"), rs.getString("title"), Figures.plain(rs.getBigDecimal("declared")),
                        rs.getLong("child_projects"), Figures.plain(rs.getBigDecimal("children_declared")),
                        Figures.plain(rs.getBigDecimal("children_delivered")))))
                .list();
    }

    /** One target's figures per jurisdiction one level below {@code base}. */
    List<GroupFigures> byJurisdiction(String planId, String targetId, String base, LocalDate asOf, CallerScope scope) {
        return jdbc.sql(ProgressSql.ROWS + """
                        select g.*, j.name from (
                            select %s as code, null as counts, 1 as targets, %s
                            from reached r
                            where not r.portfolio and r.target_id = :targetId
                            group by 1) g
                        left join jurisdiction j on j.code = g.code
                        order by g.code""".formatted(ProgressSql.CHILD_JURISDICTION, ProgressSql.FIGURES))
                .params(ProgressSql.parameters(planId, asOf, scope))
                .params(base(base))
                .param("targetId", targetId)
                .query((rs, n) -> group(rs))
                .list();
    }

    /** The plan's targets summed per programme and unit. */
    List<GroupFigures> rollupByProgramme(String planId, LocalDate asOf, CallerScope scope) {
        return jdbc.sql(ProgressSql.ROWS + """
                        select g.*, pp.name from (
                            select t.programme_id as code, t.counts, count(distinct t.target_id) as targets, %s
                            from plan_target t
                            left join reached r on r.target_id = t.target_id and not r.portfolio
                            where t.plan_id = :planId
                            group by t.programme_id, t.counts) g
                        left join plan_programme pp on pp.plan_id = :planId and pp.programme_id = g.code
                        order by pp.defined_sequence nulls last, g.code, g.counts""".formatted(ProgressSql.FIGURES))
                .params(ProgressSql.parameters(planId, asOf, scope))
                .query((rs, n) -> group(rs))
                .list();
    }

    /** The plan's targets summed per child jurisdiction of {@code base} and unit. */
    List<GroupFigures> rollupByJurisdiction(String planId, String base, LocalDate asOf, CallerScope scope) {
        return jdbc.sql(ProgressSql.ROWS + """
                        select g.*, j.name from (
                            select %s as code, r.counts, count(distinct r.target_id) as targets, %s
                            from reached r
                            where not r.portfolio
                            group by 1, 2) g
                        left join jurisdiction j on j.code = g.code
                        order by g.code, g.counts""".formatted(ProgressSql.CHILD_JURISDICTION, ProgressSql.FIGURES))
                .params(ProgressSql.parameters(planId, asOf, scope))
                .params(base(base))
                .query((rs, n) -> group(rs))
                .list();
    }

    /**
     * Every plan's projects in {@code base} and below, summed per child jurisdiction of {@code base} and unit; a
     * project on several targets of the same unit counts once (with its largest amount), and a project belongs to
     * one plan, so nothing is counted twice.
     */
    List<GroupFigures> rollupAcrossPlans(String base, LocalDate asOf, CallerScope scope) {
        Map<String, Object> params = new LinkedHashMap<>(ProgressSql.parameters(null, asOf, scope));
        params.remove("planId");
        params.putAll(base(base));
        return jdbc.sql(ProgressSql.ROWS_ALL_PLANS + """
                        , one_per_unit as (
                            select distinct on (r.project_id, r.counts) r.*
                            from reached r
                            where not r.portfolio and (r.jurisdiction = :base or r.jurisdiction like :below escape '\\')
                            order by r.project_id, r.counts, r.value desc nulls last
                        )
                        select g.*, j.name from (
                            -- "targets" holds the number of plans here (the row reader is shared)
                            select %s as code, r.counts, count(distinct a.plan_id) as targets, %s
                            from one_per_unit r join project_plan_assignment a on a.project_id = r.project_id
                            group by 1, 2) g
                        left join jurisdiction j on j.code = g.code
                        order by g.code, g.counts""".formatted(ProgressSql.CHILD_JURISDICTION, ProgressSql.FIGURES))
                .params(params)
                .query((rs, n) -> group(rs))
                .list();
    }

    private static Map<String, Object> base(String base) {
        return Map.of("base", base, "below", QueryParameters.belowPattern(base));
    }

    private static GroupFigures group(ResultSet rs) throws SQLException {
        return new GroupFigures(rs.getString("code"), rs.getString("name"), rs.getString("counts"), rs.getLong("targets"),
                ProgressSql.figures(rs));
    }
}
