package cn.edutrack.query.access;

import static cn.edutrack.query.support.TestEvents.acceptancePassed;
import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.completed;
import static cn.edutrack.query.support.TestEvents.constructionStarted;
import static cn.edutrack.query.support.TestEvents.funded;
import static cn.edutrack.query.support.TestEvents.putIntoService;
import static cn.edutrack.query.support.TestEvents.rectificationOrdered;
import static cn.edutrack.query.support.TestEvents.registered;
import static cn.edutrack.query.support.TestPlanEvents.assigned;
import static cn.edutrack.query.support.TestPlanEvents.baseline;
import static cn.edutrack.query.support.TestPlanEvents.contribution;
import static cn.edutrack.query.support.TestPlanEvents.indicator;
import static cn.edutrack.query.support.TestPlanEvents.jurisdiction;
import static cn.edutrack.query.support.TestPlanEvents.measured;
import static cn.edutrack.query.support.TestPlanEvents.planRegistered;
import static cn.edutrack.query.support.TestPlanEvents.programme;
import static cn.edutrack.query.support.TestPlanEvents.quantity;
import static cn.edutrack.query.support.TestPlanEvents.target;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.IndicatorAttribute;
import cn.edutrack.events.plan.JurisdictionLevel;
import cn.edutrack.query.support.PlanStory;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import cn.edutrack.query.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Role x jurisdiction x endpoint: who gets 401, 403 or 200, and what a 200 contains, counted. The world (fresh for every
 * test JVM, see {@link TestUsers}):
 * <pre>
 * city CN-99/T{run}市   city plan: kg target        c1  (city bureau)   registered 2024-06-01, on the city plan
 *   东区               east plan: kg target        eA1 (org A)  delivered, 3,000,000 of 5,000,000 allocated
 *                                                 eA2 (org A)  approved, overdue since 2023-08-31, stale
 *                                                 eB1 (org B)  approved, 1,000,000 of 2,000,000 allocated, on the
 *                                                              city plan; rectification order overdue since 2024-04-30;
 *                                                              stale (an order is not news of the project)
 *   西区               west plan: kg target        w1  (org W)  delivered, 2,000,000 of 6,000,000 allocated
 *                                                 w2  (org W)  approved, overdue, stale, on the city plan;
 *                                                              rectification order overdue since 2024-05-31
 * </pre>
 * Every plan has a binding indicator behind its path. Users: {@code supervisor-city}, {@code auditor-city},
 * {@code supervisor-east}, {@code auditor-east}, {@code administrator-east}, {@code supervisor-west},
 * {@code manager-east-a} (org A), {@code manager-east-b} (org B), and the national {@code auditor-cn} and
 * {@code administrator-cn}. Everything is asked as of {@value #AS_OF}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT extends QuerySideIntegrationTest {

    private static final String AS_OF = "2024-06-30";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String city = TestUsers.CITY;
    private final String east = TestUsers.EAST;
    private final String west = TestUsers.WEST;
    private final String marker = "T" + TestUsers.RUN;
    private final String concept = "MATRIX_" + TestUsers.RUN;
    private final String orgW = "ORG-T" + TestUsers.RUN + "-WEST";
    private final String orgC = "ORG-T" + TestUsers.RUN + "-CITY";

    private final PlanStory cityPlan = new PlanStory();
    private final PlanStory eastPlan = new PlanStory();
    private final PlanStory westPlan = new PlanStory();
    private final ProjectStory eA1 = new ProjectStory();
    private final ProjectStory eA2 = new ProjectStory();
    private final ProjectStory eB1 = new ProjectStory();
    private final ProjectStory w1 = new ProjectStory();
    private final ProjectStory w2 = new ProjectStory();
    private final ProjectStory c1 = new ProjectStory();

    @BeforeAll
    void theWorld() {
        send(jurisdiction(city, marker + "市", JurisdictionLevel.CITY, null, "2021-01-05"),
                jurisdiction(east, "东区", JurisdictionLevel.DISTRICT, city, "2021-01-05"),
                jurisdiction(west, "西区", JurisdictionLevel.DISTRICT, city, "2021-01-05"));
        for (PlanStory plan : List.of(cityPlan, eastPlan, westPlan)) {
            String where = plan == cityPlan ? city : plan == eastPlan ? east : west;
            send(plan.next(planRegistered(where, marker + "“十四五”教育规划", 2021, 2025, 2020, "2021-01-10")),
                    plan.next(programme("col1", "学前教育", "专栏1", "2021-01-10")),
                    plan.next(target("kg", "col1", "幼儿园新建", Counted.KINDERGARTENS, quantity(Comparator.EQUAL, "5", "5所"),
                            Firmness.FIRM, "2021-01-10")),
                    plan.next(indicator("rate", "普惠性幼儿园覆盖率", "%", IndicatorAttribute.BINDING, concept,
                            baseline(2020, "90"), 2025, quantity(Comparator.AT_LEAST, "99", "99%以上"), "2021-01-10")),
                    plan.next(measured("rate", 2023, "90.5", "2024-03-01")));
        }
        Capacity capacity = new Capacity(270, 0, 9);
        List<ProducerRecord<String, byte[]>> projects = new ArrayList<>();
        delivered(projects, eA1, eastPlan, east, TestUsers.ORG_EAST_A, "5000000.00", FundingSource.CENTRAL_FISCAL,
                "3000000.00");
        overdue(projects, eA2, eastPlan, east, TestUsers.ORG_EAST_A, "4000000.00");
        projects.add(eB1.next(registered(ProjectKind.NEW_BUILD, marker + "东区乙幼儿园", east, TestUsers.ORG_EAST_B, capacity,
                "2023-06-01")));
        projects.add(eB1.next(assigned(cityPlan.id(), "col1", "kg", null, null, "2023-06-01",
                contribution(null, Counted.KINDERGARTENS, "1"))));
        projects.add(eB1.next(approved("2000000.00", "2023-09-01", "2025-12-31", "2023-07-01")));
        projects.add(eB1.next(funded(FundingSource.PROVINCIAL_FISCAL, "1000000.00", "2023-08-01")));
        projects.add(eB1.next(rectificationOrdered(1, "2024-04-30", "2024-03-01")));
        delivered(projects, w1, westPlan, west, orgW, "6000000.00", FundingSource.MUNICIPAL_FISCAL, "2000000.00");
        overdue(projects, w2, cityPlan, west, orgW, "3000000.00");
        projects.add(w2.next(rectificationOrdered(1, "2024-05-31", "2024-04-01")));
        projects.add(c1.next(registered(ProjectKind.NEW_BUILD, marker + "市直幼儿园", city, orgC, capacity, "2024-06-01")));
        projects.add(c1.next(assigned(cityPlan.id(), "col1", "kg", null, null, "2024-06-01",
                contribution(null, Counted.KINDERGARTENS, "1"))));
        send(projects);

        awaitJurisdictions(city, east, west);
        for (PlanStory plan : List.of(cityPlan, eastPlan, westPlan)) {
            awaitPlanVersion(plan.idValue(), plan.lastSequence());
        }
        for (ProjectStory project : List.of(eA1, eA2, eB1, w1, w2, c1)) {
            awaitVersion(project.idValue(), project.lastSequence());
        }
    }

    private void delivered(List<ProducerRecord<String, byte[]>> projects, ProjectStory story, PlanStory plan, String where,
            String owner, String budget, FundingSource source, String allocated) {
        Capacity capacity = new Capacity(300, 0, 10);
        projects.add(story.next(registered(ProjectKind.NEW_BUILD, marker + "幼儿园新建", where, owner, capacity, "2021-03-01")));
        projects.add(story.next(assigned(plan.id(), "col1", "kg", null, 2022, "2021-03-01",
                contribution(null, Counted.KINDERGARTENS, "1"))));
        projects.add(story.next(approved(budget, "2021-05-01", "2022-08-31", "2021-04-01")));
        projects.add(story.next(funded(source, allocated, "2021-04-15")));
        projects.add(story.next(constructionStarted("2021-05-01")));
        projects.add(story.next(completed(capacity, "2022-08-01")));
        projects.add(story.next(acceptancePassed("2022-08-20")));
        projects.add(story.next(putIntoService(280, "2022-09-01")));
    }

    /** Approved on 2023-01-10, due 2023-08-31, nothing since: overdue and stale on {@value #AS_OF}. */
    private void overdue(List<ProducerRecord<String, byte[]>> projects, ProjectStory story, PlanStory plan, String where,
            String owner, String budget) {
        projects.add(story.next(registered(ProjectKind.NEW_BUILD, marker + "幼儿园改扩建", where, owner,
                new Capacity(180, 0, 6), "2022-01-05")));
        projects.add(story.next(assigned(plan.id(), "col1", "kg", null, 2023, "2022-01-05",
                contribution(null, Counted.KINDERGARTENS, "1"))));
        projects.add(story.next(approved(budget, "2022-03-01", "2023-08-31", "2023-01-10")));
    }

    /** Every endpoint of the query API, with this world's ids. */
    private List<String> everyEndpoint() {
        String p = cityPlan.idValue();
        String e = "/api/projects/" + eA1.idValue();
        return List.of("/api/projects", e, e + "/timeline", e + "/history", e + "/as-of?date=" + AS_OF,
                e + "/as-of/compare?from=2022-01-01&to=" + AS_OF,
                "/api/jurisdictions", "/api/plans", "/api/plans/" + p, "/api/plans/" + p + "/progress",
                "/api/plans/" + p + "/progress?knownAt=" + AS_OF,
                "/api/plans/" + p + "/progress/compare?from=2023-01-01&to=" + AS_OF,
                "/api/plans/" + p + "/targets/kg/breakdown", "/api/plans/" + p + "/rollup", "/api/plans/" + p + "/indicators",
                "/api/plans/" + p + "/quotas", "/api/progress/rollup?jurisdiction=CN-99", "/api/indicators/behind",
                "/api/indicators/by-concept/" + concept, "/api/lagging", "/api/money", "/api/projection/anomalies",
                "/v3/api-docs", "/actuator/info", "/api/me");
    }

    @Test
    void anAnonymousCallerGetsNothingButHealth() {
        for (String endpoint : everyEndpoint()) {
            anonymous().get().uri(endpoint).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().valueEquals("WWW-Authenticate", "Basic realm=\"edutrack\"")
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("urn:edutrack:problem:unauthenticated");
        }
        anonymous().get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIs401() {
        as("supervisor-city", "not-the-password").get().uri("/api/projects").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo("the user name or password is wrong");
        as("nobody-at-all").get().uri("/api/projects").exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @ValueSource(strings = {"supervisor-city", "auditor-city"})
    void aCityReaderSeesBothDistricts(String user) {
        RestTestClient client = as(user);
        assertThat(total(client, "/api/projects")).isEqualTo(6);
        assertThat(total(client, "/api/projects?q={q}", marker)).isEqualTo(6);
        assertThat(total(client, "/api/projects?jurisdiction={j}", east)).isEqualTo(3);
        assertThat(total(client, "/api/projects?jurisdiction={j}", west)).isEqualTo(2);
        ok(client, "/api/projects/{id}", eB1.idValue());
        ok(client, "/api/projects/{id}/timeline", w2.idValue());
        assertThat(ok(client, "/api/projects/{id}/history", w2.idValue()).get("events").size()).isEqualTo(4);
        assertThat(ok(client, "/api/projects/{id}/as-of?date={d}", eB1.idValue(), AS_OF).get("project").get("status")
                .asString()).isEqualTo("FUNDED");
        ok(client, "/api/projects/{id}/as-of/compare?from=2023-06-30&to={d}", eB1.idValue(), AS_OF);
        assertThat(ok(client, "/api/plans/{id}/progress?asOf={d}&knownAt={d}", cityPlan.idValue(), AS_OF, AS_OF)
                .get("targets").get(0).get("projects").asInt()).isEqualTo(3);
        ok(client, "/api/plans/{id}/progress/compare?from=2023-01-01&to={d}", cityPlan.idValue(), AS_OF);

        JsonNode lagging = ok(client, "/api/lagging?asOf={d}", AS_OF);
        assertThat(lagging.get("jurisdiction").asString()).isEqualTo(city);
        assertThat(ids(lagging.get("overdue"))).containsExactlyInAnyOrder(eA2.idValue(), w2.idValue());
        assertThat(ids(lagging.get("stale"))).containsExactlyInAnyOrder(eA2.idValue(), eB1.idValue(), w2.idValue());
        assertThat(ids(lagging.get("rectificationOverdue"))).containsExactly(eB1.idValue(), w2.idValue());
        assertThat(lagging.get("failedAcceptance").size()).isZero();

        JsonNode money = ok(client, "/api/money");
        assertThat(money.get("jurisdiction").asString()).isEqualTo(city);
        assertThat(money.get("projects").asInt()).isEqualTo(6);
        assertThat(money.get("approvedBudget").asString()).isEqualTo("20000000.00");
        assertThat(money.get("allocated").asString()).isEqualTo("6000000.00");
        assertThat(money.get("byJurisdiction").size()).isEqualTo(3);

        JsonNode rollup = ok(client, "/api/progress/rollup?jurisdiction={j}&asOf={d}", city, AS_OF);
        assertThat(projectsOfGroup(rollup, east)).isEqualTo(3);
        assertThat(projectsOfGroup(rollup, west)).isEqualTo(2);
        assertThat(projectsOfGroup(rollup, city)).isEqualTo(1);
        assertThat(rollup.get("rows").size()).isEqualTo(3);

        JsonNode progress = ok(client, "/api/plans/{id}/progress?asOf={d}", cityPlan.idValue(), AS_OF);
        assertThat(progress.get("targets").get(0).get("projects").asInt()).isEqualTo(3);
        ok(client, "/api/plans/{id}/targets/kg/breakdown?asOf={d}", cityPlan.idValue(), AS_OF);
        ok(client, "/api/plans/{id}/rollup?asOf={d}", cityPlan.idValue(), AS_OF);
        ok(client, "/api/plans/{id}/indicators?asOf={d}", cityPlan.idValue(), AS_OF);
        ok(client, "/api/plans/{id}/quotas?asOf={d}", cityPlan.idValue(), AS_OF);
        ok(client, "/api/plans/{id}/progress?asOf={d}", westPlan.idValue(), AS_OF);

        assertThat(ok(client, "/api/indicators/behind?asOf={d}", AS_OF).size()).isEqualTo(3);
        assertThat(ok(client, "/api/indicators/by-concept/{c}?asOf={d}", concept, AS_OF).size()).isEqualTo(3);
        assertThat(worldPlans(ok(client, "/api/plans"))).containsExactlyInAnyOrder(cityPlan.idValue(), eastPlan.idValue(),
                westPlan.idValue());
        assertThat(codes(ok(client, "/api/jurisdictions?under={j}", city))).containsExactly(city, east, west);
    }

    @ParameterizedTest
    @ValueSource(strings = {"supervisor-east", "auditor-east", "administrator-east"})
    void aDistrictReaderSeesOnlyItsDistrict(String user) {
        RestTestClient client = as(user);
        JsonNode page = ok(client, "/api/projects?size=200");
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(ids(page.get("items"))).containsExactlyInAnyOrder(eA1.idValue(), eA2.idValue(), eB1.idValue());
        assertThat(total(client, "/api/projects?q={q}", marker)).isEqualTo(3);
        assertThat(total(client, "/api/projects?jurisdiction={j}&status=IN_SERVICE", east)).isEqualTo(1);
        ok(client, "/api/projects/{id}/timeline", eB1.idValue());

        JsonNode lagging = ok(client, "/api/lagging?asOf={d}", AS_OF);
        assertThat(lagging.get("jurisdiction").asString()).isEqualTo(east);
        assertThat(ids(lagging.get("overdue"))).containsExactly(eA2.idValue());
        assertThat(ids(lagging.get("stale"))).containsExactlyInAnyOrder(eA2.idValue(), eB1.idValue());
        assertThat(ids(lagging.get("rectificationOverdue"))).containsExactly(eB1.idValue());
        assertThat(ids(ok(client, "/api/lagging?jurisdiction={j}&asOf={d}", east, AS_OF).get("overdue")))
                .containsExactly(eA2.idValue());

        JsonNode money = ok(client, "/api/money");
        assertThat(money.get("projects").asInt()).isEqualTo(3);
        assertThat(money.get("approvedBudget").asString()).isEqualTo("11000000.00");
        assertThat(money.get("allocated").asString()).isEqualTo("4000000.00");
        assertThat(money.get("bySource").size()).isEqualTo(2);
        assertThat(ok(client, "/api/money?planId={id}", eastPlan.idValue()).get("projects").asInt()).isEqualTo(2);

        JsonNode rollup = ok(client, "/api/progress/rollup?jurisdiction={j}&asOf={d}", east, AS_OF);
        assertThat(rollup.get("rows").size()).isEqualTo(1);
        assertThat(projectsOfGroup(rollup, east)).isEqualTo(3);
        JsonNode progress = ok(client, "/api/plans/{id}/progress?asOf={d}", eastPlan.idValue(), AS_OF);
        assertThat(progress.get("targets").get(0).get("projects").asInt()).isEqualTo(2);
        assertThat(progress.get("targets").get(0).get("delivered").asInt()).isEqualTo(1);
        assertThat(ok(client, "/api/indicators/behind?asOf={d}", AS_OF).size()).isEqualTo(1);
        assertThat(ok(client, "/api/indicators/by-concept/{c}?asOf={d}", concept, AS_OF).size()).isEqualTo(1);

        // plan definitions: its own and its city's, never its sibling's
        assertThat(worldPlans(ok(client, "/api/plans"))).containsExactlyInAnyOrder(cityPlan.idValue(), eastPlan.idValue());
        ok(client, "/api/plans/{id}", cityPlan.idValue());
        assertThat(codes(ok(client, "/api/jurisdictions"))).containsExactly(city, east);

        // the sibling district, the city's figures and the city-level project: 403, named
        String outside = "outside-jurisdiction";
        forbidden(client, outside, "/api/projects/{id}", w1.idValue());
        forbidden(client, outside, "/api/projects/{id}/timeline", w1.idValue());
        forbidden(client, outside, "/api/projects/{id}/history", w1.idValue());
        forbidden(client, outside, "/api/projects/{id}/as-of", w1.idValue());
        forbidden(client, outside, "/api/projects/{id}/as-of?date=2022-01-01&knownAt=2022-01-01", w1.idValue());
        forbidden(client, outside, "/api/projects/{id}/as-of/compare?from=2022-01-01&to=2024-01-01", w1.idValue());
        forbidden(client, outside, "/api/plans/{id}/progress?knownAt=2024-01-01", westPlan.idValue());
        forbidden(client, outside, "/api/plans/{id}/progress/compare?from=2022-01-01&to=2024-01-01", cityPlan.idValue());
        forbidden(client, outside, "/api/projects/{id}", c1.idValue());
        forbidden(client, outside, "/api/plans/{id}", westPlan.idValue());
        forbidden(client, outside, "/api/plans/{id}/progress", westPlan.idValue());
        forbidden(client, outside, "/api/plans/{id}/progress", cityPlan.idValue());
        forbidden(client, outside, "/api/plans/{id}/targets/kg/breakdown", cityPlan.idValue());
        forbidden(client, outside, "/api/plans/{id}/rollup", cityPlan.idValue());
        forbidden(client, outside, "/api/plans/{id}/indicators", cityPlan.idValue());
        forbidden(client, outside, "/api/plans/{id}/quotas", cityPlan.idValue());
        forbidden(client, outside, "/api/money?planId={id}", cityPlan.idValue());
        for (String other : List.of(west, city)) {
            forbidden(client, outside, "/api/projects?jurisdiction={j}", other);
            forbidden(client, outside, "/api/lagging?jurisdiction={j}", other);
            forbidden(client, outside, "/api/money?jurisdiction={j}", other);
            forbidden(client, outside, "/api/progress/rollup?jurisdiction={j}", other);
            forbidden(client, outside, "/api/indicators/behind?jurisdiction={j}", other);
            forbidden(client, outside, "/api/plans?jurisdiction={j}", other);
            forbidden(client, outside, "/api/jurisdictions?under={j}", other);
        }
    }

    @Test
    void theSiblingDistrictSeesItsOwnAndNotTheFirst() {
        RestTestClient client = as("supervisor-west");
        assertThat(total(client, "/api/projects")).isEqualTo(2);
        JsonNode lagging = ok(client, "/api/lagging?asOf={d}", AS_OF);
        assertThat(ids(lagging.get("overdue"))).containsExactly(w2.idValue());
        assertThat(ids(lagging.get("rectificationOverdue"))).containsExactly(w2.idValue());
        assertThat(ok(client, "/api/money").get("approvedBudget").asString()).isEqualTo("9000000.00");
        assertThat(worldPlans(ok(client, "/api/plans"))).containsExactlyInAnyOrder(cityPlan.idValue(), westPlan.idValue());
        forbidden(client, "outside-jurisdiction", "/api/projects/{id}", eA1.idValue());
        forbidden(client, "outside-jurisdiction", "/api/plans/{id}", eastPlan.idValue());
        // the first district's history and its states as of a date, alone or compared: refused, never narrowed
        forbidden(client, "outside-jurisdiction", "/api/projects/{id}/history", eA1.idValue());
        forbidden(client, "outside-jurisdiction", "/api/projects/{id}/as-of?date={d}", eA1.idValue(), AS_OF);
        forbidden(client, "outside-jurisdiction", "/api/projects/{id}/as-of/compare?from=2021-12-31&to={d}", eA1.idValue(),
                AS_OF);
        forbidden(client, "outside-jurisdiction", "/api/plans/{id}/progress?knownAt={d}", eastPlan.idValue(), AS_OF);
        assertThat(ok(client, "/api/projects/{id}/history", w1.idValue()).get("events").size()).isEqualTo(8);
    }

    @Test
    void aManagerSeesOnlyItsOrganisationsProjectsAndNoFigures() {
        RestTestClient a = as("manager-east-a");
        JsonNode page = ok(a, "/api/projects");
        assertThat(page.get("totalItems").asLong()).isEqualTo(2);
        assertThat(ids(page.get("items"))).containsExactlyInAnyOrder(eA1.idValue(), eA2.idValue());
        assertThat(total(a, "/api/projects?jurisdiction={j}", east)).isEqualTo(2);
        assertThat(total(a, "/api/projects?q={q}", marker)).isEqualTo(2);
        ok(a, "/api/projects/{id}", eA1.idValue());
        ok(a, "/api/projects/{id}/timeline", eA2.idValue());
        assertThat(ok(a, "/api/projects/{id}/history", eA2.idValue()).get("events").size()).isEqualTo(3);
        ok(a, "/api/projects/{id}/as-of?date={d}", eA1.idValue(), AS_OF);
        ok(a, "/api/projects/{id}/as-of/compare?from=2021-12-31&to={d}", eA1.idValue(), AS_OF);
        forbidden(a, "not-your-organisation", "/api/projects/{id}", eB1.idValue());
        forbidden(a, "not-your-organisation", "/api/projects/{id}/timeline", eB1.idValue());
        forbidden(a, "not-your-organisation", "/api/projects/{id}/history", eB1.idValue());
        forbidden(a, "not-your-organisation", "/api/projects/{id}/as-of", eB1.idValue());
        forbidden(a, "not-your-organisation", "/api/projects/{id}/as-of/compare?from=2023-06-30&to=2024-06-30",
                eB1.idValue());
        forbidden(a, "not-your-organisation", "/api/projects/{id}/history", w1.idValue());
        forbidden(a, "not-your-organisation", "/api/projects/{id}", w1.idValue());
        forbidden(a, "outside-jurisdiction", "/api/projects?jurisdiction={j}", west);
        // plan definitions, like everybody; figures computed from projects, never
        assertThat(worldPlans(ok(a, "/api/plans"))).containsExactlyInAnyOrder(cityPlan.idValue(), eastPlan.idValue());
        ok(a, "/api/plans/{id}", eastPlan.idValue());
        for (String figures : List.of("/api/plans/" + eastPlan.idValue() + "/progress",
                "/api/plans/" + eastPlan.idValue() + "/progress?knownAt=2024-06-30",
                "/api/plans/" + eastPlan.idValue() + "/progress/compare?from=2023-01-01&to=2024-06-30",
                "/api/lagging", "/api/money",
                "/api/progress/rollup?jurisdiction=" + "CN-99", "/api/indicators/behind",
                "/api/plans/" + eastPlan.idValue() + "/indicators", "/api/projection/anomalies")) {
            forbidden(a, "role-may-not", figures);
        }

        assertThat(ids(ok(as("manager-east-b"), "/api/projects").get("items"))).containsExactly(eB1.idValue());
    }

    @Test
    void anAuditorReadsWhatASupervisorOfItsJurisdictionReads() {
        for (String[] pair : List.of(new String[] {"supervisor-east", "auditor-east"},
                new String[] {"supervisor-city", "auditor-city"})) {
            for (String endpoint : List.of("/api/projects?sort=projectId&size=200", "/api/lagging?asOf=" + AS_OF,
                    "/api/money", "/api/indicators/behind?asOf=" + AS_OF, "/api/plans", "/api/jurisdictions",
                    "/api/projects/" + eB1.idValue() + "/timeline", "/api/projects/" + eB1.idValue() + "/history",
                    "/api/projects/" + eB1.idValue() + "/as-of?date=" + AS_OF + "&knownAt=" + AS_OF,
                    "/api/plans/" + eastPlan.idValue() + "/progress?asOf=" + AS_OF)) {
                assertThat(body(as(pair[1]), endpoint)).as(pair[1] + " " + endpoint).isEqualTo(body(as(pair[0]), endpoint));
            }
        }
    }

    @Test
    void nothingCanBeWrittenThroughTheQuerySide() {
        for (String user : List.of("auditor-city", "supervisor-city", "administrator-cn", "manager-east-a")) {
            String body = as(user).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON).body("{}").exchange()
                    .expectStatus().isForbidden()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(rule(JSON.readTree(body))).as(user).isEqualTo("role-may-not");
        }
    }

    @Test
    void operationsAreForNationalAdministratorsAndAuditors() {
        ok(as("administrator-cn"), "/api/projection/anomalies");
        ok(http, "/api/projection/anomalies");
        forbidden(as("administrator-east"), "outside-jurisdiction", "/api/projection/anomalies");
        forbidden(as("supervisor-city"), "role-may-not", "/api/projection/anomalies");
        ok(as("administrator-cn"), "/actuator/info");
        forbidden(as("auditor-cn"), "role-may-not", "/actuator/info");
        ok(as("manager-east-a"), "/v3/api-docs");
        JsonNode me = ok(as("manager-east-a"), "/api/me");
        assertThat(me.get("organisation").asString()).isEqualTo(TestUsers.ORG_EAST_A);
        assertThat(me.get("jurisdiction").asString()).isEqualTo(east);
    }

    @Test
    void answersCarryTheSecurityHeadersAndErrorsNoInternals() {
        http.get().uri("/api/projects/{id}", eA1.idValue()).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().value("Cache-Control", value -> assertThat(value).contains("no-store"));
        // refused by the firewall before any controller ("%25" encoded again): Spring Boot's error page, without internals
        String refused = http.get().uri("/api/projects/PRJ-%25").exchange()
                .expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(JSON.readTree(refused).propertyNames()).doesNotContain("trace", "message", "exception", "errors");
    }

    private static JsonNode ok(RestTestClient client, String uri, Object... variables) {
        return JSON.readTree(client.get().uri(uri, variables).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private static String body(RestTestClient client, String uri) {
        return client.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private static long total(RestTestClient client, String uri, Object... variables) {
        return ok(client, uri, variables).get("totalItems").asLong();
    }

    private static void forbidden(RestTestClient client, String rule, String uri, Object... variables) {
        String body = client.get().uri(uri, variables).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.get("type").asString()).as(uri).isEqualTo("urn:edutrack:problem:forbidden");
        assertThat(rule(problem)).as(uri + ": " + body).isEqualTo(rule);
    }

    /** The problem's {@code rule}, a top-level member like every other problem property. */
    private static String rule(JsonNode problem) {
        JsonNode rule = problem.get("rule");
        return rule == null ? null : rule.asString();
    }

    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get("projectId").asString()).toList();
    }

    private static List<String> codes(JsonNode jurisdictions) {
        return StreamSupport.stream(jurisdictions.spliterator(), false).map(j -> j.get("code").asString()).toList();
    }

    /** The plans of this world in a list of plans (other tests' plans may lie above or beside it for national users). */
    private List<String> worldPlans(JsonNode plans) {
        return StreamSupport.stream(plans.spliterator(), false)
                .filter(plan -> plan.get("jurisdiction").asString().startsWith(city))
                .map(plan -> plan.get("planId").asString())
                .toList();
    }

    private static int projectsOfGroup(JsonNode rollup, String group) {
        return StreamSupport.stream(rollup.get("rows").spliterator(), false)
                .filter(row -> row.get("group").asString().equals(group))
                .mapToInt(row -> row.get("projects").asInt())
                .sum();
    }
}
