package cn.edutrack.query.progress;

import static cn.edutrack.query.support.TestEvents.acceptancePassed;
import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.completed;
import static cn.edutrack.query.support.TestEvents.constructionStarted;
import static cn.edutrack.query.support.TestEvents.putIntoService;
import static cn.edutrack.query.support.TestEvents.registered;
import static cn.edutrack.query.support.TestPlanEvents.assigned;
import static cn.edutrack.query.support.TestPlanEvents.contribution;
import static cn.edutrack.query.support.TestPlanEvents.freshRoot;
import static cn.edutrack.query.support.TestPlanEvents.jurisdiction;
import static cn.edutrack.query.support.TestPlanEvents.planRegistered;
import static cn.edutrack.query.support.TestPlanEvents.programme;
import static cn.edutrack.query.support.TestPlanEvents.quantity;
import static cn.edutrack.query.support.TestPlanEvents.target;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.JurisdictionLevel;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.query.support.PlanStory;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A city over its districts' own plans. 乙市 has two districts, each with its plan; 丙市 (a sibling city) has one.
 * <pre>
 * 东区 plan   E1 kindergarten (places 300) in 东区/某街道, accepted and in service 2022   E2 kindergarten, approved only
 * 西区 plan   W1 kindergarten counted on two kindergarten targets of its plan (新建 and 普惠), places 200, in service
 * 丙市 plan   C1 kindergarten, in service (outside 乙市: never in its roll-up)
 * </pre>
 * As of 2023-12-31, 乙市's roll-up: 东区 KINDERGARTENS 2 projects, 1 delivered, 1 in the approved pipeline; 东区
 * PLACES 300 delivered; 西区 KINDERGARTENS 1 project, 1 delivered (W1 once, not twice); 西区 PLACES 200.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossPlanRollupIT extends QuerySideIntegrationTest {

    private final String root = freshRoot();
    private final String city = root + "/乙市";
    private final String east = city + "/东区";
    private final String west = city + "/西区";
    private final String otherCity = root + "/丙市";
    private final PlanStory eastPlan = new PlanStory();
    private final PlanStory westPlan = new PlanStory();
    private final PlanStory otherPlan = new PlanStory();
    private final ProjectStory e1 = new ProjectStory();
    private final ProjectStory e2 = new ProjectStory();
    private final ProjectStory w1 = new ProjectStory();
    private final ProjectStory c1 = new ProjectStory();

    @BeforeAll
    void plansAndProjects() {
        send(jurisdiction(city, "乙市", JurisdictionLevel.CITY, null, "2021-01-05"),
                jurisdiction(east, "东区", JurisdictionLevel.DISTRICT, city, "2021-01-05"),
                jurisdiction(west, "西区", JurisdictionLevel.DISTRICT, city, "2021-01-05"),
                jurisdiction(otherCity, "丙市", JurisdictionLevel.CITY, null, "2021-01-05"));
        for (PlanStory plan : List.of(eastPlan, westPlan, otherPlan)) {
            String where = plan == eastPlan ? east : plan == westPlan ? west : otherCity;
            send(plan.next(planRegistered(where, "“十四五”教育规划", 2021, 2025, 2020, "2021-01-10")),
                    plan.next(programme("col1", "学前教育", "专栏1", "2021-01-10")),
                    plan.next(target("kg", "col1", "幼儿园新建", Counted.KINDERGARTENS, quantity(Comparator.EQUAL, "5", "5所"),
                            Firmness.FIRM, "2021-01-10")),
                    plan.next(target("puhui", "col1", "普惠性幼儿园", Counted.KINDERGARTENS, quantity(Comparator.EQUAL, "3", "3所"),
                            Firmness.FIRM, "2021-01-10")),
                    plan.next(target("places", "col1", "新增学位", Counted.PLACES, quantity(Comparator.ABOUT, "2000", "约2000个"),
                            Firmness.FIRM, "2021-01-10")));
        }
        List<ProducerRecord<String, byte[]>> projects = new ArrayList<>();
        delivered(projects, e1, eastPlan, east + "/某街道", 300, "kg");
        projects.add(e2.next(registered(ProjectKind.NEW_BUILD, "东区第二幼儿园", east, new Capacity(270, 0, 9), "2021-03-01")));
        projects.add(e2.next(assigned(eastPlan.id(), "col1", "kg", null, 2024, "2021-03-01",
                contribution(null, Counted.KINDERGARTENS, "1"), contribution("places", Counted.PLACES, "270"))));
        projects.add(e2.next(approved("4000000.00", "2023-03-01", "2024-08-31", "2023-01-10")));
        delivered(projects, w1, westPlan, west, 200, "kg", "puhui");
        delivered(projects, c1, otherPlan, otherCity, 150, "kg");
        send(projects);

        for (PlanStory plan : List.of(eastPlan, westPlan, otherPlan)) {
            awaitPlanVersion(plan.idValue(), plan.lastSequence());
        }
        for (ProjectStory story : List.of(e1, e2, w1, c1)) {
            awaitVersion(story.idValue(), story.lastSequence());
        }
    }

    private static void delivered(List<ProducerRecord<String, byte[]>> projects, ProjectStory story, PlanStory plan,
            String where, int places, String... kindergartenTargets) {
        projects.add(story.next(registered(ProjectKind.NEW_BUILD, "某幼儿园新建", where, new Capacity(places, 0, 9), "2021-03-01")));
        List<ProjectAssignedToPlan.Contribution> contributions = new ArrayList<>();
        for (String targetId : kindergartenTargets) {
            contributions.add(contribution(targetId, Counted.KINDERGARTENS, "1"));
        }
        contributions.add(contribution("places", Counted.PLACES, Integer.toString(places)));
        projects.add(story.next(assigned(plan.id(), "col1", kindergartenTargets[0], null, 2022, "2021-03-01",
                contributions.toArray(ProjectAssignedToPlan.Contribution[]::new))));
        projects.add(story.next(approved("5000000.00", "2021-05-01", "2022-08-31", "2021-04-01")));
        projects.add(story.next(constructionStarted("2021-05-01")));
        projects.add(story.next(completed(new Capacity(places, 0, 9), "2022-08-01")));
        projects.add(story.next(acceptancePassed("2022-08-20")));
        projects.add(story.next(putIntoService(places, "2022-09-01")));
    }

    @Test
    void aCityOverItsDistrictsOwnPlansCountsEachProjectOncePerUnit() {
        String kg = "' && @.counts == 'KINDERGARTENS')]";
        String places = "' && @.counts == 'PLACES')]";
        http.get().uri("/api/progress/rollup?jurisdiction={j}&asOf={d}", city, "2023-12-31").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.jurisdiction").isEqualTo(city)
                .jsonPath("$.rows.length()").isEqualTo(4)
                .jsonPath("$.rows[?(@.group == '" + east + kg + ".name").isEqualTo(List.of("东区"))
                .jsonPath("$.rows[?(@.group == '" + east + kg + ".plans").isEqualTo(List.of(1))
                .jsonPath("$.rows[?(@.group == '" + east + kg + ".projects").isEqualTo(List.of(2))
                .jsonPath("$.rows[?(@.group == '" + east + kg + ".stages.approved").isEqualTo(List.of(2))
                .jsonPath("$.rows[?(@.group == '" + east + kg + ".delivered").isEqualTo(List.of(1))
                .jsonPath("$.rows[?(@.group == '" + east + kg + ".pipeline.approved").isEqualTo(List.of(1))
                .jsonPath("$.rows[?(@.group == '" + east + places + ".delivered").isEqualTo(List.of(300))
                .jsonPath("$.rows[?(@.group == '" + east + places + ".pipeline.approved").isEqualTo(List.of(270))
                .jsonPath("$.rows[?(@.group == '" + west + kg + ".projects").isEqualTo(List.of(1))
                .jsonPath("$.rows[?(@.group == '" + west + kg + ".delivered").isEqualTo(List.of(1))
                .jsonPath("$.rows[?(@.group == '" + west + places + ".delivered").isEqualTo(List.of(200));
    }

    @Test
    void theJurisdictionIsRequired() {
        http.get().uri("/api/progress/rollup").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("jurisdiction");
    }
}
