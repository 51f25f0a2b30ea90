package cn.edutrack.query.project;

import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.constructionStarted;
import static cn.edutrack.query.support.TestEvents.recheck;
import static cn.edutrack.query.support.TestEvents.rectificationOrdered;
import static cn.edutrack.query.support.TestEvents.registered;
import static cn.edutrack.query.support.TestEvents.summonsIssued;
import static cn.edutrack.query.support.TestPlanEvents.freshRoot;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.RecheckResult;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The supervisors' actions on a project: rectification orders (责令整改) with their deadlines, re-checks (复查) that move
 * a deadline or close the order, summonses (约谈). An open order past its deadline is in {@code /api/lagging}'s
 * {@code rectificationOverdue} as of any date, scoped like the rest of the lagging lists.
 * <pre>
 * 2023-03-01 construction started (the project's last news)
 * 2024-03-01 order #1, rectify by 2024-04-30
 * 2024-05-06 summons
 * 2024-05-10 re-check of #1: not rectified, new deadline 2024-07-31
 * 2024-05-20 order #2, rectify by 2024-06-15
 * 2024-08-05 re-check of #1: rectified
 * </pre>
 */
class RectificationOrderIT extends QuerySideIntegrationTest {

    private final String district = freshRoot() + "/某市/某区";
    private final ProjectStory project = new ProjectStory();

    @Test
    void anOpenOrderIsLaggingOncePastItsDeadlineUntilARecheckMovesTheDeadlineOrFindsItRectified() {
        send(project.next(registered(ProjectKind.NEW_BUILD, "某区实验小学新建工程", district, new Capacity(1350, 0, 30),
                        "2023-01-05")),
                project.next(approved("52000000.00", "2023-03-01", "2026-12-31", "2023-02-01")),
                project.next(constructionStarted("2023-03-01")),
                project.next(rectificationOrdered(1, "2024-04-30", "2024-03-01")),
                project.next(summonsIssued("2024-05-06")),
                project.next(recheck(1, RecheckResult.NOT_RECTIFIED, "2024-07-31", "2024-05-10")),
                project.next(rectificationOrdered(2, "2024-06-15", "2024-05-20")));
        awaitVersion(project.idValue(), 6);

        assertThat(overdueOrders("2024-04-30")).isEmpty();
        assertThat(overdueOrders("2024-05-05")).containsExactly("1 2024-04-30 5 0");
        assertThat(overdueOrders("2024-05-10")).isEmpty();
        assertThat(overdueOrders("2024-06-20")).containsExactly("2 2024-06-15 5 0");
        assertThat(overdueOrders("2024-08-01")).containsExactly("2 2024-06-15 47 0", "1 2024-07-31 1 1");
        lagging("2024-08-01")
                .jsonPath("$.rectificationOverdue[1].projectId").isEqualTo(project.idValue())
                .jsonPath("$.rectificationOverdue[1].title").isEqualTo("某区实验小学新建工程")
                .jsonPath("$.rectificationOverdue[1].jurisdiction").isEqualTo(district)
                .jsonPath("$.rectificationOverdue[1].status").isEqualTo("UNDER_CONSTRUCTION")
                .jsonPath("$.rectificationOverdue[1].orderedOn").isEqualTo("2024-03-01")
                .jsonPath("$.rectificationOverdue[1].issuingBody").isEqualTo("XX市教育局")
                .jsonPath("$.rectificationOverdue[1].findings").isEqualTo("主体结构施工进度滞后计划60天")
                .jsonPath("$.rectificationOverdue[1].lastRecheckOn").isEqualTo("2024-05-10")
                .jsonPath("$.rectificationOverdue[1].lastRecheckResult").isEqualTo("NOT_RECTIFIED");

        http.get().uri("/api/projects/{id}", project.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UNDER_CONSTRUCTION")
                .jsonPath("$.openRectificationOrders").isEqualTo(2)
                .jsonPath("$.rectificationOrders.length()").isEqualTo(2)
                .jsonPath("$.rectificationOrders[0].deadline").isEqualTo("2024-07-31")
                .jsonPath("$.rectificationOrders[0].originalDeadline").isEqualTo("2024-04-30")
                .jsonPath("$.rectificationOrders[0].status").isEqualTo("OPEN")
                .jsonPath("$.summonses").isEqualTo(1)
                .jsonPath("$.lastSummonedOn").isEqualTo("2024-05-06");

        send(project.next(recheck(1, RecheckResult.RECTIFIED, null, "2024-08-05")));
        awaitVersion(project.idValue(), 7);

        assertThat(overdueOrders("2024-08-10")).containsExactly("2 2024-06-15 56 0");
        // as of a date before the re-check, the order was still open: the past answers stay what they were
        assertThat(overdueOrders("2024-08-01")).containsExactly("2 2024-06-15 47 0", "1 2024-07-31 1 1");
        http.get().uri("/api/projects?jurisdiction={j}", district).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].openRectificationOrders").isEqualTo(1)
                .jsonPath("$.items[0].summonses").isEqualTo(1)
                .jsonPath("$.items[0].rectificationOrders[0].orderNumber").isEqualTo(1)
                .jsonPath("$.items[0].rectificationOrders[0].orderedOn").isEqualTo("2024-03-01")
                .jsonPath("$.items[0].rectificationOrders[0].issuingBody").isEqualTo("XX市教育局")
                .jsonPath("$.items[0].rectificationOrders[0].status").isEqualTo("RECTIFIED")
                .jsonPath("$.items[0].rectificationOrders[0].closedOn").isEqualTo("2024-08-05")
                .jsonPath("$.items[0].rectificationOrders[0].deadline").isEqualTo("2024-07-31")
                .jsonPath("$.items[0].rectificationOrders[0].rechecks").isEqualTo(2)
                .jsonPath("$.items[0].rectificationOrders[0].lastRecheckOn").isEqualTo("2024-08-05")
                .jsonPath("$.items[0].rectificationOrders[0].lastRecheckResult").isEqualTo("RECTIFIED")
                .jsonPath("$.items[0].rectificationOrders[0].lastRecheckFindings").isEqualTo("已整改到位")
                .jsonPath("$.items[0].rectificationOrders[1].orderNumber").isEqualTo(2)
                .jsonPath("$.items[0].rectificationOrders[1].status").isEqualTo("OPEN")
                .jsonPath("$.items[0].rectificationOrders[1].closedOn").isEmpty()
                .jsonPath("$.items[0].rectificationOrders[1].rechecks").isEqualTo(0);

        // a supervisor's action is not news of the project: it stays stale since its construction start
        lagging("2024-08-10")
                .jsonPath("$.stale[0].projectId").isEqualTo(project.idValue())
                .jsonPath("$.stale[0].lastEventOn").isEqualTo("2023-03-01");

        http.get().uri("/api/projects/{id}/timeline", project.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.events[3].type").isEqualTo("cn.edutrack.project.rectification-ordered.v1")
                .jsonPath("$.events[3].summary")
                .isEqualTo("Rectification order #1 by XX市教育局: 主体结构施工进度滞后计划60天; rectify by 2024-04-30")
                .jsonPath("$.events[3].payload.deadline").isEqualTo("2024-04-30")
                .jsonPath("$.events[4].type").isEqualTo("cn.edutrack.project.summons-issued.v1")
                .jsonPath("$.events[4].summary").isEqualTo("Summons by XX市教育局 of 项目建设单位主要负责人: 整改不到位")
                .jsonPath("$.events[5].type").isEqualTo("cn.edutrack.project.recheck-recorded.v1")
                .jsonPath("$.events[5].summary")
                .isEqualTo("Re-check of rectification order #1: not rectified: 仍滞后计划45天; new deadline 2024-07-31")
                .jsonPath("$.events[7].summary").isEqualTo("Re-check of rectification order #1: rectified: 已整改到位");
    }

    @Test
    void overdueOrdersAreScopedLikeEveryLaggingList() {
        ProjectStory elsewhere = new ProjectStory();
        send(elsewhere.next(registered(ProjectKind.NEW_BUILD, "某区第二小学", district, new Capacity(900, 0, 18), "2023-01-05")),
                elsewhere.next(rectificationOrdered(1, "2024-04-30", "2024-03-01")));
        awaitVersion(elsewhere.idValue(), 1);

        assertThat(overdueOrders(http, "/api/lagging?asOf=2024-06-30")).contains(elsewhere.idValue());
        RestTestClient cityOfOthers = as("supervisor-city");
        assertThat(overdueOrders(cityOfOthers, "/api/lagging?asOf=2024-06-30")).doesNotContain(elsewhere.idValue());
        cityOfOthers.get().uri("/api/lagging?jurisdiction={j}", district).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.rule").isEqualTo("outside-jurisdiction");
    }

    private RestTestClient.BodyContentSpec lagging(String asOf) {
        return http.get().uri("/api/lagging?jurisdiction={j}&asOf={d}", district, asOf).exchange()
                .expectStatus().isOk()
                .expectBody();
    }

    /** The overdue orders as of the date: "orderNumber deadline daysOverdue rechecks". */
    private List<String> overdueOrders(String asOf) {
        List<java.util.Map<String, Object>> orders = http.get()
                .uri("/api/lagging?jurisdiction={j}&asOf={d}", district, asOf).exchange()
                .expectStatus().isOk()
                .expectBody(LaggingOrders.class).returnResult().getResponseBody().rectificationOverdue();
        return orders.stream().map(o -> o.get("orderNumber") + " " + o.get("deadline") + " " + o.get("daysOverdue") + " "
                + o.get("rechecks")).toList();
    }

    private static List<String> overdueOrders(RestTestClient client, String uri) {
        return client.get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBody(LaggingOrders.class).returnResult().getResponseBody().rectificationOverdue().stream()
                .map(o -> (String) o.get("projectId")).toList();
    }

    /** The part of the lagging answer these tests read. */
    record LaggingOrders(List<java.util.Map<String, Object>> rectificationOverdue) {
    }
}
