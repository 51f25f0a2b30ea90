package cn.edutrack.query.project.projection;

import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.query.readmodel.JsonColumns;
import cn.edutrack.query.readmodel.ReadModelTables;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a project's place in a plan ({@code project_plan_assignment}) and what it declares it contributes
 * ({@code project_contribution}), in the live tables or scratch ones. A later assignment replaces the earlier one
 * entirely. Runs inside the projection's (or the replay's) transaction.
 */
final class PlanAssignments {

    private final JdbcClient jdbc;

    PlanAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(ReadModelTables tables, ProjectAssignedToPlan e, long sequence) {
        String projectId = e.projectId().value();
        jdbc.sql("""
                        insert into %s (project_id, plan_id, programme_id, target_id, parent_project_id,
                            due_year, quota, flags, source, assigned_on, sequence)
                        values (:projectId, :planId, :programmeId, :targetId, :parent, :dueYear, cast(:quota as jsonb),
                            cast(:flags as jsonb), cast(:source as jsonb), :assignedOn, :sequence)
                        on conflict (project_id) do update set
                            plan_id = excluded.plan_id, programme_id = excluded.programme_id, target_id = excluded.target_id,
                            parent_project_id = excluded.parent_project_id, due_year = excluded.due_year,
                            quota = excluded.quota, flags = excluded.flags, source = excluded.source,
                            assigned_on = excluded.assigned_on, sequence = excluded.sequence
                        """.formatted(tables.assignment()))
                .param("projectId", projectId)
                .param("planId", e.planId().value())
                .param("programmeId", e.programmeId())
                .param("targetId", e.targetId())
                .param("parent", e.parent() == null ? null : e.parent().value())
                .param("dueYear", e.dueYear())
                .param("quota", JsonColumns.write(e.quota()))
                .param("flags", JsonColumns.flags(e.flags()))
                .param("source", JsonColumns.write(e.source()))
                .param("assignedOn", e.businessDate())
                .param("sequence", sequence)
                .update();

        jdbc.sql("delete from " + tables.contribution() + " where project_id = ?").param(projectId).update();
        List<ProjectAssignedToPlan.Contribution> contributions = e.contributions();
        for (int position = 0; position < contributions.size(); position++) {
            ProjectAssignedToPlan.Contribution c = contributions.get(position);
            jdbc.sql("""
                            insert into %s (project_id, position, plan_id, target_id, counts, value, as_written)
                            values (:projectId, :position, :planId, :targetId, :counts, :value, :asWritten)
                            """.formatted(tables.contribution()))
                    .param("projectId", projectId)
                    .param("position", position)
                    .param("planId", e.planId().value())
                    // no target of its own: the project's main target
                    .param("targetId", c.targetId() != null ? c.targetId() : e.targetId())
                    .param("counts", c.counts().name())
                    .param("value", c.value())
                    .param("asWritten", c.asWritten())
                    .update();
        }
    }
}
