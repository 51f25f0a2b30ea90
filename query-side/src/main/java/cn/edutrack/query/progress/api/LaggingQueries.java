package cn.edutrack.query.progress.api;

import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.project.AcceptanceFailed;
import cn.edutrack.query.plan.api.PlanQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Overdue, failed-acceptance and stale projects as of a business date. */
@Repository
class LaggingQueries {

    /** Days without an event after which an open project is stale. */
    static final int STALE_DAYS = 90;

    /**
     * The projects of the subtree registered by {@code :asOf}, with their plan assignment, their latest event date
     * up to {@code :asOf}, their last failed inspection up to {@code :asOf}, their due date, and whether they are
     * closed by {@code :asOf} (in service, concluded, granted, rejected or cancelled).
     */
    private static final String PROJECTS = """
            with project as (
                select s.project_id, s.title, s.jurisdiction, s.track, s.status, s.planned_completion, s.accepted_on,
                    s.cancelled_on, a.plan_id, a.target_id, a.due_year,
                    least(s.planned_completion, make_date(a.due_year, 12, 31)) as due,
                    (select max(t.business_date) from project_timeline t
                     where t.project_id = s.project_id and t.business_date <= :asOf) as last_event_by,
                    coalesce(s.in_service_on <= :asOf or s.concluded_on <= :asOf or s.granted_on <= :asOf
                             or s.rejected_on <= :asOf or s.cancelled_on <= :asOf, false) as closed,
                    f.business_date as failed_on, cast(f.payload ->> 'rectificationDeadline' as date) as deadline,
                    (select count(*) from project_timeline t where t.project_id = s.project_id
                     and t.event_type = :failedType and t.business_date <= :asOf) as failures
                from project_summary s
                left join project_plan_assignment a on a.project_id = s.project_id
                left join lateral (
                    select t.business_date, t.payload from project_timeline t
                    where t.project_id = s.project_id and t.event_type = :failedType and t.business_date <= :asOf
                    order by t.sequence desc limit 1) f on true
                where s.registered_on <= :asOf %s
            )
            select p.*, cast(cast(:asOf as date) - p.due as bigint) as days_overdue,
                cast(cast(:asOf as date) - p.last_event_by as bigint) as days_since_last_event
            from project p
            """;

    private final JdbcClient jdbc;

    LaggingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open projects past their due date, longest overdue first. */
    List<LaggingView.Project> overdue(JurisdictionCode jurisdiction, LocalDate asOf) {
        return query(jurisdiction, asOf, "where not p.closed and p.due < :asOf order by p.due, p.project_id");
    }

    /** Projects that failed an inspection and were not accepted (nor cancelled) since, earliest deadline first. */
    List<LaggingView.Project> failedAcceptance(JurisdictionCode jurisdiction, LocalDate asOf) {
        return query(jurisdiction, asOf, """
                where p.failed_on is not null and not coalesce(p.accepted_on <= :asOf, false)
                    and not coalesce(p.cancelled_on <= :asOf, false)
                order by p.deadline nulls last, p.project_id""");
    }

    /** Open projects without an event for {@value #STALE_DAYS} days or more before the date, idlest first. */
    List<LaggingView.Project> stale(JurisdictionCode jurisdiction, LocalDate asOf) {
        return query(jurisdiction, asOf, "where not p.closed and cast(:asOf as date) - p.last_event_by >= " + STALE_DAYS
                + " order by p.last_event_by, p.project_id");
    }

    private List<LaggingView.Project> query(JurisdictionCode jurisdiction, LocalDate asOf, String condition) {
        Map<String, Object> params = new LinkedHashMap<>(PlanQueries.subtree(jurisdiction));
        params.put("asOf", asOf);
        params.put("failedType", EventCatalog.of(AcceptanceFailed.class).ceType());
        String subtree = jurisdiction == null ? "" : "and (s.jurisdiction = :code or s.jurisdiction like :below escape '\\')";
        return jdbc.sql(PROJECTS.formatted(subtree) + condition)
                .params(params)
                .query((rs, n) -> project(rs, asOf))
                .list();
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
