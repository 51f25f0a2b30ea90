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
 * A portfolio of portfolios, as in XX区's 专栏7: R declares 3 schools (the plan's "57所"), made of portfolio A
 * (1 kindergarten: leaf A1) and portfolio B (2 schools: leaves B1, B2). Every leaf also counts on the "schools"
 * target (a kindergarten counts as a school). R is compared with the three leaves beneath it, not with its
 * direct children (which contribute to other targets), and nothing of R, A or B is added to the target.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NestedPortfolioIT extends QuerySideIntegrationTest {

    private final String district = freshRoot() + "/乙区";
    private final PlanStory plan = new PlanStory();
    private final ProjectStory r = new ProjectStory();
    private final ProjectStory a = new ProjectStory();
    private final ProjectStory b = new ProjectStory();
    private final ProjectStory a1 = new ProjectStory();
    private final ProjectStory b1 = new ProjectStory();
    private final ProjectStory b2 = new ProjectStory();

    @BeforeAll
    void planAndProjects() {
        send(jurisdiction(district, "乙区", JurisdictionLevel.DISTRICT, null, "2021-01-05"));
        send(plan.next(planRegistered(district, "乙区“十四五”规划", 2021, 2025, 2020, "2021-01-10")),
                plan.next(programme("col7", "教育资源扩容提质工程", "专栏7", "2021-01-10")),
                plan.next(target("all", "col7", "新建、改扩建中小学、幼儿园", Counted.SCHOOLS,
                        quantity(Comparator.EQUAL, "3", "3所"), Firmness.FIRM, "2021-01-10")),
                plan.next(target("kg", "col7", "幼儿园新建、改扩建", Counted.KINDERGARTENS,
                        quantity(Comparator.EQUAL, "1", "1所"), Firmness.FIRM, "2021-01-10")),
                plan.next(target("compulsory", "col7", "义务教育学校新建、改扩建", Counted.SCHOOLS,
                        quantity(Comparator.EQUAL, "2", "2所"), Firmness.FIRM, "2021-01-10")));

        List<ProducerRecord<String, byte[]>> projects = new ArrayList<>();
        projects.add(r.next(registered(ProjectKind.NEW_BUILD, "中小学、幼儿园3所", district, Capacity.NONE, "2021-01-15")));
        projects.add(r.next(assigned(plan.id(), "col7", "all", null, 2025, "2021-01-15",
                contribution(null, Counted.SCHOOLS, "3"))));
        projects.add(a.next(registered(ProjectKind.NEW_BUILD, "幼儿园1所", district, Capacity.NONE, "2021-01-15")));
        projects.add(a.next(assigned(plan.id(), "col7", "kg", r.id(), 2025, "2021-01-15",
                contribution(null, Counted.KINDERGARTENS, "1"))));
        projects.add(b.next(registered(ProjectKind.NEW_BUILD, "义务教育学校2所", district, Capacity.NONE, "2021-01-15")));
        projects.add(b.next(assigned(plan.id(), "col7", "compulsory", r.id(), 2025, "2021-01-15",
                contribution(null, Counted.SCHOOLS, "2"))));
        for (ProjectStory leaf : List.of(a1, b1, b2)) {
            boolean kindergarten = leaf == a1;
            projects.add(leaf.next(registered(ProjectKind.NEW_BUILD, kindergarten ? "某幼儿园" : "某小学", district,
                    new Capacity(360, 0, 12), "2021-02-01")));
            projects.add(leaf.next(assigned(plan.id(), "col7", kindergarten ? "kg" : "compulsory",
                    kindergarten ? a.id() : b.id(), 2024, "2021-02-01",
                    contribution(null, kindergarten ? Counted.KINDERGARTENS : Counted.SCHOOLS, "1"),
                    contribution("all", kindergarten ? Counted.KINDERGARTENS : Counted.SCHOOLS, "1"))));
        }
        // A1 and B1 delivered; B2 only approved
        for (ProjectStory leaf : List.of(a1, b1)) {
            projects.add(leaf.next(approved("5000000.00", "2021-05-01", "2022-08-31", "2021-04-01")));
            projects.add(leaf.next(constructionStarted("2021-05-01")));
            projects.add(leaf.next(completed(new Capacity(360, 0, 12), "2022-08-01")));
            projects.add(leaf.next(acceptancePassed("2022-08-20")));
            projects.add(leaf.next(putIntoService(300, "2022-09-01")));
        }
        projects.add(b2.next(approved("5000000.00", "2023-05-01", "2024-08-31", "2023-04-01")));
        send(projects);

        awaitPlanVersion(plan.idValue(), plan.lastSequence());
        for (ProjectStory story : List.of(r, a, b, a1, b1, b2)) {
            awaitVersion(story.idValue(), story.lastSequence());
        }
    }

    @Test
    void aPortfolioOfPortfoliosIsComparedWithTheLeavesBeneathItAndNeverAdded() {
        http.get().uri("/api/plans/{id}/progress?asOf={d}", plan.idValue(), "2023-12-31")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.targets[*].targetId").isEqualTo(List.of("all", "kg", "compulsory"))
                // the "all" target counts the three leaves; R's own 3 is not added
                .jsonPath("$.targets[0].projects").isEqualTo(3)
                .jsonPath("$.targets[0].delivered").isEqualTo(2)
                .jsonPath("$.targets[0].portfolios.length()").isEqualTo(1)
                .jsonPath("$.targets[0].portfolios[0].projectId").isEqualTo(r.idValue())
                .jsonPath("$.targets[0].portfolios[0].declared").isEqualTo(3)
                .jsonPath("$.targets[0].portfolios[0].childProjects").isEqualTo(3)
                .jsonPath("$.targets[0].portfolios[0].childrenDeclared").isEqualTo(3)
                .jsonPath("$.targets[0].portfolios[0].childrenDelivered").isEqualTo(2)
                // the child portfolios on their own targets: A over A1, B over B1 and B2
                .jsonPath("$.targets[1].projects").isEqualTo(1)
                .jsonPath("$.targets[1].portfolios[0].projectId").isEqualTo(a.idValue())
                .jsonPath("$.targets[1].portfolios[0].childProjects").isEqualTo(1)
                .jsonPath("$.targets[1].portfolios[0].childrenDelivered").isEqualTo(1)
                .jsonPath("$.targets[2].projects").isEqualTo(2)
                .jsonPath("$.targets[2].portfolios[0].projectId").isEqualTo(b.idValue())
                .jsonPath("$.targets[2].portfolios[0].childProjects").isEqualTo(2)
                .jsonPath("$.targets[2].portfolios[0].childrenDeclared").isEqualTo(2)
                .jsonPath("$.targets[2].portfolios[0].childrenDelivered").isEqualTo(1);
    }
}
