package cn.edutrack.query.history;

import static cn.edutrack.query.support.TestEvents.acceptanceFailed;
import static cn.edutrack.query.support.TestEvents.acceptancePassed;
import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.budgetRevised;
import static cn.edutrack.query.support.TestEvents.cancelled;
import static cn.edutrack.query.support.TestEvents.completed;
import static cn.edutrack.query.support.TestEvents.constructionStarted;
import static cn.edutrack.query.support.TestEvents.corrected;
import static cn.edutrack.query.support.TestEvents.designationApplied;
import static cn.edutrack.query.support.TestEvents.designationGranted;
import static cn.edutrack.query.support.TestEvents.designationRejected;
import static cn.edutrack.query.support.TestEvents.funded;
import static cn.edutrack.query.support.TestEvents.handedOver;
import static cn.edutrack.query.support.TestEvents.progress;
import static cn.edutrack.query.support.TestEvents.progressCorrection;
import static cn.edutrack.query.support.TestEvents.putIntoService;
import static cn.edutrack.query.support.TestEvents.rebaselined;
import static cn.edutrack.query.support.TestEvents.recheck;
import static cn.edutrack.query.support.TestEvents.rectificationOrdered;
import static cn.edutrack.query.support.TestEvents.reformConcluded;
import static cn.edutrack.query.support.TestEvents.reformEvaluated;
import static cn.edutrack.query.support.TestEvents.reformLaunched;
import static cn.edutrack.query.support.TestEvents.registered;
import static cn.edutrack.query.support.TestEvents.resumed;
import static cn.edutrack.query.support.TestEvents.scopeRevised;
import static cn.edutrack.query.support.TestEvents.siteDecommissioned;
import static cn.edutrack.query.support.TestEvents.summonsIssued;
import static cn.edutrack.query.support.TestEvents.suspended;
import static cn.edutrack.query.support.TestPlanEvents.assigned;
import static cn.edutrack.query.support.TestPlanEvents.contribution;
import static cn.edutrack.query.support.TestPlanEvents.freshRoot;
import static cn.edutrack.query.support.TestPlanEvents.planRegistered;
import static cn.edutrack.query.support.TestPlanEvents.programme;
import static cn.edutrack.query.support.TestPlanEvents.quantity;
import static cn.edutrack.query.support.TestPlanEvents.target;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.RecheckResult;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.query.support.PlanStory;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The replay path and the live projection agree: for every project of a varied story (every track, suspensions,
 * progress corrections, failed inspections, rectification orders, summonses, revisions, portfolios, cancellations, and
 * corrections of registrations, allocations, completions, hand-overs, inspections and plan assignments), the project as
 * of today as known now equals the live project, field for field; so do the plan's figures as known now and live.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsOfConsistencyIT extends QuerySideIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String district = freshRoot() + "/某市/某区";
    private final PlanStory plan = new PlanStory();
    private final List<ProjectStory> projects = new ArrayList<>();

    @BeforeAll
    void theStory() {
        send(plan.next(planRegistered(district, "某区“十四五”教育规划", 2021, 2025, 2020, "2021-01-10")),
                plan.next(programme("col1", "学前教育", "专栏1", "2021-01-10")),
                plan.next(target("kg", "col1", "幼儿园新建", Counted.KINDERGARTENS, quantity(Comparator.EQUAL, "5", "5所"),
                        Firmness.FIRM, "2021-01-10")),
                plan.next(target("places", "col1", "新增学位", Counted.PLACES, quantity(Comparator.AT_LEAST, "900", "900个"),
                        Firmness.FIRM, "2021-01-10")),
                plan.next(target("reform", "col1", "集团化办学", Counted.ITEMS, quantity(Comparator.AT_LEAST, "2", "2个"),
                        Firmness.SOFT, "2021-01-10")));
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();

        ProjectStory full = story();
        records.add(full.next(registered(ProjectKind.NEW_BUILD, "某区第一幼儿园", district, new Capacity(270, 0, 9), "2021-03-01")));
        records.add(full.next(assigned(plan.id(), "col1", "kg", null, 2023, "2021-03-01",
                contribution(null, Counted.KINDERGARTENS, "1"), contribution("places", Counted.PLACES, "270"))));
        records.add(full.next(approved("5000000.00", "2021-05-01", "2022-08-31", "2021-04-01")));
        records.add(full.next(funded(FundingSource.CENTRAL_FISCAL, "1000000.00", "2021-04-15")));
        records.add(full.next(funded(FundingSource.CENTRAL_FISCAL, "500000.25", "2021-06-15")));
        records.add(full.next(constructionStarted("2021-05-01")));
        records.add(full.next(progress(30, "2021-09-01")));
        records.add(full.next(progressCorrection(35, 6, "2021-09-05")));
        records.add(full.next(suspended("2021-10-01")));
        records.add(full.next(resumed("2021-12-01")));
        records.add(full.next(rebaselined("2021-05-01", "2023-03-31", "2021-12-05")));
        records.add(full.next(budgetRevised("5600000.00", "2022-01-10")));
        records.add(full.next(scopeRevised(new Capacity(300, 0, 10), "2022-02-01")));
        records.add(full.next(completed(new Capacity(300, 0, 10), "2023-02-20")));
        records.add(full.next(acceptanceFailed("2023-04-30", "2023-03-10")));
        records.add(full.next(rectificationOrdered(1, "2023-05-31", "2023-03-15")));
        records.add(full.next(summonsIssued("2023-03-20")));
        records.add(full.next(recheck(1, RecheckResult.RECTIFIED, null, "2023-04-20")));
        records.add(full.next(acceptancePassed("2023-05-10")));
        records.add(full.next(putIntoService(290, "2023-09-01")));
        records.add(full.next(siteDecommissioned(120, "2023-09-15")));
        records.add(full.next(corrected(14, acceptanceFailed("2023-05-15", "2023-03-08"), "验收日期以验收记录为准",
                "2023-10-01", "2023-10-01T02:00:00Z")));
        records.add(full.next(corrected(4, funded(FundingSource.PROVINCIAL_FISCAL, "500000.25", "2021-06-15"),
                "资金来源为省级财政", "2023-10-02", "2023-10-02T02:00:00Z")));

        ProjectStory handover = story();
        records.add(handover.next(registered(ProjectKind.HANDOVER, "某小区配套幼儿园", district, new Capacity(180, 0, 6), "2022-01-05")));
        records.add(handover.next(assigned(plan.id(), "col1", "kg", null, 2023, "2022-01-05",
                contribution(null, Counted.KINDERGARTENS, "1"), contribution("places", Counted.PLACES, "180"))));
        records.add(handover.next(handedOver(new Capacity(180, 0, 6), "2022-09-01")));
        records.add(handover.next(corrected(2, handedOver(new Capacity(210, 0, 7), "2022-09-01"), "移交清单核定7班",
                "2022-10-01", "2022-10-01T02:00:00Z")));
        records.add(handover.next(corrected(1, assigned(plan.id(), "col1", "kg", null, 2024, "2022-01-05",
                contribution(null, Counted.KINDERGARTENS, "1"), contribution("places", Counted.PLACES, "210")),
                "学位数按移交清单", "2022-10-02", "2022-10-02T02:00:00Z")));

        ProjectStory reform = story();
        records.add(reform.next(registered(ProjectKind.SCHOOL_GROUP, "某区集团化办学改革", district, new Capacity(0, 0, 0), "2021-06-01")));
        records.add(reform.next(assigned(plan.id(), "col1", "reform", null, 2024, "2021-06-01",
                contribution(null, Counted.ITEMS, "1"))));
        records.add(reform.next(approved("800000.00", "2021-07-01", "2023-07-01", "2021-06-20")));
        records.add(reform.next(reformLaunched(4, "2021-09-01")));
        records.add(reform.next(reformEvaluated("良好", true, "2023-06-01")));
        records.add(reform.next(reformConcluded(true, "2023-07-01")));

        ProjectStory granted = story();
        records.add(granted.next(registered(ProjectKind.MODEL_SCHOOL, "某区示范校创建", district, new Capacity(0, 0, 0), "2022-03-01")));
        records.add(granted.next(designationApplied("市级示范校", "市级", "2022-04-01")));
        records.add(granted.next(designationGranted("市级", "2023-01-15")));

        ProjectStory rejected = story();
        records.add(rejected.next(registered(ProjectKind.BRAND, "某区特色品牌", district, new Capacity(0, 0, 0), "2022-03-01")));
        records.add(rejected.next(designationApplied("省级品牌", "省级", "2022-04-01")));
        records.add(rejected.next(designationRejected("2022-12-01")));

        ProjectStory cancelledOne = story();
        records.add(cancelledOne.next(registered(ProjectKind.EXPANSION, "某区第三幼儿园改扩建", district, new Capacity(90, 0, 3),
                "2022-02-01")));
        records.add(cancelledOne.next(approved("2000000.00", "2022-04-01", "2023-04-01", "2022-03-01")));
        records.add(cancelledOne.next(funded(FundingSource.MUNICIPAL_FISCAL, "300000.00", "2022-03-15")));
        records.add(cancelledOne.next(cancelled("2022-06-01")));
        records.add(cancelledOne.next(corrected(0, registered(ProjectKind.EXPANSION, "某区第三幼儿园扩建工程", district,
                new Capacity(120, 0, 4), "2022-01-20"), "项目名称以立项文件为准", "2022-07-01", "2022-07-01T02:00:00Z")));

        ProjectStory portfolio = story();
        ProjectStory child = story();
        records.add(portfolio.next(registered(ProjectKind.NEW_BUILD, "某区幼儿园建设工程（总）", district, new Capacity(400, 0, 14),
                "2021-02-01")));
        records.add(portfolio.next(assigned(plan.id(), "col1", "kg", null, 2025, "2021-02-01",
                contribution(null, Counted.KINDERGARTENS, "2"))));
        records.add(child.next(registered(ProjectKind.NEW_BUILD, "某区幼儿园建设工程一期", district, new Capacity(200, 0, 7),
                "2021-02-02")));
        records.add(child.next(assigned(plan.id(), "col1", "kg", portfolio.id(), 2024, "2021-02-02",
                contribution(null, Counted.KINDERGARTENS, "1"))));
        records.add(child.next(approved("3000000.00", "2021-04-01", "2022-12-31", "2021-03-01")));
        records.add(child.next(constructionStarted("2021-04-01")));
        records.add(child.next(progress(40, "2021-10-01")));
        records.add(child.next(progress(60, "2022-01-01")));
        // corrects a report already superseded: changes nothing but the timeline
        records.add(child.next(progressCorrection(45, 4, "2022-01-05")));
        records.add(child.next(completed(new Capacity(200, 0, 7), "2022-12-01")));
        records.add(child.next(corrected(7, completed(new Capacity(210, 0, 7), "2022-11-28"), "竣工备案表",
                "2023-01-05", "2023-01-05T02:00:00Z")));

        send(records);
        awaitPlanVersion(plan.idValue(), plan.lastSequence());
        for (ProjectStory project : projects) {
            awaitVersion(project.idValue(), project.lastSequence());
        }
    }

    @Test
    void everyProjectAsOfTodayAsKnownNowIsTheLiveProject() {
        for (ProjectStory project : projects) {
            JsonNode live = ok("/api/projects/{id}", project.idValue());
            JsonNode asOf = ok("/api/projects/{id}/as-of", project.idValue());
            assertThat(asOf.get("project")).as(project.idValue()).isEqualTo(live);
            assertThat(asOf.get("funding").size()).as(project.idValue()).isEqualTo(live.get("allocatedBySource").size());
            for (JsonNode funding : asOf.get("funding")) {
                assertThat(funding.get("amount").asString())
                        .isEqualTo(live.get("allocatedBySource").get(funding.get("source").asString()).asString());
            }
        }
    }

    @Test
    void thePlansFiguresAsKnownNowAreTheLiveOnes() {
        for (String asOf : List.of("2021-12-31", "2022-10-01", "2023-06-30", "2024-12-31")) {
            JsonNode live = ok("/api/plans/{id}/progress?asOf={d}", plan.idValue(), asOf);
            JsonNode replayed = ok("/api/plans/{id}/progress?asOf={d}&knownAt={k}", plan.idValue(), asOf,
                    "2099-01-01T00:00:00Z");
            assertThat(replayed.get("targets")).as(asOf).isEqualTo(live.get("targets"));
            assertThat(replayed.get("softTargets")).as(asOf).isEqualTo(live.get("softTargets"));
        }
    }

    @Test
    void theCorrectionsCountLive() {
        ProjectStory full = projects.get(0);
        JsonNode live = ok("/api/projects/{id}", full.idValue());
        assertThat(live.get("milestones").get("acceptanceFailedOn").asString()).isEqualTo("2023-03-08");
        assertThat(live.get("latestRectificationDeadline").asString()).isEqualTo("2023-05-15");
        assertThat(live.get("allocatedBySource").get("CENTRAL_FISCAL").asString()).isEqualTo("1000000.00");
        assertThat(live.get("allocatedBySource").get("PROVINCIAL_FISCAL").asString()).isEqualTo("500000.25");
        assertThat(live.get("percentComplete").asInt()).isEqualTo(100);
        assertThat(live.get("version").asLong()).isEqualTo(full.lastSequence());
        // the latest business date of the project's events, not the corrections' own dates
        assertThat(live.get("lastEventOn").asString()).isEqualTo("2023-09-15");

        JsonNode handover = ok("/api/projects/{id}", projects.get(1).idValue());
        assertThat(handover.get("deliveredCapacity").get("places").asInt()).isEqualTo(210);
        assertThat(handover.get("lastEventOn").asString()).isEqualTo("2022-09-01");

        JsonNode renamed = ok("/api/projects/{id}", projects.get(5).idValue());
        assertThat(renamed.get("title").asString()).isEqualTo("某区第三幼儿园扩建工程");
        assertThat(renamed.get("milestones").get("registeredOn").asString()).isEqualTo("2022-01-20");
        assertThat(renamed.get("plannedCapacity").get("places").asInt()).isEqualTo(120);
        assertThat(renamed.get("status").asString()).isEqualTo("CANCELLED");
    }

    private ProjectStory story() {
        ProjectStory story = new ProjectStory();
        projects.add(story);
        return story;
    }

    private JsonNode ok(String uri, Object... variables) {
        return JSON.readTree(http.get().uri(uri, variables).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }
}
