package cn.edutrack.query.project.projection;

import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.events.project.RecheckRecorded;
import cn.edutrack.events.project.RectificationOrdered;
import cn.edutrack.query.project.ProjectStatus;
import cn.edutrack.query.projection.ProjectionAnomalies;
import cn.edutrack.query.projection.StreamSequence;
import cn.edutrack.query.projection.StreamSequence.Outcome;
import java.sql.Types;
import java.util.Optional;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one project event to the read models, in one transaction with the position check:
 * <ul>
 *   <li>sequence below the next expected: already applied (a re-delivery); nothing changes, unless another
 *       event id claims that sequence, which is recorded as a conflict;</li>
 *   <li>sequence above the next expected: events are missing; recorded as a gap and not applied, so the
 *       project waits until the missing ones are delivered again;</li>
 *   <li>the next expected: applied to the summary, the funding, the plan assignment, the rectification orders and
 *       the timeline (with who recorded it), and the position moves to it. The first event of a project must be its registration at sequence 0.</li>
 * </ul>
 * The row lock on the summary keeps two consumers (during a rebalance) from applying the same step twice.
 */
@Component
public class ProjectProjection {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PlanAssignments assignments;
    private final RectificationOrders rectificationOrders;
    private final StreamSequence sequence;

    public ProjectProjection(JdbcClient jdbc, PlatformTransactionManager transactionManager, ProjectionAnomalies anomalies) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.assignments = new PlanAssignments(jdbc);
        this.rectificationOrders = new RectificationOrders(jdbc);
        this.sequence = new StreamSequence(jdbc, anomalies, "project_timeline", "project_id");
    }

    Outcome project(ProjectEventRecord record) {
        return transaction.execute(status -> projectInTransaction(record));
    }

    private Outcome projectInTransaction(ProjectEventRecord record) {
        Optional<SummaryChanges.Position> position = position(record.projectId());
        boolean registration = record.event() instanceof ProjectRegistered;
        Optional<Outcome> refusal = sequence.refusal(record, position.map(SummaryChanges.Position::version), registration, "project");
        if (refusal.isPresent()) {
            return refusal.get();
        }

        if (registration) {
            insertSummary(record, (ProjectRegistered) record.event());
        } else {
            SummaryUpdate update = SummaryChanges.of(position.get(), record.sequence(), record.event());
            jdbc.sql(update.sql()).params(update.parameters()).param("projectId", record.projectId()).update();
            if (record.event() instanceof FundingAllocated allocation) {
                addFunding(allocation);
            } else if (record.event() instanceof ProjectAssignedToPlan assignment) {
                assignments.replace(assignment, record.sequence());
            } else if (record.event() instanceof RectificationOrdered order) {
                rectificationOrders.open(order, record.sequence());
            } else if (record.event() instanceof RecheckRecorded recheck) {
                rectificationOrders.recheck(recheck);
            }
        }
        return sequence.applied(record, TimelineSummaries.of(record.event()));
    }

    private Optional<SummaryChanges.Position> position(String projectId) {
        return jdbc.sql("""
                        select version, status, status_before_suspension, progress_sequence
                        from project_summary where project_id = ? for update
                        """)
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

    private void insertSummary(ProjectEventRecord record, ProjectRegistered e) {
        jdbc.sql("""
                        insert into project_summary (project_id, track, kind, title, jurisdiction, owner_organisation,
                            responsible_person, plan_reference, status, registered_on, planned_places, planned_streams,
                            planned_classes, last_event_on, last_recorded_at, version)
                        values (:projectId, :track, :kind, :title, :jurisdiction, :owner, :responsible, :planReference,
                            :status, :registeredOn, :places, :streams, :classes, :registeredOn, :recordedAt, :version)
                        """)
                .param("projectId", record.projectId())
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
                .param("version", record.sequence())
                .update();
    }

    private void addFunding(FundingAllocated allocation) {
        jdbc.sql("""
                        insert into project_funding_by_source (project_id, source, amount, allocations)
                        values (:projectId, :source, :amount, 1)
                        on conflict (project_id, source) do update
                        set amount = project_funding_by_source.amount + excluded.amount,
                            allocations = project_funding_by_source.allocations + 1
                        """)
                .param("projectId", allocation.projectId().value())
                .param("source", allocation.source().name())
                .param("amount", allocation.amount().yuan())
                .update();
    }
}
