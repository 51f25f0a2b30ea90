package cn.edutrack.query.project.projection;

import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.query.readmodel.ReadModelTables;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replays projects' events into the scratch tables ({@link ReadModelTables#SCRATCH}) of one transaction with the
 * projection's own code ({@link ProjectEventApplier}), then lets the caller read them in that transaction: the
 * state of a project as of a business date and as known at a recording time (bitemporal), a plan's projects as
 * known at a time, a project's state after each of its events. The live projection uses it too, to rebuild a
 * project after a correction. The one way into the projection for the APIs: it never writes a live table for them.
 * <p>
 * "Known at R about B": the project's timeline rows recorded at or before R, corrections applied
 * ({@link EffectiveEvents}), then those whose business date is on or before B (the registration always), in sequence
 * order.
 */
@Component
public class ProjectReplay {

    private static final String CORRECTED_TYPE = EventCatalog.of(EventCorrected.class).ceType();
    private static final String ASSIGNED_TYPE = EventCatalog.of(ProjectAssignedToPlan.class).ceType();

    /** The project tables replayed into, in the order they are copied back; the timeline is a view, created apart. */
    private static final List<String> LIVE_TABLES = List.of(ReadModelTables.LIVE.summary(), ReadModelTables.LIVE.funding(),
            ReadModelTables.LIVE.assignment(), ReadModelTables.LIVE.contribution(), ReadModelTables.LIVE.rectificationOrder());
    private static final List<String> SCRATCH_TABLES = List.of(ReadModelTables.SCRATCH.summary(),
            ReadModelTables.SCRATCH.funding(), ReadModelTables.SCRATCH.assignment(), ReadModelTables.SCRATCH.contribution(),
            ReadModelTables.SCRATCH.rectificationOrder());

    /**
     * What a replay counted.
     *
     * @param counted     the sequences of the events that counted (a corrected one under its own sequence)
     * @param corrections the sequences of the corrections whose payloads replaced events that counted
     */
    public record Replayed(String projectId, List<Long> counted, List<Long> corrections) {
    }

    /** A project's state after one of its events: what {@code read} made of the scratch tables then. */
    public record Step<T>(long sequence, T state) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transaction;
    private final ProjectEventApplier applier;
    private volatile List<String> summaryColumns;

    public ProjectReplay(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaction = new TransactionTemplate(transactionManager);
        this.applier = new ProjectEventApplier(jdbc);
    }

    /**
     * The project as of business date {@code until} as known at {@code knownAt}, read by {@code read} from the scratch
     * tables in the replay's transaction. Empty when its registration was not recorded by then.
     */
    public <T> Optional<T> asOf(String projectId, LocalDate until, Instant knownAt,
            BiFunction<ReadModelTables, Replayed, T> read) {
        return transaction.execute(status -> {
            List<StoredEvent> known = load(List.of(projectId), knownAt).getOrDefault(projectId, List.of());
            if (known.isEmpty()) {
                return Optional.empty();
            }
            createScratch();
            Replayed replayed = replay(ReadModelTables.SCRATCH, projectId, known, until);
            return Optional.ofNullable(read.apply(ReadModelTables.SCRATCH, replayed));
        });
    }

    /**
     * The projects of a plan as known at {@code knownAt}, every business date (the figures choose theirs): those
     * assigned to it by an assignment known then (as corrected), and the children of its portfolios. {@code read}
     * reads them from the scratch tables in the replay's transaction (and may add scratch tables of its own).
     */
    public <T> T planAsKnownAt(String planId, Instant knownAt, Function<ReadModelTables, T> read) {
        return transaction.execute(status -> {
            List<String> projects = jdbc.sql("""
                            with recursive assigned as (
                                select t.project_id, coalesce(t.payload -> 'corrected', t.payload) as assignment
                                from project_timeline t
                                where t.recorded_at <= :knownAt and (t.event_type = :assigned
                                    or (t.event_type = :corrected and t.payload ->> 'correctedType' = :assigned))
                            ), candidate (project_id) as (
                                select a.project_id from assigned a where a.assignment ->> 'planId' = :planId
                                union
                                select a.project_id from assigned a join candidate c on a.assignment ->> 'parent' = c.project_id
                            )
                            select project_id from candidate order by project_id""")
                    .param("knownAt", timestamp(knownAt))
                    .param("assigned", ASSIGNED_TYPE)
                    .param("corrected", CORRECTED_TYPE)
                    .param("planId", planId)
                    .query(String.class)
                    .list();
            createScratch();
            Map<String, List<StoredEvent>> known = load(projects, knownAt);
            for (Map.Entry<String, List<StoredEvent>> project : known.entrySet()) {
                replay(ReadModelTables.SCRATCH, project.getKey(), project.getValue(), LocalDate.MAX);
            }
            return read.apply(ReadModelTables.SCRATCH);
        });
    }

    /**
     * The project's state after each of its events, in recording (sequence) order, as {@code read} reads it from the
     * scratch tables: an event applied to the state before it; a correction rebuilds the state from the events
     * known then with it applied (so its step shows the state with the correction, the one before without).
     */
    public <T> List<Step<T>> history(String projectId, BiFunction<Long, ReadModelTables, T> read) {
        return transaction.execute(status -> {
            List<StoredEvent> all = load(List.of(projectId), null).getOrDefault(projectId, List.of());
            List<Step<T>> steps = new ArrayList<>(all.size());
            createScratch();
            for (int i = 0; i < all.size(); i++) {
                StoredEvent stored = all.get(i);
                if (stored.correction()) {
                    truncateScratch();
                    replay(ReadModelTables.SCRATCH, projectId, all.subList(0, i + 1), LocalDate.MAX);
                } else {
                    List<EffectiveEvents.Effective> one = EffectiveEvents.of(List.of(stored));
                    applyAll(ReadModelTables.SCRATCH, projectId, one);
                }
                steps.add(new Step<>(stored.sequence(), read.apply(stored.sequence(), ReadModelTables.SCRATCH)));
            }
            return steps;
        });
    }

    /**
     * After a correction (its timeline row written), in the projection's transaction: the project's live summary,
     * funding, plan assignment and contributions, and rectification orders rebuilt from its events as they count now.
     * The summary row stays (the timeline refers to it); its columns are replaced. Its position becomes the
     * correction's sequence, its last recording time the correction's; its latest business date is that of the events
     * (a correction is not news of the project).
     */
    void rebuildLive(String projectId, long correctionSequence, Instant correctionRecordedAt) {
        List<StoredEvent> all = load(List.of(projectId), null).getOrDefault(projectId, List.of());
        createScratch();
        replay(ReadModelTables.SCRATCH, projectId, all, LocalDate.MAX);

        List<String> columns = summaryColumns().stream().filter(c -> !c.equals("project_id")).toList();
        String list = String.join(", ", columns);
        jdbc.sql("update " + ReadModelTables.LIVE.summary() + " l set (" + list + ") = (select " + list + " from "
                        + ReadModelTables.SCRATCH.summary() + " s where s.project_id = l.project_id) where l.project_id = ?")
                .param(projectId).update();
        jdbc.sql("update " + ReadModelTables.LIVE.summary() + " set version = ?, last_recorded_at = ? where project_id = ?")
                .param(correctionSequence).param(timestamp(correctionRecordedAt)).param(projectId).update();
        for (int i = 1; i < LIVE_TABLES.size(); i++) {
            jdbc.sql("delete from " + LIVE_TABLES.get(i) + " where project_id = ?").param(projectId).update();
            jdbc.sql("insert into " + LIVE_TABLES.get(i) + " select * from " + SCRATCH_TABLES.get(i) + " where project_id = ?")
                    .param(projectId).update();
        }
    }

    /**
     * Replays the known events of one project (in sequence order) that count by {@code until} into {@code tables}; its
     * position becomes the latest sequence that counted (a correction's included), its last recording time that
     * event's.
     */
    private Replayed replay(ReadModelTables tables, String projectId, List<StoredEvent> known, LocalDate until) {
        List<EffectiveEvents.Effective> counted = EffectiveEvents.until(EffectiveEvents.of(known), until);
        applyAll(tables, projectId, counted);
        List<Long> sequences = counted.stream().map(EffectiveEvents.Effective::sequence).toList();
        List<Long> corrections = counted.stream().map(EffectiveEvents.Effective::correction)
                .filter(c -> c != null).sorted().toList();
        long position = sequences.stream().mapToLong(Long::longValue).max().orElse(0);
        for (long correction : corrections) {
            position = Math.max(position, correction);
        }
        long last = position;
        Instant lastRecordedAt = known.stream().filter(e -> e.sequence() == last).map(StoredEvent::recordedAt)
                .findFirst().orElseThrow();
        jdbc.sql("update " + tables.summary() + " set version = ?, last_recorded_at = ? where project_id = ?")
                .param(position).param(timestamp(lastRecordedAt)).param(projectId).update();
        return new Replayed(projectId, sequences, corrections);
    }

    /**
     * Applies the events in order; the position is kept in memory from a registration on (read once otherwise), and the
     * timeline rows are written in one batch.
     */
    private void applyAll(ReadModelTables tables, String projectId, List<EffectiveEvents.Effective> events) {
        SummaryChanges.Position position = null;
        List<Object[]> timeline = new ArrayList<>(events.size());
        for (EffectiveEvents.Effective e : events) {
            if (e.event() instanceof ProjectRegistered registration) {
                applier.register(tables, e.sequence(), registration);
                position = SummaryChanges.registered(e.sequence());
            } else {
                if (position == null) {
                    position = applier.position(tables, projectId, false).orElseThrow(() -> new IllegalStateException(
                            "project " + projectId + " has events before its registration"));
                }
                applier.apply(tables, position, e.sequence(), e.event());
                position = SummaryChanges.after(position, e.sequence(), e.event());
            }
            timeline.add(new Object[] {projectId, e.sequence(), e.eventId(), e.type(), e.event().businessDate(),
                    timestamp(e.recordedAt()), e.payload()});
        }
        jdbcTemplate.batchUpdate("insert into " + tables.timeline() + " (project_id, sequence, event_id, event_type,"
                + " business_date, recorded_at, payload) values (?, ?, ?, ?, ?, ?, cast(? as jsonb))", timeline);
    }

    /**
     * The timeline rows of the projects recorded by {@code knownAt} (null: all), per project in sequence order; a
     * project whose registration was not recorded by then is not known (left out).
     */
    private Map<String, List<StoredEvent>> load(List<String> projectIds, Instant knownAt) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<StoredEvent>> known = jdbc.sql("""
                        select project_id, sequence, event_id, event_type, recorded_at, payload::text as payload
                        from project_timeline
                        where project_id in (:projects)%s
                        order by project_id, sequence""".formatted(knownAt == null ? "" : " and recorded_at <= :knownAt"))
                .params(knownAt == null ? Map.of("projects", projectIds)
                        : Map.of("projects", projectIds, "knownAt", timestamp(knownAt)))
                .query((rs, n) -> new StoredEvent(rs.getString("project_id"), rs.getLong("sequence"),
                        rs.getObject("event_id", UUID.class), rs.getString("event_type"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("payload")))
                .list()
                .stream()
                .collect(Collectors.groupingBy(StoredEvent::projectId, LinkedHashMap::new, Collectors.toList()));
        known.values().removeIf(events -> events.get(0).sequence() != 0);
        return known;
    }

    /** The scratch tables of this transaction, empty: created like the live ones (without their foreign keys). */
    private void createScratch() {
        for (int i = 0; i < LIVE_TABLES.size(); i++) {
            jdbc.sql("create temp table if not exists " + SCRATCH_TABLES.get(i) + " (like " + LIVE_TABLES.get(i)
                    + " including defaults including indexes) on commit drop").update();
        }
        jdbc.sql("create temp table if not exists " + ReadModelTables.SCRATCH.timeline() + " (like "
                + ReadModelTables.LIVE.timeline() + ") on commit drop").update();
        truncateScratch();
    }

    private void truncateScratch() {
        jdbc.sql("truncate " + String.join(", ", SCRATCH_TABLES) + ", " + ReadModelTables.SCRATCH.timeline()).update();
    }

    /** The summary's columns in table order (read once: the scratch copy has the same). */
    private List<String> summaryColumns() {
        List<String> columns = summaryColumns;
        if (columns == null) {
            columns = jdbc.sql("""
                            select column_name from information_schema.columns
                            where table_schema = current_schema() and table_name = :table order by ordinal_position""")
                    .param("table", ReadModelTables.LIVE.summary())
                    .query(String.class)
                    .list();
            summaryColumns = columns;
        }
        return columns;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
