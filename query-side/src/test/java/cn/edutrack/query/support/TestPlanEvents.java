package cn.edutrack.query.support;

import static cn.edutrack.query.support.TestEvents.date;
import static cn.edutrack.query.support.TestEvents.recordedOn;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.PlanId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.plan.Baseline;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.IndicatorAttribute;
import cn.edutrack.events.plan.IndicatorDefined;
import cn.edutrack.events.plan.IndicatorMeasured;
import cn.edutrack.events.plan.IndicatorTargetRevised;
import cn.edutrack.events.plan.JurisdictionLevel;
import cn.edutrack.events.plan.JurisdictionRegistered;
import cn.edutrack.events.plan.PlanEvent;
import cn.edutrack.events.plan.PlanRegistered;
import cn.edutrack.events.plan.PlanType;
import cn.edutrack.events.plan.ProgrammeDefined;
import cn.edutrack.events.plan.ProgrammeKind;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.events.plan.SourceQuote;
import cn.edutrack.events.plan.TargetRevised;
import cn.edutrack.events.plan.TargetSet;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.ProjectEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Plan events and plan assignments for tests; every event is recorded at 17:30 Beijing time on its business date. */
public final class TestPlanEvents {

    private TestPlanEvents() {
    }

    /** A fresh root jurisdiction code, e.g. {@code CN-T1A2B3C4D}, so that tests never see each other's data. */
    public static String freshRoot() {
        return "CN-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The record of a jurisdiction's registration (its stream's sequence 0). */
    public static ProducerRecord<String, byte[]> jurisdiction(String code, String name, JurisdictionLevel level, String parent,
            String on) {
        return ContractRecords.of(new JurisdictionRegistered(JurisdictionCode.of(code), date(on), recordedOn(date(on)), name,
                level, parent == null ? null : JurisdictionCode.of(parent), new SourceQuote("“" + name + "”", null)), 0,
                UUID.randomUUID());
    }

    public static Function<PlanId, PlanEvent> planRegistered(String jurisdiction, String title, int from, int to,
            Integer baselineYear, String on) {
        return id -> new PlanRegistered(id, date(on), recordedOn(date(on)), JurisdictionCode.of(jurisdiction), title,
                PlanType.FIVE_YEAR_PLAN, from, to, baselineYear, "XX区人民政府", "X政发〔2021〕8号", date(on), List.of("anonymised"),
                new SourceQuote(title, "封面"));
    }

    public static Quantity quantity(Comparator comparator, String value, String asWritten) {
        return Quantity.of(comparator, new BigDecimal(value), asWritten);
    }

    public static Quantity range(String min, String max, String asWritten) {
        return Quantity.range(new BigDecimal(min), new BigDecimal(max), asWritten);
    }

    public static Quantity noFigure(Comparator comparator, String asWritten) {
        return new Quantity(comparator, null, null, null, asWritten);
    }

    public static Function<PlanId, PlanEvent> indicator(String indicatorId, String name, String unit,
            IndicatorAttribute attribute, String concept, Baseline baseline, Integer targetYear, Quantity target, String on) {
        return id -> new IndicatorDefined(id, date(on), recordedOn(date(on)), indicatorId, name, unit, attribute, concept,
                baseline, targetYear, target, List.of(), new SourceQuote(name, "表1"));
    }

    public static Baseline baseline(int year, String value) {
        return new Baseline(year, new BigDecimal(value), value);
    }

    public static Function<PlanId, PlanEvent> indicatorTargetRevised(String indicatorId, Integer targetYear, Quantity target,
            String reason, String on) {
        return id -> new IndicatorTargetRevised(id, date(on), recordedOn(date(on)), indicatorId, targetYear, target, reason);
    }

    public static Function<PlanId, PlanEvent> measured(String indicatorId, int year, String value, String on,
            String... flags) {
        return id -> new IndicatorMeasured(id, date(on), recordedOn(date(on)), indicatorId, year, new BigDecimal(value),
                value + "%", List.of(flags), year + "年统计公报");
    }

    public static Function<PlanId, PlanEvent> programme(String programmeId, String name, String number, String on) {
        return id -> new ProgrammeDefined(id, date(on), recordedOn(date(on)), programmeId, name, ProgrammeKind.SPECIAL_COLUMN,
                number, new SourceQuote(name, number));
    }

    public static Function<PlanId, PlanEvent> target(String targetId, String programmeId, String name, Counted counts,
            Quantity planned, Firmness firmness, String on, String... flags) {
        return id -> new TargetSet(id, date(on), recordedOn(date(on)), targetId, programmeId, name, counts, planned, firmness,
                null, null, List.of(flags), new SourceQuote(name, null));
    }

    public static Function<PlanId, PlanEvent> targetRevised(String targetId, Quantity planned, Firmness firmness,
            String reason, String on) {
        return id -> new TargetRevised(id, date(on), recordedOn(date(on)), targetId, planned, firmness, reason);
    }

    public static ProjectAssignedToPlan.Contribution contribution(String targetId, Counted counts, String value) {
        return new ProjectAssignedToPlan.Contribution(targetId, counts, new BigDecimal(value), value);
    }

    /** The project's assignment to a plan: programme, main target, contributions, portfolio (parent), due year. */
    public static Function<ProjectId, ProjectEvent> assigned(PlanId plan, String programmeId, String targetId,
            ProjectId parent, Integer dueYear, String on, ProjectAssignedToPlan.Contribution... contributions) {
        return id -> new ProjectAssignedToPlan(id, date(on), recordedOn(date(on)), plan, programmeId, targetId,
                List.of(contributions), parent, null, dueYear, List.of(), null);
    }

    /** A quota project (每个乡镇每年1—2所): assigned with its per-sub-unit, per-year quota and no contributions. */
    public static Function<ProjectId, ProjectEvent> assignedWithQuota(PlanId plan, String programmeId,
            ProjectAssignedToPlan.Quota quota, String on) {
        return id -> new ProjectAssignedToPlan(id, date(on), recordedOn(date(on)), plan, programmeId, null,
                List.of(), null, quota, null, List.of(), null);
    }
}
