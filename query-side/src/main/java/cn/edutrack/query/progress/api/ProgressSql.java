package cn.edutrack.query.progress.api;

import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.project.AcceptanceFailed;
import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.progress.Units;
import cn.edutrack.query.readmodel.ReadModelTables;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQL every target figure is counted with. {@link #ROWS} is one row per (leaf or portfolio project,
 * target) of a plan, with what the project reached by {@code :asOf}; {@link #FIGURES} aggregates such rows.
 * Parameters: {@code :planId}, {@code :asOf}, {@code :addable}, {@code :failedType} and the caller's scope
 * {@code :scopeCode}, {@code :scopeBelow} (see {@link #parameters}): a project outside the caller's jurisdiction
 * never counts, whatever plan it is assigned to.
 */
final class ProgressSql {

    /** "Reached by asOf": the milestone date is known and not after the date. */
    private static String by(String column) {
        return "coalesce(s." + column + " <= :asOf, false)";
    }

    private static final String COMPLETED = "(" + by("completed_on") + " or " + by("handed_over_on") + ")";

    /**
     * The contributions of the plan's projects registered by {@code :asOf}, summed per project and target, only in
     * units that add to the target's unit; each with its project's stages by {@code :asOf}:
     * <ul>
     *   <li>{@code portfolio}: another project names this one as its parent (its total is never added);</li>
     *   <li>{@code delivered}: construction accepted and in service; reform concluded; designation granted;</li>
     *   <li>{@code furthest}: for the pipeline, COMPLETED (completed, handed over, evaluated, or past them),
     *       UNDER_CONSTRUCTION (construction started, reform launched, designation applied for), APPROVED;</li>
     *   <li>{@code value}: for places, streams and classes the actual capacity once the project is completed (when
     *       it states one), else the declared contribution.</li>
     * </ul>
     * Over the live read models, or over scratch ones (a plan's projects replayed as known at a recording time).
     */
    static String rows(ReadModelTables tables) {
        return """
            with recursive contribution as (
                select c.project_id, c.target_id, t.programme_id, t.counts, sum(c.value) as declared
                from %14$s c
                join %15$s t on t.plan_id = c.plan_id and t.target_id = c.target_id
                where c.plan_id = :planId and (c.counts || '>' || t.counts) in (:addable)
                group by c.project_id, c.target_id, t.programme_id, t.counts
            ), reached as (
                select c.project_id, c.target_id, c.programme_id, c.counts, c.declared,
                    a.parent_project_id,
                    exists (select 1 from %16$s ch where ch.parent_project_id = c.project_id) as portfolio,
                    s.title, s.jurisdiction,
                    %1$s as approved,
                    %2$s as funded,
                    %3$s as construction_started,
                    %4$s as completed,
                    %5$s as accepted,
                    %6$s as in_service,
                    exists (select 1 from %17$s f where f.project_id = s.project_id
                            and f.event_type = :failedType and f.business_date <= :asOf)
                        and not %5$s as acceptance_failed,
                    %7$s as cancelled,
                    case s.track
                        when 'CONSTRUCTION' then %5$s and %6$s
                        when 'REFORM' then %8$s
                        else %9$s end as delivered,
                    case when %4$s or %10$s or %5$s or %6$s then 'COMPLETED'
                         when %3$s or %11$s or %12$s then 'UNDER_CONSTRUCTION'
                         when %1$s then 'APPROVED' end as furthest,
                    case when c.counts in ('PLACES', 'STREAMS', 'CLASSES') and %4$s
                              and coalesce(case c.counts when 'PLACES' then s.delivered_places
                                  when 'STREAMS' then s.delivered_streams else s.delivered_classes end, 0) > 0
                         then (case c.counts when 'PLACES' then s.delivered_places
                                  when 'STREAMS' then s.delivered_streams else s.delivered_classes end)::numeric
                         else c.declared end as value
                from contribution c
                join %16$s a on a.project_id = c.project_id
                join %18$s s on s.project_id = c.project_id
                where s.registered_on <= :asOf and %13$s
            )
            """.formatted(by("approved_on"), by("funded_on"), by("construction_started_on"), COMPLETED,
            by("accepted_on"), by("in_service_on"), by("cancelled_on"), by("concluded_on"), by("granted_on"),
            by("evaluated_on"), by("launched_on"), by("applied_on"), CallerScope.inJurisdiction("s.jurisdiction"),
            tables.contribution(), tables.planTarget(), tables.assignment(), tables.timeline(), tables.summary());
    }

    /** {@link #rows} of the live read models. */
    static final String ROWS = rows(ReadModelTables.LIVE);

    /** {@link #ROWS} over the projects of every plan (no {@code :planId}), for roll-ups across plans. */
    static final String ROWS_ALL_PLANS = ROWS.replace("where c.plan_id = :planId and ", "where ");

    /** The figures of a group of {@code reached} rows aliased {@code r} (rows of a left join may all be null). */
    static final String FIGURES = """
            count(r.project_id) as projects,
            count(*) filter (where r.approved) as approved,
            count(*) filter (where r.funded) as funded,
            count(*) filter (where r.construction_started) as construction_started,
            count(*) filter (where r.completed) as completed,
            count(*) filter (where r.accepted) as accepted,
            count(*) filter (where r.in_service) as in_service,
            count(*) filter (where r.acceptance_failed) as acceptance_failed,
            count(*) filter (where r.cancelled) as cancelled,
            coalesce(sum(r.value) filter (where r.delivered), 0) as delivered,
            coalesce(sum(r.value) filter (where not r.delivered and not r.cancelled and r.furthest = 'APPROVED'), 0)
                as pipeline_approved,
            coalesce(sum(r.value) filter (where not r.delivered and not r.cancelled and r.furthest = 'UNDER_CONSTRUCTION'), 0)
                as pipeline_under_construction,
            coalesce(sum(r.value) filter (where not r.delivered and not r.cancelled and r.furthest = 'COMPLETED'), 0)
                as pipeline_completed""";

    /**
     * The child jurisdiction of {@code :base} a row's project lies in ({@code CN-13/邯郸市/武安市/某镇} under
     * {@code CN-13/邯郸市} is {@code CN-13/邯郸市/武安市}); a project of the base itself (or outside it) keeps its own code.
     */
    static final String CHILD_JURISDICTION = """
            case when r.jurisdiction like :below escape '\\'
                 then :base || '/' || split_part(substr(r.jurisdiction, char_length(:base) + 2), '/', 1)
                 else r.jurisdiction end""";

    private ProgressSql() {
    }

    /** The parameters of {@link #ROWS}: only projects in the caller's jurisdiction and below count. */
    static Map<String, Object> parameters(String planId, LocalDate asOf, CallerScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        scope.bindJurisdiction(params);
        params.put("planId", planId);
        params.put("asOf", asOf);
        params.put("addable", Units.addablePairs());
        params.put("failedType", EventCatalog.of(AcceptanceFailed.class).ceType());
        return params;
    }

    static Figures figures(ResultSet rs) throws SQLException {
        return new Figures(
                rs.getLong("projects"),
                new Figures.Stages(rs.getLong("approved"), rs.getLong("funded"), rs.getLong("construction_started"),
                        rs.getLong("completed"), rs.getLong("accepted"), rs.getLong("in_service"),
                        rs.getLong("acceptance_failed"), rs.getLong("cancelled")),
                Figures.plain(rs.getBigDecimal("delivered")),
                new Figures.Pipeline(Figures.plain(rs.getBigDecimal("pipeline_approved")),
                        Figures.plain(rs.getBigDecimal("pipeline_under_construction")),
                        Figures.plain(rs.getBigDecimal("pipeline_completed"))));
    }
}
