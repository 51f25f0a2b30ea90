package cn.edutrack.query.project.projection;

import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.ProjectEvent;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.events.project.RecheckRecorded;
import cn.edutrack.events.project.RectificationOrdered;
import cn.edutrack.query.project.ProjectStatus;
import cn.edutrack.query.readmodel.ReadModelTables;
import java.sql.Types;
import java.util.Optional;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes what one project event changes into a set of read-model tables: the summary, the funding by source, the plan
 * assignment and the rectification orders. The one code path of every projection: the live one of the Kafka records
 * and the replays into scratch tables (a project as of a date, as known at a time, or rebuilt after a correction).
 * It never judges the order of events (the caller did) and writes no timeline row.
 */
final class ProjectEventApplier {

    private final JdbcClient jdbc;
    private final PlanAssignments assignments;
    private final RectificationOrders rectificationOrders;

    ProjectEventApplier(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.assignments = new PlanAssignments(jdbc);
        this.rectificationOrders = new RectificationOrders(jdbc);
    }

    /**
     * The project's summary as the next event finds it; empty before its registration.
     *
     * @param lock whether to lock the row (the live projection: two consumers never apply the same step twice)
     */
    Optional<SummaryChanges.Position> position(ReadModelTables tables, String projectId, boolean lock) {
        return jdbc.sql("select version, status, status_before_suspension, progress_sequence from " + tables.summary()
                        + " where project_id = ?" + (lock ? " for update" : ""))
                .param(projectId)
                .query((rs, n) -> new SummaryChanges.Position(
                        rs.getLong("version"),
                        new StatusTransitions.State(
                                ProjectStatus.valueOf(rs.getString("status")),
                                rs.getString("status_before_suspension") == null
                                        ? null : ProjectStatus.valueOf(rs.getString("status_before_suspension"))),
                        rs.getObject("progress_sequence", Long.class)))
                .optional();
    }

    /** The registration: the summary row. */
    void register(ReadModelTables tables, long sequence, ProjectRegistered e) {
        jdbc.sql("""
                        insert into %s (project_id, track, kind, title, jurisdiction, owner_organisation,
                            responsible_person, plan_reference, status, registered_on, planned_places, planned_streams,
                            planned_classes, last_event_on, last_recorded_at, version)
                        values (:projectId, :track, :kind, :title, :jurisdiction, :owner, :responsible, :planReference,
                            :status, :registeredOn, :places, :streams, :classes, :registeredOn, :recordedAt, :version)
                        """.formatted(tables.summary()))
                .param("projectId", e.projectId().value())
                .param("track", e.kind().track().name())
                .param("kind", e.kind().name())
                .param("title", e.title())
                .param("jurisdiction", e.jurisdiction().value())
                .param("owner", e.ownerOrganisation().value())
                .param("responsible", e.responsiblePerson().value())
                .param("planReference", new SqlParameterValue(Types.VARCHAR, e.planReference()))
                .param("status", ProjectStatus.REGISTERED.name())
                .param("registeredOn", e.businessDate())
                .param("places", e.plannedCapacity().places())
                .param("streams", e.plannedCapacity().streams())
                .param("classes", e.plannedCapacity().classes())
                .param("recordedAt", SummaryUpdate.jdbcValue(e.recordedAt()))
                .param("version", sequence)
                .update();
    }

    /** Any event after the registration (a correction excepted: it is replayed, never applied). */
    void apply(ReadModelTables tables, SummaryChanges.Position position, long sequence, ProjectEvent event) {
        SummaryUpdate update = SummaryChanges.of(position, sequence, event);
        jdbc.sql(update.sql(tables.summary())).params(update.parameters()).param("projectId", event.projectId().value())
                .update();
        if (event instanceof FundingAllocated allocation) {
            addFunding(tables, allocation);
        } else if (event instanceof ProjectAssignedToPlan assignment) {
            assignments.replace(tables, assignment, sequence);
        } else if (event instanceof RectificationOrdered order) {
            rectificationOrders.open(tables, order, sequence);
        } else if (event instanceof RecheckRecorded recheck) {
            rectificationOrders.recheck(tables, recheck);
        }
    }

    private void addFunding(ReadModelTables tables, FundingAllocated allocation) {
        jdbc.sql("""
                        insert into %1$s (project_id, source, amount, allocations)
                        values (:projectId, :source, :amount, 1)
                        on conflict (project_id, source) do update
                        set amount = %1$s.amount + excluded.amount,
                            allocations = %1$s.allocations + 1
                        """.formatted(tables.funding()))
                .param("projectId", allocation.projectId().value())
                .param("source", allocation.source().name())
                .param("amount", allocation.amount().yuan())
                .update();
    }
}
