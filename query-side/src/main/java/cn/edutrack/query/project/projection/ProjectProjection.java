package cn.edutrack.query.project.projection;

import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.ProgressReported;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.query.projection.ProjectionAnomalies;
import cn.edutrack.query.projection.StreamSequence;
import cn.edutrack.query.projection.StreamSequence.Outcome;
import cn.edutrack.query.readmodel.ReadModelTables;
import java.util.Optional;
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
 *       the timeline (with who recorded it, and why), and the position moves to it. The first event of a project must
 *       be its registration at sequence 0. A correction ({@link EventCorrected}) is added to the timeline and the
 *       project's rows are rebuilt from its events as they count with it ({@link ProjectReplay#rebuildLive}).</li>
 * </ul>
 * The row lock on the summary keeps two consumers (during a rebalance) from applying the same step twice.
 */
@Component
public class ProjectProjection {

    private final TransactionTemplate transaction;
    private final ProjectEventApplier applier;
    private final ProjectReplay replay;
    private final StreamSequence sequence;

    public ProjectProjection(JdbcClient jdbc, PlatformTransactionManager transactionManager, ProjectionAnomalies anomalies,
            ProjectReplay replay) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.applier = new ProjectEventApplier(jdbc);
        this.replay = replay;
        this.sequence = new StreamSequence(jdbc, anomalies, "project_timeline", "project_id");
    }

    Outcome project(ProjectEventRecord record) {
        return transaction.execute(status -> projectInTransaction(record));
    }

    private Outcome projectInTransaction(ProjectEventRecord record) {
        Optional<SummaryChanges.Position> position = applier.position(ReadModelTables.LIVE, record.projectId(), true);
        boolean registration = record.event() instanceof ProjectRegistered;
        Optional<Outcome> refusal = sequence.refusal(record, position.map(SummaryChanges.Position::version), registration, "project");
        if (refusal.isPresent()) {
            return refusal.get();
        }

        if (record.event() instanceof EventCorrected correction) {
            Outcome applied = sequence.applied(record, TimelineSummaries.of(correction), correction.correctedSequence());
            replay.rebuildLive(record.projectId(), record.sequence(), correction.recordedAt());
            return applied;
        }
        if (registration) {
            applier.register(ReadModelTables.LIVE, record.sequence(), (ProjectRegistered) record.event());
        } else {
            applier.apply(ReadModelTables.LIVE, position.get(), record.sequence(), record.event());
        }
        Long corrects = record.event() instanceof ProgressReported report ? report.correctsSequence() : null;
        return sequence.applied(record, TimelineSummaries.of(record.event()), corrects);
    }
}
