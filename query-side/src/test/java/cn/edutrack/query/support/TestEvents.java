package cn.edutrack.query.support;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.Money;
import cn.edutrack.events.OrganisationId;
import cn.edutrack.events.PersonId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.RecheckResult;
import cn.edutrack.events.project.AcceptanceFailed;
import cn.edutrack.events.project.AcceptancePassed;
import cn.edutrack.events.project.BudgetRevised;
import cn.edutrack.events.project.ConstructionCompleted;
import cn.edutrack.events.project.ConstructionStarted;
import cn.edutrack.events.project.DesignationApplied;
import cn.edutrack.events.project.DesignationGranted;
import cn.edutrack.events.project.DesignationRejected;
import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProgressReported;
import cn.edutrack.events.project.ProjectApproved;
import cn.edutrack.events.project.ProjectCancelled;
import cn.edutrack.events.project.ProjectEvent;
import cn.edutrack.events.project.ProjectHandedOver;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.events.project.ProjectResumed;
import cn.edutrack.events.project.ProjectSuspended;
import cn.edutrack.events.project.PutIntoService;
import cn.edutrack.events.project.RecheckRecorded;
import cn.edutrack.events.project.RectificationOrdered;
import cn.edutrack.events.project.ReformConcluded;
import cn.edutrack.events.project.ReformEvaluated;
import cn.edutrack.events.project.ReformLaunched;
import cn.edutrack.events.project.ScheduleRebaselined;
import cn.edutrack.events.project.ScopeRevised;
import cn.edutrack.events.project.SiteDecommissioned;
import cn.edutrack.events.project.SummonsIssued;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import tools.jackson.databind.node.ObjectNode;

/**
 * Project events for tests, each waiting for the project id ({@code story.next(approved(...))}). Business
 * dates are given; every event is recorded at 17:30 Beijing time on its business date.
 */
public final class TestEvents {

    private TestEvents() {
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    public static Instant recordedOn(LocalDate date) {
        return date.atTime(LocalTime.of(17, 30)).toInstant(ZoneOffset.ofHours(8));
    }

    /**
     * The event recorded at {@code recordedAt} (an RFC 3339 instant) instead of on its business date: an event
     * recorded late (back-dated), or a second one the same day. Recording times must grow with the sequence, as the
     * command side records them.
     */
    public static Function<ProjectId, ProjectEvent> recordedAt(String recordedAt, Function<ProjectId, ProjectEvent> event) {
        return id -> {
            ProjectEvent e = event.apply(id);
            ObjectNode tree = (ObjectNode) EventJson.toTree(e);
            tree.put("recordedAt", Instant.parse(recordedAt).toString());
            return EventJson.readProjectEvent(EventCatalog.of(e).ceType(), EventJson.writeTree(tree));
        };
    }

    /**
     * The correction ({@code EventCorrected}) of the event at {@code sequence}: the event as it should have been
     * recorded, of the same type, with the reason; decided on {@code on}, recorded at {@code recordedAt}.
     */
    public static Function<ProjectId, ProjectEvent> corrected(long sequence, Function<ProjectId, ProjectEvent> asItShouldBe,
            String reason, String on, String recordedAt) {
        return id -> {
            ProjectEvent e = asItShouldBe.apply(id);
            return new EventCorrected(id, date(on), Instant.parse(recordedAt), sequence, EventCatalog.of(e).ceType(),
                    EventJson.toTree(e), reason);
        };
    }

    public static Function<ProjectId, ProjectEvent> registered(ProjectKind kind, String title, String jurisdiction,
            Capacity planned, String on) {
        return id -> new ProjectRegistered(id, date(on), recordedOn(date(on)), kind, title, JurisdictionCode.of(jurisdiction),
                OrganisationId.of("ORG-BUREAU-PLANNING"), PersonId.of("P-" + UUID.randomUUID().toString().substring(0, 8)),
                planned, "XX区教育事业发展“十四五”规划");
    }

    /** A registration by the given owner organisation. */
    public static Function<ProjectId, ProjectEvent> registered(ProjectKind kind, String title, String jurisdiction,
            String owner, Capacity planned, String on) {
        return id -> new ProjectRegistered(id, date(on), recordedOn(date(on)), kind, title, JurisdictionCode.of(jurisdiction),
                OrganisationId.of(owner), PersonId.of("P-" + UUID.randomUUID().toString().substring(0, 8)), planned, null);
    }

    public static Function<ProjectId, ProjectEvent> approved(String budget, String plannedStart, String plannedCompletion,
            String on) {
        return id -> new ProjectApproved(id, date(on), recordedOn(date(on)), "XX区发展和改革局", "X发改投资〔2022〕17号",
                Money.of(budget), "新建教学楼及附属设施", date(plannedStart), date(plannedCompletion));
    }

    public static Function<ProjectId, ProjectEvent> funded(FundingSource source, String amount, String on) {
        return id -> new FundingAllocated(id, date(on), recordedOn(date(on)), "ALLOC-" + UUID.randomUUID(), source,
                Money.of(amount), "X财教〔2022〕" + source.ordinal() + "号");
    }

    public static Function<ProjectId, ProjectEvent> constructionStarted(String on) {
        return id -> new ConstructionStarted(id, date(on), recordedOn(date(on)), "ORG-CONTRACTOR-7");
    }

    public static Function<ProjectId, ProjectEvent> progress(int percent, String on) {
        return id -> new ProgressReported(id, date(on), recordedOn(date(on)), percent, "主体结构封顶", "EVID-" + percent, null);
    }

    public static Function<ProjectId, ProjectEvent> progressCorrection(int percent, long correctsSequence, String on) {
        return id -> new ProgressReported(id, date(on), recordedOn(date(on)), percent, "更正", null, correctsSequence);
    }

    public static Function<ProjectId, ProjectEvent> completed(Capacity actual, String on) {
        return id -> new ConstructionCompleted(id, date(on), recordedOn(date(on)), actual, new BigDecimal("18250.50"));
    }

    public static Function<ProjectId, ProjectEvent> acceptanceFailed(String deadline, String on) {
        return id -> new AcceptanceFailed(id, date(on), recordedOn(date(on)), "XX区住建局", "消防通道不达标", date(deadline));
    }

    public static Function<ProjectId, ProjectEvent> acceptancePassed(String on) {
        return id -> new AcceptancePassed(id, date(on), recordedOn(date(on)), "XX区住建局", "X建验〔2024〕3号");
    }

    public static Function<ProjectId, ProjectEvent> putIntoService(int firstEnrolment, String on) {
        return id -> new PutIntoService(id, date(on), recordedOn(date(on)), firstEnrolment);
    }

    public static Function<ProjectId, ProjectEvent> suspended(String on) {
        return id -> new ProjectSuspended(id, date(on), recordedOn(date(on)), "用地调整");
    }

    public static Function<ProjectId, ProjectEvent> resumed(String on) {
        return id -> new ProjectResumed(id, date(on), recordedOn(date(on)), "用地手续完成");
    }

    public static Function<ProjectId, ProjectEvent> rebaselined(String plannedStart, String plannedCompletion, String on) {
        return id -> new ScheduleRebaselined(id, date(on), recordedOn(date(on)), date(plannedStart), date(plannedCompletion), "汛期停工");
    }

    public static Function<ProjectId, ProjectEvent> budgetRevised(String budget, String on) {
        return id -> new BudgetRevised(id, date(on), recordedOn(date(on)), Money.of(budget), "X发改投资〔2023〕2号", "材料涨价");
    }

    public static Function<ProjectId, ProjectEvent> scopeRevised(Capacity planned, String on) {
        return id -> new ScopeRevised(id, date(on), recordedOn(date(on)), "增加风雨操场", planned, "学位需求增加");
    }

    public static Function<ProjectId, ProjectEvent> handedOver(Capacity actual, String on) {
        return id -> new ProjectHandedOver(id, date(on), recordedOn(date(on)), "ORG-DEVELOPER-3", actual);
    }

    public static Function<ProjectId, ProjectEvent> siteDecommissioned(int placesRemoved, String on) {
        return id -> new SiteDecommissioned(id, date(on), recordedOn(date(on)), "老校区", placesRemoved);
    }

    public static Function<ProjectId, ProjectEvent> cancelled(String on) {
        return id -> new ProjectCancelled(id, date(on), recordedOn(date(on)), "规划调整");
    }

    public static Function<ProjectId, ProjectEvent> reformLaunched(int units, String on) {
        return id -> new ReformLaunched(id, date(on), recordedOn(date(on)),
                IntStream.range(0, units).mapToObj(i -> OrganisationId.of("ORG-SCHOOL-" + i)).toList());
    }

    public static Function<ProjectId, ProjectEvent> reformEvaluated(String rating, boolean passed, String on) {
        return id -> new ReformEvaluated(id, date(on), recordedOn(date(on)), "XX区督导室", rating, passed);
    }

    public static Function<ProjectId, ProjectEvent> reformConcluded(boolean scaledUp, String on) {
        return id -> new ReformConcluded(id, date(on), recordedOn(date(on)), scaledUp, "经验在全区推广");
    }

    public static Function<ProjectId, ProjectEvent> designationApplied(String designation, String level, String on) {
        return id -> new DesignationApplied(id, date(on), recordedOn(date(on)), designation, level, "XX市教育局");
    }

    public static Function<ProjectId, ProjectEvent> designationGranted(String level, String on) {
        return id -> new DesignationGranted(id, date(on), recordedOn(date(on)), level, "XX省教育厅", "X教基〔2024〕9号");
    }

    public static Function<ProjectId, ProjectEvent> designationRejected(String on) {
        return id -> new DesignationRejected(id, date(on), recordedOn(date(on)), "材料不全");
    }

    /** A supervisor's rectification order (责令整改) number {@code orderNumber}, to be rectified by {@code deadline}. */
    public static Function<ProjectId, ProjectEvent> rectificationOrdered(int orderNumber, String deadline, String on) {
        return id -> new RectificationOrdered(id, date(on), recordedOn(date(on)), orderNumber, "XX市教育局",
                "主体结构施工进度滞后计划60天", date(deadline));
    }

    /** A supervisor's summons (约谈) of the project's responsible party. */
    public static Function<ProjectId, ProjectEvent> summonsIssued(String on) {
        return id -> new SummonsIssued(id, date(on), recordedOn(date(on)), "XX市教育局", "项目建设单位主要负责人",
                "整改不到位");
    }

    /** A re-check of order {@code orderNumber}; {@code newDeadline} (nullable) only with NOT_RECTIFIED. */
    public static Function<ProjectId, ProjectEvent> recheck(int orderNumber, RecheckResult result, String newDeadline,
            String on) {
        return id -> new RecheckRecorded(id, date(on), recordedOn(date(on)), orderNumber, result,
                result == RecheckResult.RECTIFIED ? "已整改到位" : "仍滞后计划45天",
                newDeadline == null ? null : date(newDeadline));
    }
}
