package cn.edutrack.query.progress;

import static cn.edutrack.query.support.TestEvents.acceptanceFailed;
import static cn.edutrack.query.support.TestEvents.acceptancePassed;
import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.completed;
import static cn.edutrack.query.support.TestEvents.constructionStarted;
import static cn.edutrack.query.support.TestEvents.designationApplied;
import static cn.edutrack.query.support.TestEvents.designationGranted;
import static cn.edutrack.query.support.TestEvents.funded;
import static cn.edutrack.query.support.TestEvents.putIntoService;
import static cn.edutrack.query.support.TestEvents.reformConcluded;
import static cn.edutrack.query.support.TestEvents.reformEvaluated;
import static cn.edutrack.query.support.TestEvents.reformLaunched;
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
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.JurisdictionLevel;
import cn.edutrack.query.support.PlanStory;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A city's five-year plan (2021-2025) with two programmes and the projects that count towards them, read as of
 * business dates. Every expected figure is worked out by hand in the comments.
 *
 * <pre>
 * 甲市 (city)  ─ 东县 ─ 某镇      kg: 15 kindergartens (firm)     places: about 2000 (firm)
 *             └ 西县              schools: at least 2 (firm)      training: 1000 person-times (firm)
 *                                  unused: 5 items (firm)          brand: at least 3 designations (soft)
 *
 * P   portfolio of K1, K2, declares 5 kindergartens (never added)                          甲市
 * K1  kg+1, places+360 (actual 300), schools+1(kg); approved 2021-05-01 … in service 2022-09-10   东县/某镇
 * K2  kg+1, places+270 (no actual), schools+1(kg); completed 2023-10-01, acceptance failed 11-01  东县
 * K3  kg+1, places+180; registered 2022-01-01, approved 2023-05-01 only                         西县
 * K5  kg+1; registered 2024-02-01 (after the main date)                                          西县
 * K7  no contributions, due 2022                                                                  西县
 * D1, D2  brand+1 each, granted 2023-06-01 and 2023-09-01                                        东县, 西县
 * T1  reform: training +1200 person-times (and +500 persons, not addable), concluded 2023-06-30  甲市
 * </pre>
 * On 2023-12-31 the plan has run 1095 of its 1826 days (share 0.59967).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanProgressIT extends QuerySideIntegrationTest {

    private static final String AS_OF = "2023-12-31";

    private final String root = freshRoot();
    private final String city = root + "/甲市";
    private final String east = city + "/东县";
    private final String west = city + "/西县";
    private final String town = east + "/某镇";

    private final PlanStory plan = new PlanStory();
    private final ProjectStory p = new ProjectStory();
    private final ProjectStory k1 = new ProjectStory();
    private final ProjectStory k2 = new ProjectStory();
    private final ProjectStory k3 = new ProjectStory();
    private final ProjectStory k5 = new ProjectStory();
    private final ProjectStory k7 = new ProjectStory();
    private final ProjectStory d1 = new ProjectStory();
    private final ProjectStory d2 = new ProjectStory();
    private final ProjectStory t1 = new ProjectStory();

    @BeforeAll
    void planAndProjects() {
        send(jurisdiction(root, "某省", JurisdictionLevel.PROVINCE, null, "2021-01-05"),
                jurisdiction(city, "甲市", JurisdictionLevel.CITY, root, "2021-01-05"),
                jurisdiction(east, "东县", JurisdictionLevel.COUNTY, city, "2021-01-05"),
                jurisdiction(west, "西县", JurisdictionLevel.COUNTY, city, "2021-01-05"),
                jurisdiction(town, "某镇", JurisdictionLevel.TOWNSHIP, east, "2021-01-05"));
        send(plan.next(planRegistered(city, "甲市教育事业发展“十四五”规划", 2021, 2025, 2020, "2021-01-10")),
                plan.next(programme("col1", "教育资源扩容工程", "专栏1", "2021-01-10")),
                plan.next(target("kg", "col1", "幼儿园新建、改扩建", Counted.KINDERGARTENS, quantity(Comparator.EQUAL, "15", "15所"),
                        Firmness.FIRM, "2021-01-10")),
                plan.next(target("places", "col1", "新增学位", Counted.PLACES, quantity(Comparator.ABOUT, "2000", "约2000个"),
                        Firmness.FIRM, "2021-01-10", "estimate")),
                plan.next(target("schools", "col1", "新建学校", Counted.SCHOOLS, quantity(Comparator.AT_LEAST, "2", "2所以上"),
                        Firmness.FIRM, "2021-01-10")),
                plan.next(programme("col2", "品牌创建与人才培养", "专栏2", "2021-01-10")),
                plan.next(target("brand", "col2", "争创省级示范校", Counted.DESIGNATIONS,
                        quantity(Comparator.AT_LEAST, "3", "3所以上"), Firmness.SOFT, "2021-01-10")),
                plan.next(target("training", "col2", "教师培训", Counted.PERSON_TIMES, quantity(Comparator.EQUAL, "1000", "1000人次"),
                        Firmness.FIRM, "2021-01-10")),
                plan.next(target("unused", "col2", "名师工作室", Counted.ITEMS, quantity(Comparator.EQUAL, "5", "5个"),
                        Firmness.FIRM, "2021-01-10")));

        List<ProducerRecord<String, byte[]>> projects = new ArrayList<>();
        projects.add(p.next(registered(ProjectKind.NEW_BUILD, "甲市15所幼儿园建设工程", city, Capacity.NONE, "2021-01-15")));
        projects.add(p.next(assigned(plan.id(), "col1", "kg", null, 2025, "2021-01-15",
                contribution(null, Counted.KINDERGARTENS, "5"))));
        projects.add(p.next(approved("12000000.00", "2021-03-01", "2025-12-31", "2021-02-01")));
        projects.add(p.next(funded(FundingSource.CENTRAL_FISCAL, "2000000.00", "2021-03-01")));

        projects.add(k1.next(registered(ProjectKind.NEW_BUILD, "某镇中心幼儿园新建", town, new Capacity(360, 0, 12), "2021-03-01")));
        projects.add(k1.next(assigned(plan.id(), "col1", "kg", p.id(), 2022, "2021-03-01",
                contribution(null, Counted.KINDERGARTENS, "1"), contribution("places", Counted.PLACES, "360"),
                contribution("schools", Counted.KINDERGARTENS, "1"))));
        projects.add(k1.next(approved("5000000.00", "2021-07-01", "2022-08-31", "2021-05-01")));
        projects.add(k1.next(funded(FundingSource.MUNICIPAL_FISCAL, "3000000.00", "2021-06-01")));
        projects.add(k1.next(funded(FundingSource.LOCAL_GOVERNMENT_SPECIAL_BOND, "1500000.50", "2021-08-01")));
        projects.add(k1.next(constructionStarted("2021-07-01")));
        projects.add(k1.next(completed(new Capacity(300, 0, 10), "2022-08-01")));
        projects.add(k1.next(acceptancePassed("2022-09-01")));
        projects.add(k1.next(putIntoService(280, "2022-09-10")));

        projects.add(k2.next(registered(ProjectKind.NEW_BUILD, "东县第二幼儿园新建", east, new Capacity(270, 0, 9), "2021-03-01")));
        projects.add(k2.next(assigned(plan.id(), "col1", "kg", p.id(), 2023, "2021-03-01",
                contribution(null, Counted.KINDERGARTENS, "1"), contribution("places", Counted.PLACES, "270"),
                contribution("schools", Counted.KINDERGARTENS, "1"))));
        projects.add(k2.next(approved("4000000.00", "2022-03-01", "2023-08-31", "2021-06-01")));
        projects.add(k2.next(funded(FundingSource.MUNICIPAL_FISCAL, "1000000.00", "2022-02-01")));
        projects.add(k2.next(constructionStarted("2022-03-01")));
        projects.add(k2.next(completed(Capacity.NONE, "2023-10-01")));
        projects.add(k2.next(acceptanceFailed("2024-01-31", "2023-11-01")));

        projects.add(k3.next(registered(ProjectKind.NEW_BUILD, "西县幼儿园新建", west, new Capacity(180, 0, 6), "2022-01-01")));
        projects.add(k3.next(assigned(plan.id(), "col1", "kg", null, 2025, "2022-01-01",
                contribution(null, Counted.KINDERGARTENS, "1"), contribution("places", Counted.PLACES, "180"))));
        projects.add(k3.next(approved("3000000.00", "2023-09-01", "2025-08-31", "2023-05-01")));

        projects.add(k5.next(registered(ProjectKind.NEW_BUILD, "西县第二幼儿园新建", west, new Capacity(270, 0, 9), "2024-02-01")));
        projects.add(k5.next(assigned(plan.id(), "col1", "kg", null, 2025, "2024-02-01",
                contribution(null, Counted.KINDERGARTENS, "1"))));
        projects.add(k5.next(approved("2000000.00", "2024-05-01", "2025-08-31", "2024-03-01")));

        projects.add(k7.next(registered(ProjectKind.RENOVATION, "西县某小学改造", west, Capacity.NONE, "2021-05-01")));
        projects.add(k7.next(assigned(plan.id(), "col1", null, null, 2022, "2021-05-01")));

        projects.add(d1.next(registered(ProjectKind.MODEL_SCHOOL, "东县实验小学创建省级示范校", east, Capacity.NONE, "2021-04-01")));
        projects.add(d1.next(assigned(plan.id(), "col2", "brand", null, null, "2021-04-01",
                contribution(null, Counted.DESIGNATIONS, "1"))));
        projects.add(d1.next(designationApplied("省级示范校", "省级", "2022-03-01")));
        projects.add(d1.next(designationGranted("省级", "2023-06-01")));
        projects.add(d2.next(registered(ProjectKind.MODEL_SCHOOL, "西县实验小学创建省级示范校", west, Capacity.NONE, "2021-04-01")));
        projects.add(d2.next(assigned(plan.id(), "col2", "brand", null, null, "2021-04-01",
                contribution(null, Counted.DESIGNATIONS, "1"))));
        projects.add(d2.next(designationApplied("省级示范校", "省级", "2022-05-01")));
        projects.add(d2.next(designationGranted("省级", "2023-09-01")));

        projects.add(t1.next(registered(ProjectKind.OTHER_REFORM, "甲市教师全员培训", city, Capacity.NONE, "2021-09-01")));
        projects.add(t1.next(assigned(plan.id(), "col2", "training", null, 2023, "2021-09-01",
                contribution(null, Counted.PERSON_TIMES, "1200"), contribution(null, Counted.PERSONS, "500"))));
        projects.add(t1.next(approved("500000.00", "2021-10-01", "2023-06-30", "2021-09-20")));
        projects.add(t1.next(funded(FundingSource.SPECIAL_FUND, "500000.00", "2021-10-15")));
        projects.add(t1.next(reformLaunched(3, "2021-11-01")));
        projects.add(t1.next(reformEvaluated("良好", true, "2023-01-10")));
        projects.add(t1.next(reformConcluded(false, "2023-06-30")));
        send(projects);

        awaitPlanVersion(plan.idValue(), plan.lastSequence());
        awaitJurisdictions(root, city, east, west, town);
        for (ProjectStory story : List.of(p, k1, k2, k3, k5, k7, d1, d2, t1)) {
            awaitVersion(story.idValue(), story.lastSequence());
        }
    }

    @Test
    void firmTargetsWithStageCountsDeliveredPipelineAndStatus() {
        RestTestClient.BodyContentSpec body = http.get().uri("/api/plans/{id}/progress?asOf={d}", plan.idValue(), AS_OF)
                .exchange()
                .expectStatus().isOk()
                .expectBody();
        body.jsonPath("$.planId").isEqualTo(plan.idValue())
                .jsonPath("$.jurisdiction").isEqualTo(city)
                .jsonPath("$.asOf").isEqualTo(AS_OF)
                .jsonPath("$.elapsedShare").isEqualTo(0.5997)
                .jsonPath("$.targets[*].targetId").isEqualTo(List.of("kg", "places", "schools", "training", "unused"))
                // kg: K1, K2, K3 (P is a portfolio, K5 registered later)
                .jsonPath("$.targets[0].planned.comparator").isEqualTo("EQUAL")
                .jsonPath("$.targets[0].planned.value").isEqualTo(15)
                .jsonPath("$.targets[0].planned.asWritten").isEqualTo("15所")
                .jsonPath("$.targets[0].goal").isEqualTo(15)
                .jsonPath("$.targets[0].projects").isEqualTo(3)
                .jsonPath("$.targets[0].stages.approved").isEqualTo(3)
                .jsonPath("$.targets[0].stages.funded").isEqualTo(2)
                .jsonPath("$.targets[0].stages.constructionStarted").isEqualTo(2)
                .jsonPath("$.targets[0].stages.completed").isEqualTo(2)
                .jsonPath("$.targets[0].stages.accepted").isEqualTo(1)
                .jsonPath("$.targets[0].stages.inService").isEqualTo(1)
                .jsonPath("$.targets[0].stages.acceptanceFailed").isEqualTo(1)
                .jsonPath("$.targets[0].stages.cancelled").isEqualTo(0)
                // only K1 is accepted and in service; the portfolio's 5 are not added
                .jsonPath("$.targets[0].delivered").isEqualTo(1)
                .jsonPath("$.targets[0].pipeline.approved").isEqualTo(1)
                .jsonPath("$.targets[0].pipeline.underConstruction").isEqualTo(0)
                .jsonPath("$.targets[0].pipeline.completed").isEqualTo(1)
                // 1 / 15 = 6.67%; 15 × 1095/1826 = 8.995; 1 + 1 (completed) < 8.995
                .jsonPath("$.targets[0].percentOfTarget").isEqualTo(6.7)
                .jsonPath("$.targets[0].expectedByDate").isEqualTo(9)
                .jsonPath("$.targets[0].status").isEqualTo("BEHIND")
                .jsonPath("$.targets[0].portfolios.length()").isEqualTo(1)
                .jsonPath("$.targets[0].portfolios[0].projectId").isEqualTo(p.idValue())
                .jsonPath("$.targets[0].portfolios[0].declared").isEqualTo(5)
                .jsonPath("$.targets[0].portfolios[0].childProjects").isEqualTo(2)
                .jsonPath("$.targets[0].portfolios[0].childrenDeclared").isEqualTo(2)
                .jsonPath("$.targets[0].portfolios[0].childrenDelivered").isEqualTo(1)
                // places: K1 delivered its actual 300 (not the declared 360); K2 states no actual places: 270 declared
                .jsonPath("$.targets[1].flags[0]").isEqualTo("estimate")
                .jsonPath("$.targets[1].projects").isEqualTo(3)
                .jsonPath("$.targets[1].delivered").isEqualTo(300)
                .jsonPath("$.targets[1].pipeline.completed").isEqualTo(270)
                .jsonPath("$.targets[1].pipeline.approved").isEqualTo(180)
                .jsonPath("$.targets[1].percentOfTarget").isEqualTo(15)
                .jsonPath("$.targets[1].expectedByDate").isEqualTo(1199.3)
                .jsonPath("$.targets[1].status").isEqualTo("BEHIND")
                // schools: kindergartens count as schools; 1 delivered + 1 completed ≥ 2 × 0.59967 > 1
                .jsonPath("$.targets[2].projects").isEqualTo(2)
                .jsonPath("$.targets[2].delivered").isEqualTo(1)
                .jsonPath("$.targets[2].expectedByDate").isEqualTo(1.2)
                .jsonPath("$.targets[2].percentOfTarget").isEqualTo(50)
                .jsonPath("$.targets[2].status").isEqualTo("AT_RISK")
                // training: a concluded reform delivers its 1200 person-times; its 500 persons never add to them
                .jsonPath("$.targets[3].counts").isEqualTo("PERSON_TIMES")
                .jsonPath("$.targets[3].projects").isEqualTo(1)
                .jsonPath("$.targets[3].delivered").isEqualTo(1200)
                .jsonPath("$.targets[3].percentOfTarget").isEqualTo(120)
                .jsonPath("$.targets[3].status").isEqualTo("MET")
                .jsonPath("$.targets[4].projects").isEqualTo(0)
                .jsonPath("$.targets[4].delivered").isEqualTo(0)
                .jsonPath("$.targets[4].status").isEqualTo("NOT_MEASURED")
                .jsonPath("$.targets[4].portfolios.length()").isEqualTo(0);
    }

    @Test
    void softTargetsAreReportedApart() {
        http.get().uri("/api/plans/{id}/progress?asOf={d}", plan.idValue(), AS_OF).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.softTargets.length()").isEqualTo(1)
                .jsonPath("$.softTargets[0].targetId").isEqualTo("brand")
                .jsonPath("$.softTargets[0].firmness").isEqualTo("SOFT")
                // two designations granted: 2 ≥ 3 × 0.59967 = 1.8, not yet 3
                .jsonPath("$.softTargets[0].projects").isEqualTo(2)
                .jsonPath("$.softTargets[0].delivered").isEqualTo(2)
                .jsonPath("$.softTargets[0].expectedByDate").isEqualTo(1.8)
                .jsonPath("$.softTargets[0].percentOfTarget").isEqualTo(66.7)
                .jsonPath("$.softTargets[0].status").isEqualTo("ON_TRACK");
    }

    @Test
    void asOfAnEarlierDateCountsOnlyWhatHadHappenedByThen() {
        // 2022-06-30: K1 and K2 under construction (declared 1 each), K3 registered but not approved; 546 of 1826 days
        http.get().uri("/api/plans/{id}/progress?asOf=2022-06-30", plan.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.targets[0].projects").isEqualTo(3)
                .jsonPath("$.targets[0].stages.approved").isEqualTo(2)
                .jsonPath("$.targets[0].stages.funded").isEqualTo(2)
                .jsonPath("$.targets[0].stages.constructionStarted").isEqualTo(2)
                .jsonPath("$.targets[0].stages.completed").isEqualTo(0)
                .jsonPath("$.targets[0].delivered").isEqualTo(0)
                .jsonPath("$.targets[0].pipeline.underConstruction").isEqualTo(2)
                .jsonPath("$.targets[0].pipeline.approved").isEqualTo(0)
                .jsonPath("$.targets[0].expectedByDate").isEqualTo(4.5)
                .jsonPath("$.targets[0].status").isEqualTo("BEHIND")
                .jsonPath("$.targets[1].pipeline.underConstruction").isEqualTo(630)
                .jsonPath("$.targets[0].portfolios[0].childrenDelivered").isEqualTo(0);
        http.get().uri("/api/plans/{id}/progress?asOf=2024-06-30", plan.idValue()).exchange()
                .expectBody()
                .jsonPath("$.targets[0].projects").isEqualTo(4)
                .jsonPath("$.targets[0].stages.approved").isEqualTo(4);
    }

    @Test
    void aTargetBrokenDownByCountyRanksTheLowestCompletionShareLast() {
        http.get().uri("/api/plans/{id}/targets/kg/breakdown?by=jurisdiction&asOf={d}", plan.idValue(), AS_OF).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.targetId").isEqualTo("kg")
                .jsonPath("$.counts").isEqualTo("KINDERGARTENS")
                .jsonPath("$.by").isEqualTo("jurisdiction")
                .jsonPath("$.jurisdiction").isEqualTo(city)
                .jsonPath("$.rows.length()").isEqualTo(2)
                // K1 (in 某镇, counted for 东县) and K2, both completed: 2/2
                .jsonPath("$.rows[0].jurisdiction").isEqualTo(east)
                .jsonPath("$.rows[0].name").isEqualTo("东县")
                .jsonPath("$.rows[0].projects").isEqualTo(2)
                .jsonPath("$.rows[0].stages.completed").isEqualTo(2)
                .jsonPath("$.rows[0].delivered").isEqualTo(1)
                .jsonPath("$.rows[0].pipeline.completed").isEqualTo(1)
                .jsonPath("$.rows[0].completionShare").isEqualTo(1)
                .jsonPath("$.rows[0].rank").isEqualTo(1)
                // K3 only approved: 0/1, last
                .jsonPath("$.rows[1].jurisdiction").isEqualTo(west)
                .jsonPath("$.rows[1].name").isEqualTo("西县")
                .jsonPath("$.rows[1].projects").isEqualTo(1)
                .jsonPath("$.rows[1].stages.approved").isEqualTo(1)
                .jsonPath("$.rows[1].completionShare").isEqualTo(0)
                .jsonPath("$.rows[1].rank").isEqualTo(2);
    }

    @Test
    void rolledUpByProgrammeOneRowPerUnit() {
        http.get().uri("/api/plans/{id}/rollup?by=programme&asOf={d}", plan.idValue(), AS_OF).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.by").isEqualTo("programme")
                .jsonPath("$.rows.length()").isEqualTo(6)
                .jsonPath("$.rows[?(@.group == 'col1' && @.counts == 'KINDERGARTENS')].projects").isEqualTo(List.of(3))
                .jsonPath("$.rows[?(@.group == 'col1' && @.counts == 'KINDERGARTENS')].delivered").isEqualTo(List.of(1))
                .jsonPath("$.rows[?(@.group == 'col1' && @.counts == 'KINDERGARTENS')].name").isEqualTo(List.of("教育资源扩容工程"))
                .jsonPath("$.rows[?(@.group == 'col1' && @.counts == 'PLACES')].delivered").isEqualTo(List.of(300))
                .jsonPath("$.rows[?(@.group == 'col1' && @.counts == 'SCHOOLS')].projects").isEqualTo(List.of(2))
                .jsonPath("$.rows[?(@.group == 'col2' && @.counts == 'DESIGNATIONS')].delivered").isEqualTo(List.of(2))
                .jsonPath("$.rows[?(@.group == 'col2' && @.counts == 'PERSON_TIMES')].delivered").isEqualTo(List.of(1200))
                .jsonPath("$.rows[?(@.group == 'col2' && @.counts == 'ITEMS')].targets").isEqualTo(List.of(1))
                .jsonPath("$.rows[?(@.group == 'col2' && @.counts == 'ITEMS')].projects").isEqualTo(List.of(0));
    }

    @Test
    void rolledUpByChildJurisdictionOneRowPerUnit() {
        http.get().uri("/api/plans/{id}/rollup?by=jurisdiction&asOf={d}", plan.idValue(), AS_OF).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.by").isEqualTo("jurisdiction")
                .jsonPath("$.rows.length()").isEqualTo(8)
                .jsonPath("$.rows[?(@.group == '" + east + "' && @.counts == 'KINDERGARTENS')].projects").isEqualTo(List.of(2))
                .jsonPath("$.rows[?(@.group == '" + east + "' && @.counts == 'PLACES')].delivered").isEqualTo(List.of(300))
                .jsonPath("$.rows[?(@.group == '" + east + "' && @.counts == 'DESIGNATIONS')].delivered").isEqualTo(List.of(1))
                .jsonPath("$.rows[?(@.group == '" + east + "')].name").isEqualTo(List.of("东县", "东县", "东县", "东县"))
                .jsonPath("$.rows[?(@.group == '" + west + "' && @.counts == 'PLACES')].pipeline.approved").isEqualTo(List.of(180))
                .jsonPath("$.rows[?(@.group == '" + city + "' && @.counts == 'PERSON_TIMES')].delivered").isEqualTo(List.of(1200));
    }

    @Test
    void approvedBudgetAgainstAllocatedBySourceAndChildJurisdiction() {
        // P (portfolio) is left out; K1 5M + K2 4M + K3 3M + K5 2M + T1 0.5M approved; allocated 4500000.50 + 1M + 0.5M
        http.get().uri("/api/money?planId={id}", plan.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.planId").isEqualTo(plan.idValue())
                .jsonPath("$.jurisdiction").isEqualTo(city)
                .jsonPath("$.projects").isEqualTo(8)
                .jsonPath("$.portfoliosExcluded").isEqualTo(1)
                .jsonPath("$.approvedBudget").isEqualTo("14500000.00")
                .jsonPath("$.allocated").isEqualTo("6000000.50")
                .jsonPath("$.allocatedPercent").isEqualTo(41.4)
                .jsonPath("$.bySource.length()").isEqualTo(3)
                .jsonPath("$.bySource[?(@.source == 'MUNICIPAL_FISCAL')].amount").isEqualTo(List.of("4000000.00"))
                .jsonPath("$.bySource[?(@.source == 'MUNICIPAL_FISCAL')].allocations").isEqualTo(List.of(2))
                .jsonPath("$.bySource[?(@.source == 'MUNICIPAL_FISCAL')].projects").isEqualTo(List.of(2))
                .jsonPath("$.bySource[?(@.source == 'LOCAL_GOVERNMENT_SPECIAL_BOND')].amount").isEqualTo(List.of("1500000.50"))
                .jsonPath("$.bySource[?(@.source == 'SPECIAL_FUND')].amount").isEqualTo(List.of("500000.00"))
                .jsonPath("$.bySource[?(@.source == 'CENTRAL_FISCAL')]").isEmpty()
                .jsonPath("$.byJurisdiction.length()").isEqualTo(3)
                .jsonPath("$.byJurisdiction[?(@.jurisdiction == '" + east + "')].projects").isEqualTo(List.of(3))
                .jsonPath("$.byJurisdiction[?(@.jurisdiction == '" + east + "')].approvedBudget").isEqualTo(List.of("9000000.00"))
                .jsonPath("$.byJurisdiction[?(@.jurisdiction == '" + east + "')].allocated").isEqualTo(List.of("5500000.50"))
                .jsonPath("$.byJurisdiction[?(@.jurisdiction == '" + west + "')].projects").isEqualTo(List.of(4))
                .jsonPath("$.byJurisdiction[?(@.jurisdiction == '" + west + "')].allocated").isEqualTo(List.of("0.00"))
                .jsonPath("$.byJurisdiction[?(@.jurisdiction == '" + city + "')].approvedBudget").isEqualTo(List.of("500000.00"));
        http.get().uri("/api/money?jurisdiction={j}", east).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.planId").isEmpty()
                .jsonPath("$.projects").isEqualTo(3)
                .jsonPath("$.approvedBudget").isEqualTo("9000000.00")
                .jsonPath("$.byJurisdiction[?(@.jurisdiction == '" + town + "')].name").isEqualTo(List.of("某镇"));
    }

    @Test
    void laggingProjectsOverdueFailedAndStale() {
        http.get().uri("/api/lagging?jurisdiction={j}&asOf={d}", city, AS_OF).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.jurisdiction").isEqualTo(city)
                .jsonPath("$.asOf").isEqualTo(AS_OF)
                // K7 due end of 2022 (365 days), K2 planned completion 2023-08-31 (122 days); K1, D1, D2, T1 are closed
                .jsonPath("$.overdue[*].projectId").isEqualTo(List.of(k7.idValue(), k2.idValue()))
                .jsonPath("$.overdue[0].due").isEqualTo("2022-12-31")
                .jsonPath("$.overdue[0].dueYear").isEqualTo(2022)
                .jsonPath("$.overdue[0].daysOverdue").isEqualTo(365)
                .jsonPath("$.overdue[0].planId").isEqualTo(plan.idValue())
                .jsonPath("$.overdue[1].due").isEqualTo("2023-08-31")
                .jsonPath("$.overdue[1].plannedCompletion").isEqualTo("2023-08-31")
                .jsonPath("$.overdue[1].daysOverdue").isEqualTo(122)
                .jsonPath("$.overdue[1].targetId").isEqualTo("kg")
                .jsonPath("$.overdue[1].status").isEqualTo("ACCEPTANCE_FAILED")
                .jsonPath("$.failedAcceptance[*].projectId").isEqualTo(List.of(k2.idValue()))
                .jsonPath("$.failedAcceptance[0].acceptanceFailedOn").isEqualTo("2023-11-01")
                .jsonPath("$.failedAcceptance[0].acceptanceFailures").isEqualTo(1)
                .jsonPath("$.failedAcceptance[0].rectificationDeadline").isEqualTo("2024-01-31")
                .jsonPath("$.failedAcceptance[0].rectificationOverdue").isEqualTo(false)
                // P quiet since 2021-03-01 (1035 days), K7 since 2021-05-01 (974), K3 since 2023-05-01 (244); K2 60 days
                .jsonPath("$.stale[*].projectId").isEqualTo(List.of(p.idValue(), k7.idValue(), k3.idValue()))
                .jsonPath("$.stale[0].lastEventOn").isEqualTo("2021-03-01")
                .jsonPath("$.stale[0].daysSinceLastEvent").isEqualTo(1035)
                .jsonPath("$.stale[1].daysSinceLastEvent").isEqualTo(974)
                .jsonPath("$.stale[2].daysSinceLastEvent").isEqualTo(244);
        http.get().uri("/api/lagging?jurisdiction={j}&asOf=2024-03-01", city).exchange()
                .expectBody()
                .jsonPath("$.failedAcceptance[0].rectificationOverdue").isEqualTo(true)
                .jsonPath("$.stale[*].projectId").isEqualTo(List.of(p.idValue(), k7.idValue(), k3.idValue(), k2.idValue()));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        badParameter("/api/plans/" + plan.idValue() + "/progress?asOf=31.12.2023", "asOf");
        badParameter("/api/plans/" + plan.idValue() + "/rollup?by=county", "by");
        badParameter("/api/plans/" + plan.idValue() + "/targets/kg/breakdown?by=programme", "by");
        // a space (sent as %20; a literal "%20" would be "%2520", which the security firewall refuses before any check)
        badParameter("/api/plans/" + plan.idValue() + "/targets/k g/breakdown", "targetId");
        badParameter("/api/plans/Not_A_Plan/progress", "planId");
        badParameter("/api/lagging?asOf=yesterday", "asOf");
        badParameter("/api/money?jurisdiction=/CN", "jurisdiction");
        http.get().uri("/api/plans/{id}/targets/nope/breakdown", plan.idValue()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/plans/never-registered/progress").exchange().expectStatus().isNotFound();
    }

    private void badParameter(String uri, String parameter) {
        http.get().uri(uri).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:edutrack:problem:invalid-parameter")
                .jsonPath("$.parameter").isEqualTo(parameter)
                .jsonPath("$.errors[0].field").isEqualTo(parameter);
    }
}
