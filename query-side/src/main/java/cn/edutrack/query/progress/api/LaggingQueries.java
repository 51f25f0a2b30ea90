package cn.edutrack.query.progress.api;

import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.project.AcceptanceFailed;
import cn.edutrack.events.project.RecheckRecorded;
import cn.edutrack.events.project.RectificationOrdered;
import cn.edutrack.events.project.SummonsIssued;
import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.plan.api.PlanQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Overdue, failed-acceptance and stale projects, and overdue rectification orders, as of a business date, among the
 * projects of the caller's jurisdiction and below (and of the jurisdiction asked for). The events are read as they
 * count ({@code project_effective_timeline}: corrections applied, a correction itself is no event of the project).
 */
@Repository
class LaggingQueries {

    /** Days without an event after which an open project is stale. */
    static final int STALE_DAYS = 90;

    /**
     * The projects of the selection registered by {@code :asOf}, with their plan assignment, their latest event date
     * up to {@code :asOf} (supervisors' actions are not news of the project: an order or a summons does not make a
     * project look active; nor is a correction of an earlier event), their last failed inspection up to {@code :asOf}, their due date, and whether they are
     * closed by {@code :asOf} (in service, concluded, granted, rejected or cancelled).
     */
    private static final String PROJECTS = """
            with project as (
                select s.project_id, s.title, s.jurisdiction, s.track, s.status, s.planned_completion, s.accepted_on,
                    s.cancelled_on, a.plan_id, a.target_id, a.due_year,
                    least(s.planned_completion, make_date(a.due_year, 12, 31)) as due,
                    (select max(t.business_date) from project_effective_timeline t
                     where t.project_id = s.project_id and t.business_date <= :asOf
                       and t.event_type not in (:supervisionTypes)) as last_event_by,
                    coalesce(s.in_service_on <= :asOf or s.concluded_on <= :asOf or s.granted_on <= :asOf
                             or s.rejected_on <= :asOf or s.cancelled_on <= :asOf, false) as closed,
                    f.business_date as failed_on, cast(f.payload ->> 'rectificationDeadline' as date) as deadline,
                    (select count(*) from project_effective_timeline t where t.project_id = s.project_id
                     and t.event_type = :failedType and t.business_date <= :asOf) as failures
                from project_summary s
                left join project_plan_assignment a on a.project_id = s.project_id
                left join lateral (
                    select t.business_date, t.payload from project_effective_timeline t
                    where t.project_id = s.project_id and t.event_type = :failedType and t.business_date <= :asOf
                    order by t.sequence desc limit 1) f on true
                where s.registered_on <= :asOf and %s
            )
            select p.*, cast(cast(:asOf as date) - p.due as bigint) as days_overdue,
                cast(cast(:asOf as date) - p.last_event_by as bigint) as days_since_last_event
            from project p
            """;

    /**
     * Rectification orders given by {@code :asOf} and not found rectified by a re-check up to {@code :asOf}, with the
     * deadline in force on {@code :asOf} (the latest new deadline of a re-check up to then, else the order's own)
     * and their re-checks up to then.
     */
    private static final String ORDERS = """
            with open_order as (
                select o.project_id, s.title, s.jurisdiction, s.status, o.order_number, o.ordered_on, o.issuing_body,
                    o.findings, coalesce(d.new_deadline, o.original_deadline) as deadline,
                    coalesce(r.rechecks, 0) as rechecks, r.last_on, r.last_result
                from rectification_order o
                join project_summary s on s.project_id = o.project_id
                left join lateral (
                    select cast(t.payload ->> 'newDeadline' as date) as new_deadline from project_effective_timeline t
                    where t.project_id = o.project_id and t.event_type = :recheckType and t.business_date <= :asOf
                      and cast(t.payload ->> 'orderNumber' as integer) = o.order_number
                      and t.payload ->> 'newDeadline' is not null
                    order by t.sequence desc limit 1) d on true
                left join lateral (
                    select count(*) as rechecks, max(t.business_date) as last_on,
                        (array_agg(t.payload ->> 'result' order by t.sequence desc))[1] as last_result
                    from project_effective_timeline t
                    where t.project_id = o.project_id and t.event_type = :recheckType and t.business_date <= :asOf
                      and cast(t.payload ->> 'orderNumber' as integer) = o.order_number) r on true
                where o.ordered_on <= :asOf and (o.closed_on is null or o.closed_on > :asOf) and %s
            )
            select o.*, cast(cast(:asOf as date) - o.deadline as bigint) as days_overdue
            from open_order o
            where o.deadline < :asOf
            order by o.deadline, o.project_id, o.order_number
            """;

    private final JdbcClient jdbc;

    LaggingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open projects past their due date, longest overdue first. */
    List<LaggingView.Project> overdue(JurisdictionCode jurisdiction, CallerScope scope, LocalDate asOf) {
        return query(jurisdiction, scope, asOf, "where not p.closed and p.due < :asOf order by p.due, p.project_id");
    }

    /** Projects that failed an inspection and were not accepted (nor cancelled) since, earliest deadline first. */
    List<LaggingView.Project> failedAcceptance(JurisdictionCode jurisdiction, CallerScope scope, LocalDate asOf) {
        return query(jurisdiction, scope, asOf, """
                where p.failed_on is not null and not coalesce(p.accepted_on <= :asOf, false)
                    and not coalesce(p.cancelled_on <= :asOf, false)
                order by p.deadline nulls last, p.project_id""");
    }

    /** Open projects without an event for {@value #STALE_DAYS} days or more before the date, idlest first. */
    List<LaggingView.Project> stale(JurisdictionCode jurisdiction, CallerScope scope, LocalDate asOf) {
        return query(jurisdiction, scope, asOf, "where not p.closed and cast(:asOf as date) - p.last_event_by >= "
                + STALE_DAYS + " order by p.last_event_by, p.project_id");
    }

    /** Rectification orders still open on the date whose deadline in force lies before it, most overdue first. */
    List<LaggingView.OverdueOrder> rectificationOverdue(JurisdictionCode jurisdiction, CallerScope scope, LocalDate asOf) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("asOf", asOf);
        params.put("recheckType", EventCatalog.of(RecheckRecorded.class).ceType());
        return jdbc.sql(ORDERS.formatted(selection(jurisdiction, scope, params)))
                .params(params)
                .query((rs, n) -> new LaggingView.OverdueOrder(rs.getString("project_id"), rs.getString("title"),
                        rs.getString("jurisdiction"), rs.getString("status"), rs.getInt("order_number"),
                        rs.getObject("ordered_on", LocalDate.class), rs.getString("issuing_body"), rs.getString("findings"),
                        rs.getObject("deadline", LocalDate.class), rs.getLong("days_overdue"), rs.getInt("rechecks"),
                        rs.getObject("last_on", LocalDate.class), rs.getString("last_result")))
                .list();
    }

    private List<LaggingView.Project> query(JurisdictionCode jurisdiction, CallerScope scope, LocalDate asOf,
            String condition) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("asOf", asOf);
        params.put("failedType", EventCatalog.of(AcceptanceFailed.class).ceType());
        params.put("supervisionTypes", List.of(EventCatalog.of(RectificationOrdered.class).ceType(),
                EventCatalog.of(SummonsIssued.class).ceType(), EventCatalog.of(RecheckRecorded.class).ceType()));
        return jdbc.sql(PROJECTS.formatted(selection(jurisdiction, scope, params)) + condition)
                .params(params)
                .query((rs, n) -> project(rs, asOf))
                .list();
    }

    /** The projects asked about ({@code s}): in the caller's scope, and in the jurisdiction asked for when there is one. */
    private static String selection(JurisdictionCode jurisdiction, CallerScope scope, Map<String, Object> params) {
        String inScope = scope.jurisdictionCondition("s.jurisdiction", params);
        if (jurisdiction == null) {
            return inScope;
        }
        params.putAll(PlanQueries.subtree(jurisdiction));
        return inScope + " and (s.jurisdiction = :code or s.jurisdiction like :below escape '\\')";
    }

    private static LaggingView.Project project(ResultSet rs, LocalDate asOf) throws SQLException {
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        Long daysOverdue = rs.getObject("days_overdue", Long.class);
        return new LaggingView.Project(rs.getString("project_id"), rs.getString("title"), rs.getString("jurisdiction"),
                rs.getString("track"), rs.getString("status"), rs.getString("plan_id"), rs.getString("target_id"),
                rs.getObject("planned_completion", LocalDate.class), rs.getObject("due_year", Integer.class),
                rs.getObject("due", LocalDate.class), daysOverdue != null && daysOverdue > 0 ? daysOverdue : null,
                rs.getObject("failed_on", LocalDate.class), rs.getInt("failures"), deadline,
                deadline != null && deadline.isBefore(asOf), rs.getObject("last_event_by", LocalDate.class),
                rs.getObject("days_since_last_event", Long.class));
    }
}
