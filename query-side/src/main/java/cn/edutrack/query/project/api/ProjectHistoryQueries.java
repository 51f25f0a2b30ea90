package cn.edutrack.query.project.api;

import cn.edutrack.query.project.projection.ProjectReplay;
import cn.edutrack.query.readmodel.ReadModelTables;
import cn.edutrack.query.web.ResourceNotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A project's history with what each event changed, and its state as of a business date as known at a recording time
 * (bitemporal). The states come from replaying the project's events into scratch tables ({@link ProjectReplay}) and
 * are read with the same queries as the live ones; the history's rows are the live timeline's.
 */
@Repository
class ProjectHistoryQueries {

    private final JdbcClient jdbc;
    private final ProjectReplay replay;
    private final ProjectQueries projects;
    private final ProjectState state;

    ProjectHistoryQueries(JdbcClient jdbc, ProjectReplay replay, ProjectQueries projects, ProjectState state) {
        this.jdbc = jdbc;
        this.replay = replay;
        this.projects = projects;
        this.state = state;
    }

    /** Every event of the project with its changes; empty when no such project has been projected. */
    Optional<HistoryView> history(String projectId) {
        List<ProjectReplay.Step<Map<String, Object>>> steps = replay.history(projectId,
                (sequence, tables) -> state.read(tables, projectId));
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<HistoryView.Change>> changes = new HashMap<>();
        Map<String, Object> before = Map.of();
        for (ProjectReplay.Step<Map<String, Object>> step : steps) {
            changes.put(step.sequence(), ProjectState.differences(before, step.state()).stream()
                    .map(d -> new HistoryView.Change(d.field(), d.from(), d.to())).toList());
            before = step.state();
        }
        // events recorded after the replay read the timeline are left for the next request
        List<TimelineView.Entry> entries = jdbc.sql("""
                        select sequence, event_id, event_type, business_date, recorded_at, summary, payload::text as payload,
                            actor_user_id, actor_role, actor_organisation, actor_jurisdiction, comment, request_id,
                            causation_id, correlation_id, corrects_sequence
                        from project_timeline where project_id = :projectId and sequence <= :last order by sequence
                        """)
                .param("projectId", projectId)
                .param("last", steps.get(steps.size() - 1).sequence())
                .query((rs, n) -> ProjectQueries.timelineEntry(rs))
                .list();
        Map<Long, List<Long>> correctedBy = new LinkedHashMap<>();
        for (TimelineView.Entry entry : entries) {
            if (entry.corrects() != null) {
                correctedBy.computeIfAbsent(entry.corrects(), s -> new ArrayList<>()).add(entry.sequence());
            }
        }
        List<HistoryView.Event> events = entries.stream()
                .map(e -> new HistoryView.Event(e.sequence(), e.eventId(), e.type(), e.businessDate(), e.recordedAt(),
                        e.summary(), e.payload(), e.recordedBy(), e.comment(), e.requestId(), e.causationId(),
                        e.correlationId(), e.corrects(), List.copyOf(correctedBy.getOrDefault(e.sequence(), List.of())),
                        changes.getOrDefault(e.sequence(), List.of())))
                .toList();
        return Optional.of(new HistoryView(projectId, events.get(events.size() - 1).sequence(), events));
    }

    /**
     * The project as of {@code date} as known at {@code knownAt}.
     *
     * @throws ResourceNotFoundException when its registration was not recorded by {@code knownAt}, or it was registered
     *                                   after {@code date}
     */
    AsOfView asOf(String projectId, LocalDate date, Instant knownAt) {
        AsOfView view = replay.asOf(projectId, date, knownAt, (tables, replayed) -> new AsOfView(projectId, date, knownAt,
                        replayed.counted(), replayed.corrections(), projects.summary(projectId, tables).orElseThrow(),
                        funding(tables, projectId)))
                .orElseThrow(() -> notYetKnown(projectId, knownAt, ""));
        LocalDate registeredOn = view.project().milestones().registeredOn();
        if (registeredOn.isAfter(date)) {
            throw notYetRegistered(projectId, registeredOn, date, "");
        }
        return view;
    }

    /**
     * The project's state (as named fields) as of {@code date} as known at {@code knownAt}.
     *
     * @param side which side of a comparison this is ({@code from}, {@code to}), for the refusal
     */
    Map<String, Object> stateAsOf(String projectId, LocalDate date, Instant knownAt, String side) {
        record Found(LocalDate registeredOn, Map<String, Object> state) {
        }
        Found found = replay.asOf(projectId, date, knownAt, (tables, replayed) -> new Found(
                        jdbc.sql("select registered_on from " + tables.summary() + " where project_id = ?").param(projectId)
                                .query(LocalDate.class).single(),
                        state.read(tables, projectId)))
                .orElseThrow(() -> notYetKnown(projectId, knownAt, side + ": "));
        if (found.registeredOn().isAfter(date)) {
            throw notYetRegistered(projectId, found.registeredOn(), date, side + ": ");
        }
        return found.state();
    }

    private List<AsOfView.Funding> funding(ReadModelTables tables, String projectId) {
        return jdbc.sql("select source, amount, allocations from " + tables.funding() + " where project_id = ? order by source")
                .param(projectId)
                .query((rs, n) -> new AsOfView.Funding(rs.getString("source"), rs.getBigDecimal("amount").toPlainString(),
                        rs.getInt("allocations")))
                .list();
    }

    private ResourceNotFoundException notYetKnown(String projectId, Instant knownAt, String prefix) {
        Optional<OffsetDateTime> registration = jdbc.sql(
                        "select recorded_at from project_timeline where project_id = ? and sequence = 0")
                .param(projectId).query(OffsetDateTime.class).optional();
        return new ResourceNotFoundException(prefix + "project " + projectId + " was not known yet at " + knownAt
                + registration.map(at -> ": its registration was recorded at " + at.toInstant()).orElse(""));
    }

    private static ResourceNotFoundException notYetRegistered(String projectId, LocalDate registeredOn, LocalDate date,
            String prefix) {
        return new ResourceNotFoundException(prefix + "project " + projectId + " was registered on " + registeredOn
                + ", after " + date);
    }
}
