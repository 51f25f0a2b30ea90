package cn.edutrack.query.project.api;

import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.readmodel.JsonColumns;
import cn.edutrack.query.readmodel.ReadModelTables;
import cn.edutrack.query.web.Paging;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the project read models. */
@Repository
class ProjectQueries {

    /**
     * The summary row with its allocations by source as {@code SOURCE=amount;SOURCE=amount}, sources in order, and its
     * rectification orders as a JSON array in order (null without any), from the given tables.
     */
    private static String selectSummary(ReadModelTables tables) {
        return """
                select s.*,
                    (select string_agg(f.source || '=' || f.amount::text, ';' order by f.source)
                     from %s f where f.project_id = s.project_id) as funding,
                    (select json_agg(json_build_object('orderNumber', o.order_number, 'orderedOn', o.ordered_on,
                            'issuingBody', o.issuing_body, 'findings', o.findings, 'deadline', o.deadline,
                            'originalDeadline', o.original_deadline, 'status', o.status, 'closedOn', o.closed_on,
                            'rechecks', o.rechecks, 'lastRecheckOn', o.last_recheck_on,
                            'lastRecheckResult', o.last_recheck_result, 'lastRecheckFindings', o.last_recheck_findings)
                            order by o.order_number)::text
                     from %s o where o.project_id = s.project_id) as rectification_orders
                from %s s""".formatted(tables.funding(), tables.rectificationOrder(), tables.summary());
    }

    private static final String SELECT_SUMMARY = selectSummary(ReadModelTables.LIVE);

    /** Where a project lies and who owns it: what decides who may read it. */
    record Ownership(String jurisdiction, String ownerOrganisation) {
    }

    private final JdbcClient jdbc;

    ProjectQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProjectSummaryView> summary(String projectId) {
        return summary(projectId, ReadModelTables.LIVE);
    }

    /** The summary from the live tables or from scratch ones (a replay's, in its transaction). */
    Optional<ProjectSummaryView> summary(String projectId, ReadModelTables tables) {
        return jdbc.sql(selectSummary(tables) + " where s.project_id = :projectId")
                .param("projectId", projectId)
                .query((rs, n) -> summary(rs))
                .optional();
    }

    Optional<Ownership> ownership(String projectId) {
        return jdbc.sql("select jurisdiction, owner_organisation from project_summary where project_id = :projectId")
                .param("projectId", projectId)
                .query((rs, n) -> new Ownership(rs.getString("jurisdiction"), rs.getString("owner_organisation")))
                .optional();
    }

    /** A page of the projects matching the search among those the caller may see. */
    List<ProjectSummaryView> search(ProjectSearch search, CallerScope scope, ProjectSort sort, Paging paging) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql(SELECT_SUMMARY + where(search, scope, params) + " order by " + sort.orderBy()
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> summary(rs))
                .list();
    }

    /** How many projects match the search among those the caller may see. */
    long count(ProjectSearch search, CallerScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select count(*) from project_summary" + where(search, scope, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    Optional<TimelineView> timeline(String projectId) {
        Optional<Long> version = jdbc.sql("select version from project_summary where project_id = :projectId")
                .param("projectId", projectId)
                .query(Long.class)
                .optional();
        return version.map(v -> new TimelineView(projectId, v, jdbc.sql("""
                        select sequence, event_id, event_type, business_date, recorded_at, summary, payload::text as payload,
                            actor_user_id, actor_role, actor_organisation, actor_jurisdiction, comment, request_id,
                            causation_id, correlation_id, corrects_sequence
                        from project_timeline where project_id = :projectId order by sequence
                        """)
                .param("projectId", projectId)
                .query((rs, n) -> timelineEntry(rs))
                .list()));
    }

    /** A {@code project_timeline} row. */
    static TimelineView.Entry timelineEntry(ResultSet rs) throws SQLException {
        return new TimelineView.Entry(
                rs.getLong("sequence"),
                rs.getString("event_id"),
                rs.getString("event_type"),
                rs.getObject("business_date", LocalDate.class),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("summary"),
                rs.getString("payload"),
                rs.getString("actor_user_id") == null ? null : new TimelineView.RecordedBy(
                        rs.getString("actor_user_id"), rs.getString("actor_role"),
                        rs.getString("actor_organisation"), rs.getString("actor_jurisdiction")),
                rs.getString("comment"),
                rs.getString("request_id"),
                rs.getString("causation_id"),
                rs.getString("correlation_id"),
                rs.getObject("corrects_sequence", Long.class));
    }

    private static String where(ProjectSearch search, CallerScope scope, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add(scope.projectCondition("jurisdiction", "owner_organisation", params));
        if (search.jurisdiction() != null) {
            conditions.add("(jurisdiction = :jurisdiction or jurisdiction like :below escape '\\')");
            params.put("jurisdiction", search.jurisdiction().value());
            params.put("below", ProjectSearch.belowPattern(search.jurisdiction()));
        }
        if (search.track() != null) {
            conditions.add("track = :track");
            params.put("track", search.track().name());
        }
        if (!search.statuses().isEmpty()) {
            conditions.add("status in (:statuses)");
            params.put("statuses", search.statuses().stream().map(Enum::name).toList());
        }
        if (search.titleText() != null) {
            conditions.add("title ilike :title escape '\\'");
            params.put("title", ProjectSearch.containsPattern(search.titleText()));
        }
        return " where " + String.join(" and ", conditions);
    }

    private static ProjectSummaryView summary(ResultSet rs) throws SQLException {
        List<ProjectSummaryView.RectificationOrder> orders = rectificationOrders(rs.getString("rectification_orders"));
        return new ProjectSummaryView(
                rs.getString("project_id"),
                rs.getString("track"),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("jurisdiction"),
                rs.getString("owner_organisation"),
                rs.getString("responsible_person"),
                rs.getString("plan_reference"),
                rs.getString("status"),
                rs.getString("status_before_suspension"),
                new ProjectSummaryView.Milestones(
                        date(rs, "registered_on"),
                        date(rs, "approved_on"),
                        date(rs, "funded_on"),
                        date(rs, "construction_started_on"),
                        date(rs, "completed_on"),
                        date(rs, "handed_over_on"),
                        date(rs, "acceptance_failed_on"),
                        date(rs, "accepted_on"),
                        date(rs, "in_service_on"),
                        date(rs, "suspended_on"),
                        date(rs, "resumed_on"),
                        date(rs, "cancelled_on"),
                        date(rs, "launched_on"),
                        date(rs, "evaluated_on"),
                        date(rs, "concluded_on"),
                        date(rs, "applied_on"),
                        date(rs, "granted_on"),
                        date(rs, "rejected_on"),
                        date(rs, "site_decommissioned_on")),
                rs.getString("approving_body"),
                rs.getString("approval_document"),
                rs.getString("scope"),
                date(rs, "planned_start"),
                date(rs, "planned_completion"),
                money(rs.getBigDecimal("approved_budget")),
                money(rs.getBigDecimal("allocated_total")),
                allocatedBySource(rs.getString("funding")),
                rs.getObject("percent_complete", Integer.class),
                date(rs, "progress_reported_on"),
                rs.getString("contractor"),
                new ProjectSummaryView.Capacity(rs.getInt("planned_places"), rs.getInt("planned_streams"),
                        rs.getInt("planned_classes")),
                rs.getObject("delivered_places") == null ? null : new ProjectSummaryView.Capacity(
                        rs.getInt("delivered_places"), rs.getInt("delivered_streams"), rs.getInt("delivered_classes")),
                rs.getInt("places_removed"),
                rs.getBigDecimal("floor_area_square_metres"),
                rs.getObject("first_enrolment", Integer.class),
                rs.getInt("acceptance_failures"),
                date(rs, "latest_rectification_deadline"),
                rs.getObject("participating_units", Integer.class),
                rs.getString("evaluation_rating"),
                rs.getObject("evaluation_passed", Boolean.class),
                rs.getString("designation"),
                rs.getString("designation_level"),
                date(rs, "last_event_on"),
                rs.getObject("last_recorded_at", OffsetDateTime.class).toInstant(),
                rs.getLong("version"),
                (int) orders.stream().filter(o -> "OPEN".equals(o.status())).count(),
                orders,
                rs.getInt("summonses"),
                date(rs, "last_summoned_on"));
    }

    private static List<ProjectSummaryView.RectificationOrder> rectificationOrders(String json) {
        ProjectSummaryView.RectificationOrder[] orders = JsonColumns.read(json, ProjectSummaryView.RectificationOrder[].class);
        return orders == null ? List.of() : List.of(orders);
    }

    private static Map<String, String> allocatedBySource(String funding) {
        Map<String, String> bySource = new LinkedHashMap<>();
        if (funding != null) {
            for (String entry : funding.split(";")) {
                int separator = entry.indexOf('=');
                bySource.put(entry.substring(0, separator), entry.substring(separator + 1));
            }
        }
        return bySource;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
