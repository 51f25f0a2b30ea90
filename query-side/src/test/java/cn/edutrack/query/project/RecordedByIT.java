package cn.edutrack.query.project;

import static cn.edutrack.query.support.ContractRecords.recordedBy;
import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.registered;
import static cn.edutrack.query.support.TestEvents.summonsIssued;
import static cn.edutrack.query.support.TestPlanEvents.freshRoot;
import static cn.edutrack.query.support.TestPlanEvents.planRegistered;
import static cn.edutrack.query.support.TestPlanEvents.programme;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.query.support.PlanStory;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who recorded each event: the actor headers of its Kafka record ({@code ce_actorid}, {@code ce_actorrole},
 * {@code ce_actororganisation}, {@code ce_actorjurisdiction}) are kept with its timeline row, whatever the payload
 * says; an event recorded before users existed has none and shows {@code recordedBy: null}.
 */
class RecordedByIT extends QuerySideIntegrationTest {

    @Test
    void theTimelineShowsWhoRecordedEachEventAndNullForEventsFromBeforeUsers() {
        String district = freshRoot() + "/某市/某区";
        ProjectStory project = new ProjectStory();
        send(project.next(registered(ProjectKind.NEW_BUILD, "某区第一幼儿园", district, new Capacity(270, 0, 9), "2023-02-01")),
                recordedBy(project.next(approved("3000000.00", "2023-04-01", "2024-08-31", "2023-03-01")),
                        "manager-mouqu", "MANAGER", "ORG-MOUQU-JYJ", district),
                recordedBy(project.next(summonsIssued("2024-05-06")), "supervisor-moushi", "SUPERVISOR", "某市教育局",
                        district.substring(0, district.lastIndexOf('/'))));
        awaitVersion(project.idValue(), 2);

        http.get().uri("/api/projects/{id}/timeline", project.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.events[0].recordedBy").isEmpty()
                .jsonPath("$.events[1].recordedBy.userId").isEqualTo("manager-mouqu")
                .jsonPath("$.events[1].recordedBy.role").isEqualTo("MANAGER")
                .jsonPath("$.events[1].recordedBy.organisation").isEqualTo("ORG-MOUQU-JYJ")
                .jsonPath("$.events[1].recordedBy.jurisdiction").isEqualTo(district)
                .jsonPath("$.events[2].type").isEqualTo("cn.edutrack.project.summons-issued.v1")
                .jsonPath("$.events[2].recordedBy.userId").isEqualTo("supervisor-moushi")
                .jsonPath("$.events[2].recordedBy.role").isEqualTo("SUPERVISOR")
                .jsonPath("$.events[2].recordedBy.organisation").isEqualTo("某市教育局");
    }

    @Test
    void thePlanTimelineKeepsTheActorToo() {
        String city = freshRoot() + "/某市";
        PlanStory plan = new PlanStory();
        send(recordedBy(plan.next(planRegistered(city, "某市“十四五”教育规划", 2021, 2025, 2020, "2021-01-10")),
                        "administrator-moushi", "ADMINISTRATOR", "某市教育局", city),
                plan.next(programme("col1", "学前教育", "专栏1", "2021-01-10")));
        awaitPlanVersion(plan.idValue(), 1);

        Map<String, Object> registration = jdbc.sql("""
                        select actor_user_id, actor_role, actor_organisation, actor_jurisdiction from plan_timeline
                        where subject = ? and sequence = 0""")
                .param(plan.idValue()).query().singleRow();
        assertThat(registration).containsEntry("actor_user_id", "administrator-moushi")
                .containsEntry("actor_role", "ADMINISTRATOR")
                .containsEntry("actor_organisation", "某市教育局")
                .containsEntry("actor_jurisdiction", city);
        assertThat(jdbc.sql("select actor_user_id, actor_role from plan_timeline where subject = ? and sequence = 1")
                .param(plan.idValue()).query().singleRow())
                .containsEntry("actor_user_id", null)
                .containsEntry("actor_role", null);
    }
}
