package cn.edutrack.query.plan.projection;

import cn.edutrack.events.plan.IndicatorDefined;
import cn.edutrack.events.plan.IndicatorMeasured;
import cn.edutrack.events.plan.IndicatorTargetRevised;
import cn.edutrack.events.plan.JurisdictionRegistered;
import cn.edutrack.events.plan.PlanRegistered;
import cn.edutrack.events.plan.ProgrammeDefined;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.events.plan.TargetRevised;
import cn.edutrack.events.plan.TargetSet;
import cn.edutrack.query.projection.ProjectionAnomalies;
import cn.edutrack.query.projection.StreamSequence;
import cn.edutrack.query.projection.StreamSequence.Outcome;
import cn.edutrack.query.readmodel.JsonColumns;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one plan event to the read models, in one transaction with the position check of its subject. A
 * subject is a plan (position {@code plan.version}) or a jurisdiction (position {@code jurisdiction.version});
 * the discipline is the project projection's:
 * <ul>
 *   <li>sequence below the next expected: a re-delivery, nothing changes (another event id at that sequence is
 *       a {@code SEQUENCE_CONFLICT});</li>
 *   <li>sequence above the next expected: a {@code GAP}, recorded and not applied until the missing events
 *       arrive;</li>
 *   <li>the first event of a subject must be its registration ({@code PlanRegistered} or
 *       {@code JurisdictionRegistered}) at sequence 0, and only the first.</li>
 * </ul>
 * Definitions (indicator, programme, target) are written as upserts: the command side records a definition once,
 * and should it ever be repeated the later one wins rather than stopping the stream.
 */
@Component
public class PlanProjection {

    private static final Logger LOG = LoggerFactory.getLogger(PlanProjection.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final StreamSequence sequence;

    public PlanProjection(JdbcClient jdbc, PlatformTransactionManager transactionManager, ProjectionAnomalies anomalies) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.sequence = new StreamSequence(jdbc, anomalies, "plan_timeline", "subject");
    }

    Outcome project(PlanEventRecord record) {
        return transaction.execute(status -> projectInTransaction(record));
    }

    private Outcome projectInTransaction(PlanEventRecord record) {
        boolean jurisdictionStream = record.event() instanceof JurisdictionRegistered;
        Optional<Long> position = position(jurisdictionStream ? "jurisdiction" : "plan",
                jurisdictionStream ? "code" : "plan_id", record.subject());
        boolean registration = jurisdictionStream || record.event() instanceof PlanRegistered;
        Optional<Outcome> refusal = sequence.refusal(record, position, registration, jurisdictionStream ? "jurisdiction" : "plan");
        if (refusal.isPresent()) {
            return refusal.get();
        }

        apply(record);
        return sequence.applied(record, PlanTimelineSummaries.of(record.event()));
    }

    /** The subject's position, read with a row lock; empty before its registration is applied. */
    private Optional<Long> position(String table, String keyColumn, String subject) {
        // table and column names are constants of this class, never from a record
        return jdbc.sql("select version from " + table + " where " + keyColumn + " = ? for update")
                .param(subject)
                .query(Long.class)
                .optional();
    }

    private void apply(PlanEventRecord record) {
        if (record.event() instanceof JurisdictionRegistered e) {
            insertJurisdiction(e, record.sequence());
            return;
        }
        if (record.event() instanceof PlanRegistered e) {
            insertPlan(e, record.sequence());
            return;
        }
        jdbc.sql("""
                        update plan set version = :version, last_event_on = greatest(last_event_on, :businessDate),
                            last_recorded_at = :recordedAt
                        where plan_id = :planId
                        """)
                .param("version", record.sequence())
                .param("businessDate", record.event().businessDate())
                .param("recordedAt", timestamp(record.event().recordedAt()))
                .param("planId", record.subject())
                .update();
        if (record.event() instanceof IndicatorDefined e) {
            defineIndicator(e, record.sequence());
        } else if (record.event() instanceof IndicatorTargetRevised e) {
            reviseIndicatorTarget(e);
        } else if (record.event() instanceof IndicatorMeasured e) {
            insertMeasurement(e, record.sequence());
        } else if (record.event() instanceof ProgrammeDefined e) {
            defineProgramme(e, record.sequence());
        } else if (record.event() instanceof TargetSet e) {
            setTarget(e, record.sequence());
        } else if (record.event() instanceof TargetRevised e) {
            reviseTarget(e, record.sequence());
        } else {
            throw new IllegalArgumentException("not a plan event this projection knows: " + record.event().getClass().getName());
        }
    }

    private void insertJurisdiction(JurisdictionRegistered e, long sequence) {
        jdbc.sql("""
                        insert into jurisdiction (code, name, level, parent_code, source, registered_on, version)
                        values (:code, :name, :level, :parent, cast(:source as jsonb), :registeredOn, :version)
                        """)
                .param("code", e.jurisdiction().value())
                .param("name", e.name())
                .param("level", e.level().name())
                .param("parent", e.parent() == null ? null : e.parent().value())
                .param("source", JsonColumns.write(e.source()))
                .param("registeredOn", e.businessDate())
                .param("version", sequence)
                .update();
    }

    private void insertPlan(PlanRegistered e, long sequence) {
        jdbc.sql("""
                        insert into plan (plan_id, jurisdiction, title, type, period_from, period_to, baseline_year, issuer,
                            document_number, published, flags, source, registered_on, last_event_on, last_recorded_at, version)
                        values (:planId, :jurisdiction, :title, :type, :periodFrom, :periodTo, :baselineYear, :issuer,
                            :documentNumber, :published, cast(:flags as jsonb), cast(:source as jsonb), :registeredOn,
                            :registeredOn, :recordedAt, :version)
                        """)
                .param("planId", e.planId().value())
                .param("jurisdiction", e.jurisdiction().value())
                .param("title", e.title())
                .param("type", e.type().name())
                .param("periodFrom", e.periodFrom())
                .param("periodTo", e.periodTo())
                .param("baselineYear", e.baselineYear())
                .param("issuer", e.issuer())
                .param("documentNumber", e.documentNumber())
                .param("published", e.published())
                .param("flags", JsonColumns.flags(e.flags()))
                .param("source", JsonColumns.write(e.source()))
                .param("registeredOn", e.businessDate())
                .param("recordedAt", timestamp(e.recordedAt()))
                .param("version", sequence)
                .update();
    }

    private void defineIndicator(IndicatorDefined e, long sequence) {
        Quantity target = e.target();
        jdbc.sql("""
                        insert into plan_indicator (plan_id, indicator_id, name, unit, attribute, concept, baseline_year,
                            baseline_value, baseline_as_written, target_year, target_comparator, target_value, target_min,
                            target_max, target_as_written, flags, source, defined_on, defined_sequence)
                        values (:planId, :indicatorId, :name, :unit, :attribute, :concept, :baselineYear, :baselineValue,
                            :baselineAsWritten, :targetYear, :comparator, :value, :min, :max, :asWritten,
                            cast(:flags as jsonb), cast(:source as jsonb), :definedOn, :sequence)
                        on conflict (plan_id, indicator_id) do update set
                            name = excluded.name, unit = excluded.unit, attribute = excluded.attribute,
                            concept = excluded.concept, baseline_year = excluded.baseline_year,
                            baseline_value = excluded.baseline_value, baseline_as_written = excluded.baseline_as_written,
                            target_year = excluded.target_year, target_comparator = excluded.target_comparator,
                            target_value = excluded.target_value, target_min = excluded.target_min,
                            target_max = excluded.target_max, target_as_written = excluded.target_as_written,
                            flags = excluded.flags, source = excluded.source
                        """)
                .param("planId", e.planId().value())
                .param("indicatorId", e.indicatorId())
                .param("name", e.name())
                .param("unit", e.unit())
                .param("attribute", e.attribute().name())
                .param("concept", e.concept())
                .param("baselineYear", e.baseline() == null ? null : e.baseline().year())
                .param("baselineValue", e.baseline() == null ? null : e.baseline().value())
                .param("baselineAsWritten", e.baseline() == null ? null : e.baseline().asWritten())
                .param("targetYear", e.targetYear())
                .param("comparator", target.comparator().name())
                .param("value", target.value())
                .param("min", target.min())
                .param("max", target.max())
                .param("asWritten", target.asWritten())
                .param("flags", JsonColumns.flags(e.flags()))
                .param("source", JsonColumns.write(e.source()))
                .param("definedOn", e.businessDate())
                .param("sequence", sequence)
                .update();
    }

    private void reviseIndicatorTarget(IndicatorTargetRevised e) {
        Quantity target = e.target();
        int updated = jdbc.sql("""
                        update plan_indicator set target_year = :targetYear, target_comparator = :comparator,
                            target_value = :value, target_min = :min, target_max = :max, target_as_written = :asWritten,
                            revisions = revisions + 1, last_revised_on = :revisedOn, last_revision_reason = :reason
                        where plan_id = :planId and indicator_id = :indicatorId
                        """)
                .param("targetYear", e.targetYear())
                .param("comparator", target.comparator().name())
                .param("value", target.value())
                .param("min", target.min())
                .param("max", target.max())
                .param("asWritten", target.asWritten())
                .param("revisedOn", e.businessDate())
                .param("reason", e.reason())
                .param("planId", e.planId().value())
                .param("indicatorId", e.indicatorId())
                .update();
        if (updated == 0) {
            LOG.warn("plan {}: target revision of indicator {}, which was never defined; kept in the plan timeline only",
                    e.planId(), e.indicatorId());
        }
    }

    private void insertMeasurement(IndicatorMeasured e, long sequence) {
        jdbc.sql("""
                        insert into indicator_measurement (plan_id, indicator_id, sequence, year, value, as_written, flags,
                            source_reference, business_date, recorded_at)
                        values (:planId, :indicatorId, :sequence, :year, :value, :asWritten, cast(:flags as jsonb),
                            :sourceReference, :businessDate, :recordedAt)
                        """)
                .param("planId", e.planId().value())
                .param("indicatorId", e.indicatorId())
                .param("sequence", sequence)
                .param("year", e.year())
                .param("value", e.value())
                .param("asWritten", e.asWritten())
                .param("flags", JsonColumns.flags(e.flags()))
                .param("sourceReference", e.sourceReference())
                .param("businessDate", e.businessDate())
                .param("recordedAt", timestamp(e.recordedAt()))
                .update();
    }

    private void defineProgramme(ProgrammeDefined e, long sequence) {
        jdbc.sql("""
                        insert into plan_programme (plan_id, programme_id, name, kind, number, source, defined_on,
                            defined_sequence)
                        values (:planId, :programmeId, :name, :kind, :number, cast(:source as jsonb), :definedOn, :sequence)
                        on conflict (plan_id, programme_id) do update set
                            name = excluded.name, kind = excluded.kind, number = excluded.number, source = excluded.source
                        """)
                .param("planId", e.planId().value())
                .param("programmeId", e.programmeId())
                .param("name", e.name())
                .param("kind", e.kind().name())
                .param("number", e.number())
                .param("source", JsonColumns.write(e.source()))
                .param("definedOn", e.businessDate())
                .param("sequence", sequence)
                .update();
    }

    private void setTarget(TargetSet e, long sequence) {
        Quantity planned = e.planned();
        jdbc.sql("""
                        insert into plan_target (plan_id, target_id, programme_id, name, counts, planned_comparator,
                            planned_value, planned_min, planned_max, planned_as_written, firmness, indicator_id, per, flags,
                            source, set_on, defined_sequence)
                        values (:planId, :targetId, :programmeId, :name, :counts, :comparator, :value, :min, :max,
                            :asWritten, :firmness, :indicatorId, :per, cast(:flags as jsonb), cast(:source as jsonb),
                            :setOn, :sequence)
                        on conflict (plan_id, target_id) do update set
                            programme_id = excluded.programme_id, name = excluded.name, counts = excluded.counts,
                            planned_comparator = excluded.planned_comparator, planned_value = excluded.planned_value,
                            planned_min = excluded.planned_min, planned_max = excluded.planned_max,
                            planned_as_written = excluded.planned_as_written, firmness = excluded.firmness,
                            indicator_id = excluded.indicator_id, per = excluded.per, flags = excluded.flags,
                            source = excluded.source
                        """)
                .param("planId", e.planId().value())
                .param("targetId", e.targetId())
                .param("programmeId", e.programmeId())
                .param("name", e.name())
                .param("counts", e.counts().name())
                .param("comparator", planned == null ? null : planned.comparator().name())
                .param("value", planned == null ? null : planned.value())
                .param("min", planned == null ? null : planned.min())
                .param("max", planned == null ? null : planned.max())
                .param("asWritten", planned == null ? null : planned.asWritten())
                .param("firmness", e.firmness().name())
                .param("indicatorId", e.indicatorId())
                .param("per", e.per())
                .param("flags", JsonColumns.flags(e.flags()))
                .param("source", JsonColumns.write(e.source()))
                .param("setOn", e.businessDate())
                .param("sequence", sequence)
                .update();
    }

    private void reviseTarget(TargetRevised e, long sequence) {
        Quantity planned = e.planned();
        // the history row keeps the figure it replaced, read before the target is changed
        int recorded = jdbc.sql("""
                        insert into plan_target_revision (plan_id, target_id, sequence, business_date, recorded_at,
                            previous_comparator, previous_value, previous_min, previous_max, previous_as_written,
                            previous_firmness, planned_comparator, planned_value, planned_min, planned_max, planned_as_written,
                            firmness, reason)
                        select plan_id, target_id, :sequence, :businessDate, :recordedAt, planned_comparator, planned_value,
                            planned_min, planned_max, planned_as_written, firmness, :comparator, :value, :min, :max,
                            :asWritten, :firmness, :reason
                        from plan_target where plan_id = :planId and target_id = :targetId
                        """)
                .param("sequence", sequence)
                .param("businessDate", e.businessDate())
                .param("recordedAt", timestamp(e.recordedAt()))
                .param("comparator", planned.comparator().name())
                .param("value", planned.value())
                .param("min", planned.min())
                .param("max", planned.max())
                .param("asWritten", planned.asWritten())
                .param("firmness", e.firmness().name())
                .param("reason", e.reason())
                .param("planId", e.planId().value())
                .param("targetId", e.targetId())
                .update();
        if (recorded == 0) {
            LOG.warn("plan {}: revision of target {}, which was never set; kept in the plan timeline only",
                    e.planId(), e.targetId());
            return;
        }
        jdbc.sql("""
                        update plan_target set planned_comparator = :comparator, planned_value = :value, planned_min = :min,
                            planned_max = :max, planned_as_written = :asWritten, firmness = :firmness,
                            revisions = revisions + 1
                        where plan_id = :planId and target_id = :targetId
                        """)
                .param("comparator", planned.comparator().name())
                .param("value", planned.value())
                .param("min", planned.min())
                .param("max", planned.max())
                .param("asWritten", planned.asWritten())
                .param("firmness", e.firmness().name())
                .param("planId", e.planId().value())
                .param("targetId", e.targetId())
                .update();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
