package cn.edutrack.query.project;

import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.registered;
import static cn.edutrack.query.support.TestPlanEvents.assigned;
import static cn.edutrack.query.support.TestPlanEvents.contribution;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.PlanId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ProjectAssignedToPlan} on the project topic: a project event like any other (position, timeline, last
 * event date), which also writes the project's place in a plan and its contributions; a later one replaces them.
 */
class PlanAssignmentIT extends QuerySideIntegrationTest {

    private static final String DISTRICT = "CN-45/XX市/XX区";

    @Test
    void anAssignmentIsAProjectEventThatWritesTheAssignmentAndItsContributions() {
        ProjectStory project = new ProjectStory();
        ProjectId portfolio = ProjectId.of("PRJ-PORTFOLIO-KG-15");
        PlanId plan = PlanId.of("xx-district-2021");
        send(project.next(registered(ProjectKind.NEW_BUILD, "XXX幼儿园新建", DISTRICT, new Capacity(360, 0, 12), "2021-04-01")),
                project.next(approved("6000000.00", "2021-06-01", "2022-08-31", "2021-05-01")),
                project.next(assigned(plan, "col7", "kg", portfolio, 2023, "2021-04-15",
                        contribution(null, Counted.KINDERGARTENS, "1"),
                        contribution("places", Counted.PLACES, "360"))));

        awaitVersion(project.idValue(), 2);

        assertThat(jdbc.sql("""
                        select plan_id, programme_id, target_id, parent_project_id, due_year, sequence, flags::text as flags
                        from project_plan_assignment where project_id = ?""").param(project.idValue()).query().singleRow())
                .containsEntry("plan_id", "xx-district-2021")
                .containsEntry("programme_id", "col7")
                .containsEntry("target_id", "kg")
                .containsEntry("parent_project_id", "PRJ-PORTFOLIO-KG-15")
                .containsEntry("due_year", 2023)
                .containsEntry("sequence", 2L)
                .containsEntry("flags", "[]");
        assertThat(contributions(project.idValue())).containsExactly(
                Map.of("target_id", "kg", "counts", "KINDERGARTENS", "value", new BigDecimal("1")),
                Map.of("target_id", "places", "counts", "PLACES", "value", new BigDecimal("360")));
        Map<String, Object> summary = jdbc.sql("select status, last_event_on::text as last_event_on, version from project_summary where project_id = ?")
                .param(project.idValue()).query().singleRow();
        assertThat(summary).containsEntry("status", "APPROVED")
                .as("a back-dated assignment does not move the last event date back")
                .containsEntry("last_event_on", "2021-05-01")
                .containsEntry("version", 2L);
        http.get().uri("/api/projects/{id}/timeline", project.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.events[2].type").isEqualTo("cn.edutrack.project.assigned-to-plan.v1")
                .jsonPath("$.events[2].summary").isEqualTo("Assigned to plan xx-district-2021, programme col7, target kg; "
                        + "contributes +1 KINDERGARTENS, +360 PLACES to places; part of portfolio PRJ-PORTFOLIO-KG-15; due 2023")
                .jsonPath("$.events[2].payload.planId").isEqualTo("xx-district-2021");
    }

    @Test
    void aLaterAssignmentReplacesTheEarlierOne() {
        ProjectStory project = new ProjectStory();
        send(project.next(registered(ProjectKind.EXPANSION, "XX小学扩建", DISTRICT, new Capacity(540, 2, 12), "2021-04-01")),
                project.next(assigned(PlanId.of("xx-district-2021"), "col7", "kg", null, 2023, "2021-04-15",
                        contribution(null, Counted.SCHOOLS, "1"), contribution("places", Counted.PLACES, "540"))),
                project.next(assigned(PlanId.of("xx-district-2021"), "col8", "streams", null, null, "2021-09-01",
                        contribution(null, Counted.STREAMS, "2"))));

        awaitVersion(project.idValue(), 2);

        assertThat(jdbc.sql("select programme_id, target_id, due_year, sequence from project_plan_assignment where project_id = ?")
                .param(project.idValue()).query().singleRow())
                .containsEntry("programme_id", "col8")
                .containsEntry("target_id", "streams")
                .containsEntry("due_year", null)
                .containsEntry("sequence", 2L);
        assertThat(contributions(project.idValue())).containsExactly(
                Map.of("target_id", "streams", "counts", "STREAMS", "value", new BigDecimal("2")));
        assertThat(timelineRows(project.idValue())).isEqualTo(3);
    }

    private List<Map<String, Object>> contributions(String projectId) {
        return jdbc.sql("select target_id, counts, value from project_contribution where project_id = ? order by position")
                .param(projectId).query().listOfRows();
    }
}
