package cn.edutrack.query.project;

import static cn.edutrack.query.support.TestEvents.acceptancePassed;
import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.budgetRevised;
import static cn.edutrack.query.support.TestEvents.cancelled;
import static cn.edutrack.query.support.TestEvents.constructionStarted;
import static cn.edutrack.query.support.TestEvents.designationApplied;
import static cn.edutrack.query.support.TestEvents.designationGranted;
import static cn.edutrack.query.support.TestEvents.designationRejected;
import static cn.edutrack.query.support.TestEvents.funded;
import static cn.edutrack.query.support.TestEvents.handedOver;
import static cn.edutrack.query.support.TestEvents.progress;
import static cn.edutrack.query.support.TestEvents.progressCorrection;
import static cn.edutrack.query.support.TestEvents.rebaselined;
import static cn.edutrack.query.support.TestEvents.reformConcluded;
import static cn.edutrack.query.support.TestEvents.reformEvaluated;
import static cn.edutrack.query.support.TestEvents.reformLaunched;
import static cn.edutrack.query.support.TestEvents.registered;
import static cn.edutrack.query.support.TestEvents.resumed;
import static cn.edutrack.query.support.TestEvents.scopeRevised;
import static cn.edutrack.query.support.TestEvents.siteDecommissioned;
import static cn.edutrack.query.support.TestEvents.suspended;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Kafka record of docs/contracts.md in (key, CloudEvents headers, {@code EventJson} value, written
 * by a plain producer), read-model rows out: for each event type, the status, dates, money and places
 * it sets.
 */
class ProjectionContractIT extends QuerySideIntegrationTest {

    private static final String DISTRICT = "CN-45/XX市/XX区";

    @Test
    void registrationCreatesTheSummaryAndTheFirstTimelineRow() {
        ProjectStory project = new ProjectStory();
        send(project.next(registered(ProjectKind.EXPANSION, "XX区实验中学改扩建工程", DISTRICT, new Capacity(900, 3, 18),
                "2021-11-02")));

        awaitVersion(project.idValue(), 0);

        Map<String, Object> row = jdbc.sql("select * from project_summary where project_id = ?").param(project.idValue())
                .query().singleRow();
        assertThat(row).containsEntry("track", "CONSTRUCTION")
                .containsEntry("kind", "EXPANSION")
                .containsEntry("title", "XX区实验中学改扩建工程")
                .containsEntry("jurisdiction", DISTRICT)
                .containsEntry("owner_organisation", "ORG-BUREAU-PLANNING")
                .containsEntry("plan_reference", "XX区教育事业发展“十四五”规划")
                .containsEntry("status", "REGISTERED")
                .containsEntry("planned_places", 900)
                .containsEntry("planned_streams", 3)
                .containsEntry("planned_classes", 18)
                .containsEntry("allocated_total", new BigDecimal("0.00"))
                .containsEntry("version", 0L);
        assertThat(jdbc.sql("select registered_on, last_event_on from project_summary where project_id = ?")
                .param(project.idValue()).query((rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getObject(2, LocalDate.class))
                .single()).isEqualTo("2021-11-02 2021-11-02");
        assertThat(jdbc.sql("select last_recorded_at from project_summary where project_id = ?").param(project.idValue())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).single())
                .isEqualTo(OffsetDateTime.of(2021, 11, 2, 9, 30, 0, 0, ZoneOffset.UTC));

        Map<String, Object> timeline = jdbc.sql("""
                        select sequence, event_id::text as event_id, event_type, summary, payload->>'title' as title
                        from project_timeline where project_id = ?""")
                .param(project.idValue()).query().singleRow();
        assertThat(timeline).containsEntry("sequence", 0L)
                .containsEntry("event_type", "cn.edutrack.project.registered.v1")
                .containsEntry("title", "XX区实验中学改扩建工程")
                .containsEntry("event_id", header(project, 0, "ce_id"));
        assertThat((String) timeline.get("summary")).startsWith("Registered EXPANSION project 'XX区实验中学改扩建工程' in " + DISTRICT);
    }

    @Test
    void approvalAndFundingSetBudgetScheduleAndExactMoney() {
        ProjectStory project = new ProjectStory();
        send(project.next(registered(ProjectKind.NEW_BUILD, "XX幼儿园新建工程", DISTRICT, new Capacity(360, 0, 12), "2022-01-05")),
                project.next(approved("999999999999.99", "2022-05-01", "2023-07-31", "2022-02-10")),
                project.next(funded(FundingSource.CENTRAL_FISCAL, "0.01", "2022-03-01")),
                project.next(funded(FundingSource.CENTRAL_FISCAL, "1250000.50", "2022-03-09")),
                project.next(funded(FundingSource.SOCIAL_CAPITAL, "333333.33", "2022-04-01")));

        awaitVersion(project.idValue(), 4);

        http.get().uri("/api/projects/{id}", project.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("FUNDED")
                .jsonPath("$.approvedBudget").isEqualTo("999999999999.99")
                .jsonPath("$.approvingBody").isEqualTo("XX区发展和改革局")
                .jsonPath("$.approvalDocument").isEqualTo("X发改投资〔2022〕17号")
                .jsonPath("$.plannedStart").isEqualTo("2022-05-01")
                .jsonPath("$.plannedCompletion").isEqualTo("2023-07-31")
                .jsonPath("$.milestones.approvedOn").isEqualTo("2022-02-10")
                .jsonPath("$.milestones.fundedOn").isEqualTo("2022-03-01")
                .jsonPath("$.allocatedTotal").isEqualTo("1583333.84")
                .jsonPath("$.allocatedBySource.CENTRAL_FISCAL").isEqualTo("1250000.51")
                .jsonPath("$.allocatedBySource.SOCIAL_CAPITAL").isEqualTo("333333.33");
        assertThat(jdbc.sql("select allocations from project_funding_by_source where project_id = ? and source = 'CENTRAL_FISCAL'")
                .param(project.idValue()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void suspensionShowsSuspendedAndResumingReturnsToTheStageReachedMeanwhile() {
        ProjectStory project = new ProjectStory();
        send(project.next(registered(ProjectKind.RELOCATION, "XX县一中搬迁工程", DISTRICT, new Capacity(3000, 12, 60), "2020-03-01")),
                project.next(approved("180000000.00", "2020-09-01", "2022-08-31", "2020-05-01")),
                project.next(suspended("2020-06-01")));
        awaitVersion(project.idValue(), 2);
        http.get().uri("/api/projects/{id}", project.idValue()).exchange()
                .expectBody()
                .jsonPath("$.status").isEqualTo("SUSPENDED")
                .jsonPath("$.statusBeforeSuspension").isEqualTo("APPROVED")
                .jsonPath("$.milestones.suspendedOn").isEqualTo("2020-06-01");

        send(project.next(funded(FundingSource.COUNTY_DISTRICT_FISCAL, "5000000.00", "2020-07-01")),
                project.next(resumed("2020-08-15")));
        awaitVersion(project.idValue(), 4);
        http.get().uri("/api/projects/{id}", project.idValue()).exchange()
                .expectBody()
                .jsonPath("$.status").isEqualTo("FUNDED")
                .jsonPath("$.statusBeforeSuspension").isEmpty()
                .jsonPath("$.milestones.resumedOn").isEqualTo("2020-08-15")
                .jsonPath("$.allocatedTotal").isEqualTo("5000000.00");

        send(project.next(constructionStarted("2020-09-10")),
                project.next(suspended("2021-01-20")),
                project.next(resumed("2021-03-01")),
                project.next(siteDecommissioned(1800, "2021-03-05")));
        awaitVersion(project.idValue(), 8);
        http.get().uri("/api/projects/{id}", project.idValue()).exchange()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UNDER_CONSTRUCTION")
                .jsonPath("$.placesRemoved").isEqualTo(1800)
                .jsonPath("$.milestones.siteDecommissionedOn").isEqualTo("2021-03-05");
    }

    @Test
    void revisionsAndCorrectionsChangePlanBudgetAndProgressButNotTheStatus() {
        ProjectStory project = new ProjectStory();
        send(project.next(registered(ProjectKind.RENOVATION, "XX小学改造工程", DISTRICT, new Capacity(0, 0, 0), "2023-01-03")),
                project.next(approved("2000000.00", "2023-03-01", "2023-08-31", "2023-02-01")),
                project.next(constructionStarted("2023-03-02")),
                project.next(progress(40, "2023-04-01")),
                project.next(progressCorrection(35, 3, "2023-04-02")),
                project.next(progress(70, "2023-05-01")),
                // corrects the superseded report #3: history, not the percent in force
                project.next(progressCorrection(30, 3, "2023-05-02")),
                project.next(budgetRevised("2400000.00", "2023-05-10")),
                project.next(rebaselined("2023-03-01", "2023-12-31", "2023-05-11")),
                project.next(scopeRevised(new Capacity(90, 0, 2), "2023-05-12")),
                project.next(cancelled("2023-06-30")));

        awaitVersion(project.idValue(), 10);

        http.get().uri("/api/projects/{id}", project.idValue()).exchange()
                .expectBody()
                .jsonPath("$.status").isEqualTo("CANCELLED")
                .jsonPath("$.milestones.cancelledOn").isEqualTo("2023-06-30")
                .jsonPath("$.percentComplete").isEqualTo(70)
                .jsonPath("$.progressReportedOn").isEqualTo("2023-05-01")
                .jsonPath("$.approvedBudget").isEqualTo("2400000.00")
                .jsonPath("$.plannedCompletion").isEqualTo("2023-12-31")
                .jsonPath("$.scope").isEqualTo("增加风雨操场")
                .jsonPath("$.plannedCapacity.places").isEqualTo(90)
                .jsonPath("$.plannedCapacity.classes").isEqualTo(2);
        http.get().uri("/api/projects/{id}/timeline", project.idValue()).exchange()
                .expectBody()
                .jsonPath("$.events[4].summary").isEqualTo("Progress 35% (corrects report #3): 更正")
                .jsonPath("$.events[4].payload.correctsSequence").isEqualTo(3);
    }

    @Test
    void aHandedOverSchoolCountsItsCapacityAndStillNeedsAcceptance() {
        ProjectStory project = new ProjectStory();
        send(project.next(registered(ProjectKind.HANDOVER, "XX小区配套幼儿园接收", DISTRICT, new Capacity(270, 0, 9), "2023-02-01")),
                project.next(handedOver(new Capacity(270, 0, 9), "2023-06-01")));
        awaitVersion(project.idValue(), 1);
        http.get().uri("/api/projects/{id}", project.idValue()).exchange()
                .expectBody()
                .jsonPath("$.status").isEqualTo("HANDED_OVER")
                .jsonPath("$.deliveredCapacity.places").isEqualTo(270)
                .jsonPath("$.milestones.handedOverOn").isEqualTo("2023-06-01")
                .jsonPath("$.milestones.approvedOn").isEmpty();

        send(project.next(acceptancePassed("2023-07-01")));
        awaitVersion(project.idValue(), 2);
        http.get().uri("/api/projects/{id}", project.idValue()).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("ACCEPTED");
    }

    @Test
    void aReformIsLaunchedEvaluatedAndScaledUp() {
        ProjectStory project = new ProjectStory();
        send(project.next(registered(ProjectKind.SCHOOL_GROUP, "XX区集团化办学改革", DISTRICT, Capacity.NONE, "2021-09-01")),
                project.next(approved("300000.00", "2021-10-01", "2023-07-31", "2021-09-20")),
                project.next(funded(FundingSource.SPECIAL_FUND, "300000.00", "2021-09-25")),
                project.next(reformLaunched(5, "2021-10-08")),
                project.next(reformEvaluated("优秀", true, "2022-12-20")),
                project.next(reformConcluded(true, "2023-07-10")));

        awaitVersion(project.idValue(), 5);

        http.get().uri("/api/projects/{id}", project.idValue()).exchange()
                .expectBody()
                .jsonPath("$.track").isEqualTo("REFORM")
                .jsonPath("$.status").isEqualTo("SCALED_UP")
                .jsonPath("$.participatingUnits").isEqualTo(5)
                .jsonPath("$.evaluationRating").isEqualTo("优秀")
                .jsonPath("$.evaluationPassed").isEqualTo(true)
                .jsonPath("$.milestones.fundedOn").isEqualTo("2021-09-25")
                .jsonPath("$.milestones.launchedOn").isEqualTo("2021-10-08")
                .jsonPath("$.milestones.evaluatedOn").isEqualTo("2022-12-20")
                .jsonPath("$.milestones.concludedOn").isEqualTo("2023-07-10");
    }

    @Test
    void designationsAreGrantedOrRejected() {
        ProjectStory granted = new ProjectStory();
        ProjectStory rejected = new ProjectStory();
        send(granted.next(registered(ProjectKind.MODEL_SCHOOL, "XX中学创建省级示范性高中", DISTRICT, Capacity.NONE, "2022-02-01")),
                granted.next(designationApplied("省级示范性普通高中", "省级", "2022-03-01")),
                granted.next(designationGranted("省级", "2022-11-30")),
                rejected.next(registered(ProjectKind.BRAND, "XX小学特色品牌创建", DISTRICT, Capacity.NONE, "2022-02-01")),
                rejected.next(designationApplied("市级特色学校", "市级", "2022-03-01")),
                rejected.next(designationRejected("2022-06-30")));

        awaitVersion(granted.idValue(), 2);
        awaitVersion(rejected.idValue(), 2);

        http.get().uri("/api/projects/{id}", granted.idValue()).exchange()
                .expectBody()
                .jsonPath("$.track").isEqualTo("DESIGNATION")
                .jsonPath("$.status").isEqualTo("GRANTED")
                .jsonPath("$.designation").isEqualTo("省级示范性普通高中")
                .jsonPath("$.designationLevel").isEqualTo("省级")
                .jsonPath("$.milestones.appliedOn").isEqualTo("2022-03-01")
                .jsonPath("$.milestones.grantedOn").isEqualTo("2022-11-30");
        http.get().uri("/api/projects/{id}", rejected.idValue()).exchange()
                .expectBody()
                .jsonPath("$.status").isEqualTo("REJECTED")
                .jsonPath("$.milestones.rejectedOn").isEqualTo("2022-06-30");
    }

    private static String header(ProjectStory story, int sequence, String name) {
        return new String(story.record(sequence).headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
