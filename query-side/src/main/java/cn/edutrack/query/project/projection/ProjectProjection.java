package cn.edutrack.query.project.projection;

import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.query.project.ProjectStatus;
import cn.edutrack.query.projection.Anomaly;
import cn.edutrack.query.projection.AnomalyKind;
import cn.edutrack.query.projection.ProjectionAnomalies;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;
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
 *   <li>the next expected: applied to the summary, the funding, the plan assignment and the timeline, and the
 *       position moves to it. The first event of a project must be its registration at sequence 0.</li>
 * </ul>
 * The row lock on the summary keeps two consumers (during a rebalance) from applying the same step twice.
 */
@Component
public class ProjectProjection {

    /** What became of a record. */
    public enum Outcome { APPLIED, ALREADY_APPLIED, NOT_APPLIED }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ProjectionAnomalies anomalies;
    private final PlanAssignments assignments;

    public ProjectProjection(JdbcClient jdbc, PlatformTransactionManager transactionManager, ProjectionAnomalies anomalies) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.anomalies = anomalies;
        this.assignments = new PlanAssignments(jdbc);
    }

    Outcome project(ProjectEventRecord record) {
        return transaction.execute(status -> projectInTransaction(record));
    }

    private Outcome projectInTransaction(ProjectEventRecord record) {
        Optional<SummaryChanges.Position> position = position(record.projectId());
        long expected = position.map(p -> p.version() + 1).orElse(0L);

        if (record.sequence() < expected) {
            return alreadyApplied(record);
        }
        if (record.sequence() > expected) {
            return notApplied(record, AnomalyKind.GAP, expected, "sequence " + record.sequence() + " arrived while "
                    + expected + " is the next expected; waiting for the missing events");
        }
        boolean registration = record.event() instanceof ProjectRegistered;
        if (position.isEmpty() && !registration) {
            return notApplied(record, AnomalyKind.INVALID_SEQUENCE, expected,
                    "the first event of a project must be its registration, not " + record.ceType());
        }
        if (position.isPresent() && registration) {
            return notApplied(record, AnomalyKind.INVALID_SEQUENCE, expected, "the project is already registered");
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
            }
        }
        insertTimeline(record);
        anomalies.resolveGaps(record.origin().topic(), record.projectId(), record.sequence());
        return Outcome.APPLIED;
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

    private Outcome alreadyApplied(ProjectEventRecord record) {
        Optional<UUID> applied = jdbc.sql("select event_id from project_timeline where project_id = ? and sequence = ?")
                .param(record.projectId())
                .param(record.sequence())
                .query(UUID.class)
                .optional();
        if (applied.isPresent() && !applied.get().equals(record.eventId())) {
            anomalies.record(anomaly(record, AnomalyKind.SEQUENCE_CONFLICT, null, "sequence " + record.sequence()
                    + " was applied from event " + applied.get() + "; this is another event with the same sequence"));
            return Outcome.NOT_APPLIED;
        }
        return Outcome.ALREADY_APPLIED;
    }

    private Outcome notApplied(ProjectEventRecord record, AnomalyKind kind, long expected, String detail) {
        anomalies.record(anomaly(record, kind, expected, detail));
        return Outcome.NOT_APPLIED;
    }

    private static Anomaly anomaly(ProjectEventRecord record, AnomalyKind kind, Long expected, String detail) {
        return new Anomaly(kind, record.projectId(), expected, record.sequence(), record.eventId().toString(),
                record.ceType(), detail, record.origin());
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

    private void insertTimeline(ProjectEventRecord record) {
        jdbc.sql("""
                        insert into project_timeline (project_id, sequence, event_id, event_type, business_date, recorded_at,
                            summary, payload)
                        values (:projectId, :sequence, :eventId, :type, :businessDate, :recordedAt, :summary,
                            cast(:payload as jsonb))
                        """)
                .param("projectId", record.projectId())
                .param("sequence", record.sequence())
                .param("eventId", record.eventId())
                .param("type", record.ceType())
                .param("businessDate", record.event().businessDate())
                .param("recordedAt", SummaryUpdate.jdbcValue(record.event().recordedAt()))
                .param("summary", TimelineSummaries.of(record.event()))
                .param("payload", record.payload())
                .update();
    }
}
