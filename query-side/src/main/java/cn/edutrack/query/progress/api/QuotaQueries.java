package cn.edutrack.query.progress.api;

import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.readmodel.JsonColumns;
import cn.edutrack.query.web.QueryParameters;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Reads what quota obligations are counted from. */
@Component
class QuotaQueries {

    /** A project of the plan that carries a quota ({@code quota} is its JSON as published). */
    record QuotaProject(String projectId, String title, String jurisdiction, JsonNode quota) {
    }

    /** A registered jurisdiction. */
    record Unit(String code, String name) {
    }

    /** A child project of a quota project, delivered on {@code deliveredOn}. */
    record Delivery(String jurisdiction, LocalDate deliveredOn) {
    }

    private final JdbcClient jdbc;

    QuotaQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<QuotaProject> quotaProjects(String planId, LocalDate asOf, CallerScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        String inScope = scope.jurisdictionCondition("s.jurisdiction", params);
        return jdbc.sql("""
                        select a.project_id, s.title, s.jurisdiction, a.quota::text as quota
                        from project_plan_assignment a join project_summary s on s.project_id = a.project_id
                        where a.plan_id = :planId and a.quota is not null and s.registered_on <= :asOf and %s
                        order by a.project_id""".formatted(inScope))
                .params(params)
                .param("planId", planId)
                .param("asOf", asOf)
                .query((rs, n) -> new QuotaProject(rs.getString("project_id"), rs.getString("title"),
                        rs.getString("jurisdiction"), JsonColumns.read(rs.getString("quota"), JsonNode.class)))
                .list();
    }

    Optional<String> level(String jurisdiction) {
        return jdbc.sql("select level from jurisdiction where code = ?").param(jurisdiction).query(String.class).optional();
    }

    Optional<String> name(String jurisdiction) {
        return jdbc.sql("select name from jurisdiction where code = ?").param(jurisdiction).query(String.class).optional();
    }

    /** Registered jurisdictions of one of {@code levels} below {@code jurisdiction}, by code. */
    List<Unit> unitsBelow(String jurisdiction, Set<String> levels) {
        return jdbc.sql("""
                        select code, name from jurisdiction
                        where code like :prefix escape '\\' and level in (:levels)
                        order by code collate "C"
                        """)
                .param("prefix", QueryParameters.belowPattern(jurisdiction))
                .param("levels", levels)
                .query((rs, n) -> new Unit(rs.getString("code"), rs.getString("name")))
                .list();
    }

    /**
     * The quota project's child projects delivered by {@code asOf}, with the day they were: construction when both
     * accepted and in service (the later of the two), a reform when concluded, a designation when granted.
     */
    List<Delivery> deliveredChildren(String projectId, LocalDate asOf, CallerScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        String inScope = scope.jurisdictionCondition("s.jurisdiction", params);
        return jdbc.sql("""
                        select jurisdiction, delivered_on from (
                            select s.jurisdiction,
                                case s.track
                                    when 'CONSTRUCTION' then case when s.accepted_on is not null and s.in_service_on is not null
                                                                  then greatest(s.accepted_on, s.in_service_on) end
                                    when 'REFORM' then s.concluded_on
                                    else s.granted_on end as delivered_on
                            from project_plan_assignment a join project_summary s on s.project_id = a.project_id
                            where a.parent_project_id = :projectId and %s) d
                        where delivered_on <= :asOf""".formatted(inScope))
                .params(params)
                .param("projectId", projectId)
                .param("asOf", asOf)
                .query((rs, n) -> new Delivery(rs.getString("jurisdiction"), rs.getObject("delivered_on", LocalDate.class)))
                .list();
    }
}
