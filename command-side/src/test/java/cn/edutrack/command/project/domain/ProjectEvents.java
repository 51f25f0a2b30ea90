package cn.edutrack.command.project.domain;

import static cn.edutrack.command.project.domain.ProjectFixtures.*;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.Money;
import cn.edutrack.events.OrganisationId;
import cn.edutrack.events.PersonId;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.project.AcceptanceFailed;
import cn.edutrack.events.project.AcceptancePassed;
import cn.edutrack.events.project.BudgetRevised;
import cn.edutrack.events.project.ConstructionCompleted;
import cn.edutrack.events.project.ConstructionStarted;
import cn.edutrack.events.project.DesignationApplied;
import cn.edutrack.events.project.DesignationGranted;
import cn.edutrack.events.project.DesignationRejected;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProgressReported;
import cn.edutrack.events.project.ProjectApproved;
import cn.edutrack.events.project.ProjectCancelled;
import cn.edutrack.events.project.ProjectHandedOver;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.events.project.ProjectResumed;
import cn.edutrack.events.project.ProjectSuspended;
import cn.edutrack.events.project.PutIntoService;
import cn.edutrack.events.project.ReformConcluded;
import cn.edutrack.events.project.ReformEvaluated;
import cn.edutrack.events.project.ReformLaunched;
import cn.edutrack.events.project.ScheduleRebaselined;
import cn.edutrack.events.project.ScopeRevised;
import cn.edutrack.events.project.SiteDecommissioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Events of the test project, recorded at {@link ProjectFixtures#RECORDED_AT}. Each builder has the
 * same field values as the matching builder in {@link ProjectCommands}, so a test can give one and
 * expect the other.
 */
final class ProjectEvents {

    static final JurisdictionCode JURISDICTION = JurisdictionCode.of("CN-45/XX市/XX区");
    static final OrganisationId OWNER = OrganisationId.of("ORG-BUREAU-PLANNING");
    static final PersonId RESPONSIBLE = PersonId.of("PER-0042");
    static final Capacity PLANNED_CAPACITY = new Capacity(1080, 4, 24);
    static final Capacity BUILT_CAPACITY = new Capacity(1080, 4, 24);
    static final Capacity REVISED_CAPACITY = new Capacity(1350, 5, 30);
    static final Capacity HANDED_OVER_CAPACITY = new Capacity(540, 2, 12);
    static final BigDecimal FLOOR_AREA = new BigDecimal("18500.50");
    static final List<OrganisationId> PILOT_UNITS = List.of(OrganisationId.of("ORG-SCHOOL-1"), OrganisationId.of("ORG-SCHOOL-2"));

    private ProjectEvents() {
    }

    static ProjectRegistered registered(ProjectKind kind) {
        return new ProjectRegistered(ID, REGISTERED_ON, RECORDED_AT, kind, "XX区第一小学新建工程", JURISDICTION, OWNER,
                RESPONSIBLE, PLANNED_CAPACITY, "XX区教育事业发展“十四五”规划 专栏3");
    }

    static ProjectApproved approved() {
        return approved(BUDGET);
    }

    static ProjectApproved approved(Money budget) {
        return new ProjectApproved(ID, APPROVED_ON, RECORDED_AT, "XX区发展和改革局", "X发改投资〔2023〕12号", budget,
                "新建教学楼、综合楼及运动场", PLANNED_START, PLANNED_COMPLETION);
    }

    static FundingAllocated allocated(String allocationId, FundingSource source, Money amount) {
        return new FundingAllocated(ID, FUNDED_ON, RECORDED_AT, allocationId, source, amount, "X财教〔2023〕" + allocationId);
    }

    static ConstructionStarted started() {
        return started(STARTED_ON);
    }

    static ConstructionStarted started(LocalDate on) {
        return new ConstructionStarted(ID, on, RECORDED_AT, "XX建工集团");
    }

    static ProgressReported progressReported(int percent) {
        return progressReported(PROGRESS_ON, percent);
    }

    static ProgressReported progressReported(LocalDate on, int percent) {
        return new ProgressReported(ID, on, RECORDED_AT, percent, "主体结构施工", "EVID-" + percent, null);
    }

    static ProgressReported progressCorrected(int percent, long correctsSequence) {
        return new ProgressReported(ID, PROGRESS_ON, RECORDED_AT, percent, "更正：监理复核", "EVID-" + percent, correctsSequence);
    }

    static ConstructionCompleted completed() {
        return completed(COMPLETED_ON);
    }

    static ConstructionCompleted completed(LocalDate on) {
        return new ConstructionCompleted(ID, on, RECORDED_AT, BUILT_CAPACITY, FLOOR_AREA);
    }

    static ProjectHandedOver handedOver() {
        return new ProjectHandedOver(ID, HANDED_OVER_ON, RECORDED_AT, "XX房地产开发有限公司", HANDED_OVER_CAPACITY);
    }

    static AcceptanceFailed acceptanceFailed() {
        return acceptanceFailed(INSPECTED_ON, RECTIFY_BY);
    }

    static AcceptanceFailed acceptanceFailed(LocalDate on, LocalDate rectifyBy) {
        return new AcceptanceFailed(ID, on, RECORDED_AT, "XX区住建局质监站", "消防通道不达标", rectifyBy);
    }

    static AcceptancePassed acceptancePassed() {
        return acceptancePassed(ACCEPTED_ON);
    }

    static AcceptancePassed acceptancePassed(LocalDate on) {
        return new AcceptancePassed(ID, on, RECORDED_AT, "XX区住建局质监站", "X建验〔2024〕7号");
    }

    static PutIntoService putIntoService() {
        return putIntoService(IN_SERVICE_ON);
    }

    static PutIntoService putIntoService(LocalDate on) {
        return new PutIntoService(ID, on, RECORDED_AT, 405);
    }

    static ProjectSuspended suspended() {
        return new ProjectSuspended(ID, SUSPENDED_ON, RECORDED_AT, "征地纠纷");
    }

    static ProjectResumed resumed() {
        return new ProjectResumed(ID, RESUMED_ON, RECORDED_AT, "纠纷已解决");
    }

    static ScheduleRebaselined scheduleRebaselined(LocalDate plannedStart, LocalDate plannedCompletion) {
        return new ScheduleRebaselined(ID, REVISED_ON, RECORDED_AT, plannedStart, plannedCompletion, "征地延误");
    }

    static BudgetRevised budgetRevised(Money budget) {
        return new BudgetRevised(ID, REVISED_ON, RECORDED_AT, budget, "X发改投资〔2023〕31号", "材料价格上涨");
    }

    static ScopeRevised scopeRevised() {
        return new ScopeRevised(ID, REVISED_ON, RECORDED_AT, "增加一栋教学楼", REVISED_CAPACITY, "学位需求增加");
    }

    static ProjectCancelled cancelled() {
        return new ProjectCancelled(ID, CANCELLED_ON, RECORDED_AT, "规划调整");
    }

    static SiteDecommissioned siteDecommissioned() {
        return new SiteDecommissioned(ID, DECOMMISSIONED_ON, RECORDED_AT, "县一中老校区", 1200);
    }

    static ReformLaunched launched() {
        return launched(LAUNCHED_ON);
    }

    static ReformLaunched launched(LocalDate on) {
        return new ReformLaunched(ID, on, RECORDED_AT, PILOT_UNITS);
    }

    static ReformEvaluated evaluated(boolean passed) {
        return evaluated(EVALUATED_ON, passed);
    }

    static ReformEvaluated evaluated(LocalDate on, boolean passed) {
        return new ReformEvaluated(ID, on, RECORDED_AT, "XX区人民政府教育督导室", passed ? "良好" : "不合格", passed);
    }

    static ReformConcluded concluded(boolean scaledUp) {
        return concluded(CONCLUDED_ON, scaledUp);
    }

    static ReformConcluded concluded(LocalDate on, boolean scaledUp) {
        return new ReformConcluded(ID, on, RECORDED_AT, scaledUp, scaledUp ? "全区推广" : "试点结束");
    }

    static DesignationApplied designationApplied(LocalDate on) {
        return new DesignationApplied(ID, on, RECORDED_AT, "义务教育优质均衡发展区", "国家级", "XX区人民政府");
    }

    static DesignationGranted designationGranted() {
        return designationGranted(GRANTED_ON);
    }

    static DesignationGranted designationGranted(LocalDate on) {
        return new DesignationGranted(ID, on, RECORDED_AT, "国家级", "教育部", "教督函〔2024〕3号");
    }

    static DesignationRejected designationRejected() {
        return new DesignationRejected(ID, REJECTED_ON, RECORDED_AT, "指标未达标");
    }
}
