package cn.edutrack.query.progress.api;

import cn.edutrack.query.readmodel.ReadModelTables;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A plan's targets as they were known at a recording time, written into the scratch {@code plan_target} of a replay's
 * transaction: the targets whose definition was recorded by then, each with the figure and firmness in force then
 * (the revisions recorded later undone with the figure each revision replaced, {@code plan_target_revision.previous_*})
 * and the number of revisions recorded by then. A target defined again later (a second {@code TargetSet}) shows its
 * latest definition: the read model keeps no earlier one.
 */
@Repository
class TargetsKnownAt {

    private final JdbcClient jdbc;

    TargetsKnownAt(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the plan's registration was recorded by {@code knownAt}. */
    boolean planKnown(String planId, Instant knownAt) {
        return jdbc.sql("select count(*) from plan_timeline where subject = ? and sequence = 0 and recorded_at <= ?")
                .param(planId).param(timestamp(knownAt)).query(Long.class).single() > 0;
    }

    /** Fills {@code tables.planTarget()} (a scratch table of the current transaction) with the plan's targets as known. */
    void write(ReadModelTables tables, String planId, Instant knownAt) {
        if (tables.live()) {
            throw new IllegalArgumentException("targets as known at a time go to scratch tables only");
        }
        jdbc.sql("create temp table if not exists " + tables.planTarget() + " (like " + ReadModelTables.LIVE.planTarget()
                + " including defaults including indexes) on commit drop").update();
        jdbc.sql("truncate " + tables.planTarget()).update();
        jdbc.sql("""
                        insert into %s (plan_id, target_id, programme_id, name, counts, planned_comparator, planned_value,
                            planned_min, planned_max, planned_as_written, firmness, indicator_id, per, flags, source, set_on,
                            defined_sequence, revisions)
                        select t.plan_id, t.target_id, t.programme_id, t.name, t.counts,
                            case when u.sequence is null then t.planned_comparator else u.previous_comparator end,
                            case when u.sequence is null then t.planned_value else u.previous_value end,
                            case when u.sequence is null then t.planned_min else u.previous_min end,
                            case when u.sequence is null then t.planned_max else u.previous_max end,
                            case when u.sequence is null then t.planned_as_written else u.previous_as_written end,
                            case when u.sequence is null then t.firmness else coalesce(u.previous_firmness, t.firmness) end,
                            t.indicator_id, t.per, t.flags, t.source, t.set_on, t.defined_sequence,
                            (select count(*) from plan_target_revision r where r.plan_id = t.plan_id
                                and r.target_id = t.target_id and r.recorded_at <= :knownAt)
                        from %s t
                        join plan_timeline d on d.subject = t.plan_id and d.sequence = t.defined_sequence
                            and d.recorded_at <= :knownAt
                        left join lateral (
                            select r.* from plan_target_revision r
                            where r.plan_id = t.plan_id and r.target_id = t.target_id and r.recorded_at > :knownAt
                            order by r.sequence
                            limit 1) u on true
                        where t.plan_id = :planId
                        """.formatted(tables.planTarget(), ReadModelTables.LIVE.planTarget()))
                .param("knownAt", timestamp(knownAt))
                .param("planId", planId)
                .update();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
