package cn.edutrack.query.history;

import static cn.edutrack.query.history.AsOfIT.changes;
import static cn.edutrack.query.support.ContractRecords.recordedBy;
import static cn.edutrack.query.support.ContractRecords.recordedWith;
import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.funded;
import static cn.edutrack.query.support.TestEvents.recheck;
import static cn.edutrack.query.support.TestEvents.rectificationOrdered;
import static cn.edutrack.query.support.TestEvents.registered;
import static cn.edutrack.query.support.TestEvents.summonsIssued;
import static cn.edutrack.query.support.TestPlanEvents.assigned;
import static cn.edutrack.query.support.TestPlanEvents.contribution;
import static cn.edutrack.query.support.TestPlanEvents.freshRoot;
import static cn.edutrack.query.support.TestPlanEvents.planRegistered;
import static cn.edutrack.query.support.TestPlanEvents.programme;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.RecheckResult;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.query.support.PlanStory;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's history for auditors: each event with who recorded it and why (the headers {@code ce_comment},
 * {@code ce_requestid}, {@code ce_causationid}, {@code ce_correlationid}; absent ones are null), and exactly the fields of
 * the project's state it changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryIT extends QuerySideIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COMMENT = "依据区发改局批复（X发改投资〔2022〕17号）录入，预算含设备购置费";
    private static final String REQUEST = "5b0e6f0c-8a2d-4f7e-b1c3-2f1d9e7a4c10";
    private static final String CAUSATION = "c2a4e8f1-3b5d-4c6e-9f70-81a2b3c4d5e6";
    private static final String CORRELATION = "0f1e2d3c-4b5a-4697-8877-665544332211";

    private final String district = freshRoot() + "/某市/某区";
    private final PlanStory plan = new PlanStory();
    private final ProjectStory school = new ProjectStory();

    @BeforeAll
    void theStory() {
        send(recordedWith(plan.next(planRegistered(district, "某区“十四五”教育规划", 2021, 2025, 2020, "2021-01-10")),
                        "导入规划文本", "req-plan-1", "cmd-plan-1", "trace-plan-1"),
                plan.next(programme("col2", "义务教育", "专栏2", "2021-01-10")));
        send(school.next(registered(ProjectKind.NEW_BUILD, "某区第九小学", district, "ORG-MOUQU-JYJ", new Capacity(1350, 0, 30),
                        "2023-02-01")),
                recordedWith(recordedBy(school.next(approved("3000000.00", "2023-04-01", "2024-08-31", "2023-03-01")),
                                "manager-mouqu", "MANAGER", "ORG-MOUQU-JYJ", district),
                        COMMENT, REQUEST, CAUSATION, CORRELATION),
                school.next(funded(FundingSource.CENTRAL_FISCAL, "1200000.50", "2023-05-01")),
                school.next(assigned(plan.id(), "col2", "schools", null, 2024, "2023-05-02",
                        contribution(null, Counted.SCHOOLS, "1"), contribution("places", Counted.PLACES, "1350"))),
                school.next(rectificationOrdered(1, "2024-04-30", "2024-03-01")),
                recordedWith(school.next(recheck(1, RecheckResult.NOT_RECTIFIED, "2024-06-30", "2024-05-06")),
                        null, "req-recheck", "cmd-recheck", "trace-recheck"),
                school.next(summonsIssued("2024-05-10")));
        awaitPlanVersion(plan.idValue(), plan.lastSequence());
        awaitVersion(school.idValue(), school.lastSequence());
    }

    @Test
    void everyEventSaysWhoRecordedItAndWhy() {
        JsonNode events = history().get("events");
        JsonNode approval = events.get(1);
        assertThat(approval.get("recordedBy").get("userId").asString()).isEqualTo("manager-mouqu");
        assertThat(approval.get("comment").asString()).isEqualTo(COMMENT);
        assertThat(approval.get("requestId").asString()).isEqualTo(REQUEST);
        assertThat(approval.get("causationId").asString()).isEqualTo(CAUSATION);
        assertThat(approval.get("correlationId").asString()).isEqualTo(CORRELATION);
        assertThat(approval.get("corrects").isNull()).isTrue();
        assertThat(approval.get("correctedBy").size()).isZero();
        assertThat(approval.get("businessDate").asString()).isEqualTo("2023-03-01");
        assertThat(approval.get("recordedAt").asString()).isEqualTo("2023-03-01T09:30:00Z");
        assertThat(approval.get("payload").get("approvedBudget").asString()).isEqualTo("3000000.00");

        // a record without the headers: nothing made up
        JsonNode allocation = events.get(2);
        for (String field : new String[] {"recordedBy", "comment", "requestId", "causationId", "correlationId"}) {
            assertThat(allocation.get(field).isNull()).as(field).isTrue();
        }
        // a re-check without a comment, with its ids
        assertThat(events.get(5).get("comment").isNull()).isTrue();
        assertThat(events.get(5).get("requestId").asString()).isEqualTo("req-recheck");

        // the timeline shows the same, and the rows hold it
        JsonNode timeline = http.get().uri("/api/projects/{id}/timeline", school.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(timeline.get("events").get(1).get("comment").asString()).isEqualTo(COMMENT);
        assertThat(timeline.get("events").get(1).get("correlationId").asString()).isEqualTo(CORRELATION);
        assertThat(timeline.get("events").get(2).get("requestId").isNull()).isTrue();
        Map<String, Object> row = jdbc.sql("""
                        select comment, request_id, causation_id, correlation_id, corrects_sequence from project_timeline
                        where project_id = ? and sequence = 1""")
                .param(school.idValue()).query().singleRow();
        assertThat(row).containsEntry("comment", COMMENT).containsEntry("request_id", REQUEST)
                .containsEntry("causation_id", CAUSATION).containsEntry("correlation_id", CORRELATION)
                .containsEntry("corrects_sequence", null);
        Map<String, Object> planRow = jdbc.sql("""
                        select comment, request_id, causation_id, correlation_id from plan_timeline
                        where subject = ? and sequence = 0""")
                .param(plan.idValue()).query().singleRow();
        assertThat(planRow).containsEntry("comment", "导入规划文本").containsEntry("request_id", "req-plan-1")
                .containsEntry("causation_id", "cmd-plan-1").containsEntry("correlation_id", "trace-plan-1");
        assertThat(jdbc.sql("select comment, correlation_id from plan_timeline where subject = ? and sequence = 1")
                .param(plan.idValue()).query().singleRow())
                .containsEntry("comment", null).containsEntry("correlation_id", null);
    }

    @Test
    void eachEventChangesExactlyItsFields() {
        JsonNode events = history().get("events");
        assertThat(changes(events.get(0).get("changes"), "before", "after")).contains(
                "status: null → REGISTERED",
                "title: null → 某区第九小学",
                "jurisdiction: null → " + district,
                "registeredOn: null → 2023-02-01",
                "plannedPlaces: null → 1350",
                "plannedClasses: null → 30",
                "allocatedTotal: null → 0.00",
                "summonses: null → 0");
        assertThat(changes(events.get(1).get("changes"), "before", "after")).containsExactlyInAnyOrder(
                "status: REGISTERED → APPROVED",
                "approvedOn: null → 2023-03-01",
                "approvingBody: null → XX区发展和改革局",
                "approvalDocument: null → X发改投资〔2022〕17号",
                "approvedBudget: null → 3000000.00",
                "scope: null → 新建教学楼及附属设施",
                "plannedStart: null → 2023-04-01",
                "plannedCompletion: null → 2024-08-31");
        assertThat(changes(events.get(2).get("changes"), "before", "after")).containsExactlyInAnyOrder(
                "status: APPROVED → FUNDED",
                "fundedOn: null → 2023-05-01",
                "allocatedTotal: 0.00 → 1200000.50",
                "funding.CENTRAL_FISCAL: null → 1200000.50");
        assertThat(changes(events.get(3).get("changes"), "before", "after")).containsExactlyInAnyOrder(
                "assignment.planId: null → " + plan.idValue(),
                "assignment.programmeId: null → col2",
                "assignment.targetId: null → schools",
                "assignment.dueYear: null → 2024",
                "assignment.assignedOn: null → 2023-05-02",
                "contribution.places.PLACES: null → 1350",
                "contribution.schools.SCHOOLS: null → 1");
        assertThat(changes(events.get(4).get("changes"), "before", "after")).containsExactlyInAnyOrder(
                "rectificationOrder.1.orderedOn: null → 2024-03-01",
                "rectificationOrder.1.issuingBody: null → XX市教育局",
                "rectificationOrder.1.findings: null → 主体结构施工进度滞后计划60天",
                "rectificationOrder.1.deadline: null → 2024-04-30",
                "rectificationOrder.1.originalDeadline: null → 2024-04-30",
                "rectificationOrder.1.status: null → OPEN",
                "rectificationOrder.1.rechecks: null → 0");
        assertThat(changes(events.get(5).get("changes"), "before", "after")).containsExactlyInAnyOrder(
                "rectificationOrder.1.deadline: 2024-04-30 → 2024-06-30",
                "rectificationOrder.1.rechecks: 0 → 1",
                "rectificationOrder.1.lastRecheckOn: null → 2024-05-06",
                "rectificationOrder.1.lastRecheckResult: null → NOT_RECTIFIED",
                "rectificationOrder.1.lastRecheckFindings: null → 仍滞后计划45天");
        assertThat(changes(events.get(6).get("changes"), "before", "after")).containsExactlyInAnyOrder(
                "summonses: 0 → 1",
                "lastSummonedOn: null → 2024-05-10");
    }

    private JsonNode history() {
        return JSON.readTree(http.get().uri("/api/projects/{id}/history", school.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }
}
