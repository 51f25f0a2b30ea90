package cn.edutrack.query.project;

import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.constructionStarted;
import static cn.edutrack.query.support.TestEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

/**
 * The list, the summary and the timeline over HTTP. The projects live under a jurisdiction root of their
 * own, so the other tests' projects never show up in these answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectQueryApiIT extends QuerySideIntegrationTest {

    private final String root = "CN-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String city = root + "/甲市";
    private final String district = city + "/东区";

    private final ProjectStory eastSchool = new ProjectStory();
    private final ProjectStory westSchool = new ProjectStory();
    private final ProjectStory cityReform = new ProjectStory();
    private final ProjectStory otherCity = new ProjectStory();
    private final ProjectStory lookalikeCity = new ProjectStory();
    private final ProjectStory percentTitle = new ProjectStory();

    @BeforeAll
    void projects() {
        send(eastSchool.next(registered(ProjectKind.NEW_BUILD, "Riverside Primary School", district, new Capacity(540, 2, 12), "2022-01-01")),
                eastSchool.next(approved("1000.00", "2022-03-01", "2023-03-01", "2022-02-01")),
                eastSchool.next(constructionStarted("2022-03-05")),
                westSchool.next(registered(ProjectKind.EXPANSION, "西区中学扩建", city + "/西区", new Capacity(900, 3, 18), "2022-01-02")),
                westSchool.next(approved("2000.00", "2022-03-01", "2023-03-01", "2022-02-02")),
                cityReform.next(registered(ProjectKind.SCHOOL_GROUP, "甲市集团化办学", city, Capacity.NONE, "2022-01-03")),
                otherCity.next(registered(ProjectKind.NEW_BUILD, "乙市幼儿园", root + "/乙市/北区", new Capacity(270, 0, 9), "2022-01-04")),
                // a sibling whose code merely starts with the same characters: not below 甲市
                lookalikeCity.next(registered(ProjectKind.MODEL_SCHOOL, "甲市郊示范校", root + "/甲市郊", Capacity.NONE, "2022-01-05")),
                percentTitle.next(registered(ProjectKind.RENOVATION, "100%_达标 riverside 改造", district, Capacity.NONE, "2022-01-06")));
        awaitVersion(eastSchool.idValue(), 2);
        awaitVersion(westSchool.idValue(), 1);
        awaitVersion(cityReform.idValue(), 0);
        awaitVersion(otherCity.idValue(), 0);
        awaitVersion(lookalikeCity.idValue(), 0);
        awaitVersion(percentTitle.idValue(), 0);
    }

    @Test
    void aCitySeesItsOwnAndItsDistrictsProjectsButNotASibling() {
        http.get().uri("/api/projects?jurisdiction={j}&sort=projectId", city).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(4)
                .jsonPath("$.items[*].projectId").value(List.class, ids -> assertThat(ids)
                        .containsExactlyInAnyOrder(eastSchool.idValue(), westSchool.idValue(), cityReform.idValue(),
                                percentTitle.idValue()));
        http.get().uri("/api/projects?jurisdiction={j}", district).exchange()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(2);
        http.get().uri("/api/projects?jurisdiction={j}", root).exchange()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(6);
    }

    @Test
    void filtersByTrackAndStatus() {
        http.get().uri("/api/projects?jurisdiction={j}&track=REFORM", root).exchange()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].projectId").isEqualTo(cityReform.idValue());
        http.get().uri("/api/projects?jurisdiction={j}&status=APPROVED", root).exchange()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].projectId").isEqualTo(westSchool.idValue());
        http.get().uri("/api/projects?jurisdiction={j}&status=APPROVED,UNDER_CONSTRUCTION&sort=projectId", root).exchange()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(2);
        http.get().uri("/api/projects?jurisdiction={j}&track=construction&status=registered", root).exchange()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(2);
    }

    @Test
    void findsTitleTextIgnoringCaseAndTakingWildcardsLiterally() {
        http.get().uri("/api/projects?jurisdiction={j}&q=RIVERSIDE&sort=title", root).exchange()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(2)
                .jsonPath("$.items[*].title").isEqualTo(List.of("100%_达标 riverside 改造", "Riverside Primary School"));
        http.get().uri("/api/projects?jurisdiction={j}&q={q}", root, "%").exchange()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].projectId").isEqualTo(percentTitle.idValue());
        http.get().uri("/api/projects?jurisdiction={j}&q={q}", root, "_").exchange()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1);
        http.get().uri("/api/projects?jurisdiction={j}&q={q}", root, "集团化").exchange()
                .expectBody()
                .jsonPath("$.items[0].projectId").isEqualTo(cityReform.idValue());
    }

    @Test
    void pagesAndSorts() {
        http.get().uri("/api/projects?jurisdiction={j}&size=4&page=1&sort=lastEventOn,desc", root).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.page").isEqualTo(1)
                .jsonPath("$.size").isEqualTo(4)
                .jsonPath("$.totalItems").isEqualTo(6)
                .jsonPath("$.totalPages").isEqualTo(2)
                // last events: east 03-05, west 02-02, then registrations 01-06 .. 01-03
                .jsonPath("$.items[*].projectId").isEqualTo(List.of(otherCity.idValue(), cityReform.idValue()));
        http.get().uri("/api/projects?jurisdiction={j}&size=2&sort=lastEventOn", root).exchange()
                .expectBody()
                .jsonPath("$.totalPages").isEqualTo(3)
                .jsonPath("$.items[*].projectId").isEqualTo(List.of(cityReform.idValue(), otherCity.idValue()));
        http.get().uri("/api/projects?jurisdiction={j}&sort=approvedBudget,desc&size=3", root).exchange()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(3)
                .jsonPath("$.items[0].approvedBudget").isEqualTo("2000.00")
                .jsonPath("$.items[1].approvedBudget").isEqualTo("1000.00")
                .jsonPath("$.items[2].approvedBudget").isEmpty();
        http.get().uri("/api/projects?jurisdiction={j}&page=9", root).exchange()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(0)
                .jsonPath("$.totalItems").isEqualTo(6);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        assertBadParameter("/api/projects?sort=budget,desc", "sort");
        assertBadParameter("/api/projects?sort=title,sideways", "sort");
        assertBadParameter("/api/projects?status=DONE", "status");
        assertBadParameter("/api/projects?track=SPACE", "track");
        assertBadParameter("/api/projects?size=201", "size");
        assertBadParameter("/api/projects?page=-1", "page");
        assertBadParameter("/api/projects?page=first", "page");
        assertBadParameter("/api/projects?jurisdiction=/CN-45", "jurisdiction");
        assertBadParameter("/api/projects/not-a-project-id", "id");
        assertBadParameter("/api/projection/anomalies?open=maybe", "open");
    }

    @Test
    void anUnknownProjectIsANotFoundProblem() {
        http.get().uri("/api/projects/PRJ-NEVER-REGISTERED").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isEqualTo("Not found")
                .jsonPath("$.type").isEqualTo("urn:edutrack:problem:not-found")
                .jsonPath("$.detail").isEqualTo("no project PRJ-NEVER-REGISTERED");
        http.get().uri("/api/projects/PRJ-NEVER-REGISTERED/timeline").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void assertBadParameter(String uri, String parameter) {
        http.get().uri(uri).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.type").isEqualTo("urn:edutrack:problem:invalid-parameter")
                .jsonPath("$.parameter").isEqualTo(parameter)
                .jsonPath("$.errors[0].field").isEqualTo(parameter)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains(parameter));
    }
}
