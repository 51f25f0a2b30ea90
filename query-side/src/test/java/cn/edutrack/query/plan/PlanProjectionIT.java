package cn.edutrack.query.plan;

import static cn.edutrack.query.support.TestPlanEvents.baseline;
import static cn.edutrack.query.support.TestPlanEvents.freshRoot;
import static cn.edutrack.query.support.TestPlanEvents.indicator;
import static cn.edutrack.query.support.TestPlanEvents.indicatorTargetRevised;
import static cn.edutrack.query.support.TestPlanEvents.jurisdiction;
import static cn.edutrack.query.support.TestPlanEvents.measured;
import static cn.edutrack.query.support.TestPlanEvents.planRegistered;
import static cn.edutrack.query.support.TestPlanEvents.programme;
import static cn.edutrack.query.support.TestPlanEvents.quantity;
import static cn.edutrack.query.support.TestPlanEvents.range;
import static cn.edutrack.query.support.TestPlanEvents.target;
import static cn.edutrack.query.support.TestPlanEvents.targetRevised;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.IndicatorAttribute;
import cn.edutrack.events.plan.JurisdictionLevel;
import cn.edutrack.query.support.ContractRecords;
import cn.edutrack.query.support.PlanStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The plan topic: Kafka records of docs/contracts.md in (key = subject = plan id or jurisdiction code), plan read
 * models out, with the position discipline of projects: duplicates change nothing, gaps wait, poison is recorded.
 */
class PlanProjectionIT extends QuerySideIntegrationTest {

    @Test
    void everyPlanEventTypeIsProjected() {
        String root = freshRoot();
        String city = root + "/甲市";
        String district = city + "/东区";
        send(jurisdiction(root, "某省", JurisdictionLevel.PROVINCE, null, "2021-01-05"),
                jurisdiction(city, "甲市", JurisdictionLevel.CITY, root, "2021-01-05"),
                jurisdiction(district, "东区", JurisdictionLevel.DISTRICT, city, "2021-01-05"));
        PlanStory plan = new PlanStory();
        send(plan.next(planRegistered(district, "东区教育事业发展“十四五”规划", 2021, 2025, 2020, "2021-03-01")),
                plan.next(indicator("retention", "九年义务教育巩固率", "%", IndicatorAttribute.BINDING,
                        "COMPULSORY_RETENTION_RATE", baseline(2020, "96.83"), 2025,
                        quantity(Comparator.AT_LEAST, "97", "97以上"), "2021-03-01")),
                plan.next(indicator("kg-share", "普惠园占比", "%", IndicatorAttribute.EXPECTED, null, null, 2025,
                        range("85", "90", "85%-90%"), "2021-03-01")),
                plan.next(indicatorTargetRevised("retention", 2025, quantity(Comparator.AT_LEAST, "97.5", "97.5以上"),
                        "中期评估调整", "2023-06-01")),
                plan.next(measured("retention", 2022, "96.88", "2023-03-01")),
                plan.next(measured("retention", 2022, "96.9", "2023-04-01", "estimate")),
                plan.next(programme("col7", "教育资源扩容提质工程", "专栏7", "2021-03-01")),
                plan.next(target("kg", "col7", "幼儿园新建、改扩建", Counted.KINDERGARTENS,
                        quantity(Comparator.EQUAL, "15", "15所"), Firmness.FIRM, "2021-03-01")),
                plan.next(target("places", "col7", "新增学位", Counted.PLACES, quantity(Comparator.ABOUT, "28000", "约28000个"),
                        Firmness.FIRM, "2021-03-01", "estimate")),
                plan.next(targetRevised("kg", quantity(Comparator.EQUAL, "12", "12所"), Firmness.SOFT, "用地不足", "2023-06-01")));

        awaitPlanVersion(plan.idValue(), 9);
        awaitJurisdictions(root, city, district);

        assertThat(jdbc.sql("select name, level, parent_code, version from jurisdiction where code = ?").param(district)
                .query().singleRow())
                .containsEntry("name", "东区").containsEntry("level", "DISTRICT").containsEntry("parent_code", city)
                .containsEntry("version", 0L);
        assertThat(jdbc.sql("select count(*) from plan_timeline where subject = ?").param(plan.idValue()).query(Long.class)
                .single()).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from indicator_measurement where plan_id = ?").param(plan.idValue())
                .query(Long.class).single()).as("both measurements of 2022 are kept").isEqualTo(2);
        assertThat(jdbc.sql("""
                        select previous_value, previous_firmness, planned_value, firmness, reason
                        from plan_target_revision where plan_id = ? and target_id = 'kg'""")
                .param(plan.idValue()).query().singleRow())
                .containsEntry("previous_firmness", "FIRM").containsEntry("firmness", "SOFT")
                .containsEntry("reason", "用地不足")
                .satisfies(row -> {
                    assertThat((BigDecimal) row.get("previous_value")).isEqualByComparingTo("15");
                    assertThat((BigDecimal) row.get("planned_value")).isEqualByComparingTo("12");
                });
        assertThat(jdbc.sql("select summary from plan_timeline where subject = ? and sequence = 4").param(plan.idValue())
                .query(String.class).single()).isEqualTo("Indicator retention measured 96.88 for 2022 (as written: 96.88%)");

        http.get().uri("/api/jurisdictions?under={code}", city).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].code").isEqualTo(city)
                .jsonPath("$[1].code").isEqualTo(district)
                .jsonPath("$[1].name").isEqualTo("东区")
                .jsonPath("$[1].level").isEqualTo("DISTRICT")
                .jsonPath("$[1].parentCode").isEqualTo(city);
        http.get().uri("/api/plans?jurisdiction={code}", root).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].planId").isEqualTo(plan.idValue())
                .jsonPath("$[0].jurisdictionName").isEqualTo("东区");
        http.get().uri("/api/plans/{id}", plan.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.planId").isEqualTo(plan.idValue())
                .jsonPath("$.jurisdiction").isEqualTo(district)
                .jsonPath("$.title").isEqualTo("东区教育事业发展“十四五”规划")
                .jsonPath("$.type").isEqualTo("FIVE_YEAR_PLAN")
                .jsonPath("$.periodFrom").isEqualTo(2021)
                .jsonPath("$.periodTo").isEqualTo(2025)
                .jsonPath("$.baselineYear").isEqualTo(2020)
                .jsonPath("$.flags[0]").isEqualTo("anonymised")
                .jsonPath("$.source.quote").isEqualTo("东区教育事业发展“十四五”规划")
                .jsonPath("$.version").isEqualTo(9)
                .jsonPath("$.programmes[0].programmeId").isEqualTo("col7")
                .jsonPath("$.programmes[0].number").isEqualTo("专栏7")
                .jsonPath("$.programmes[0].targets[0].targetId").isEqualTo("kg")
                .jsonPath("$.programmes[0].targets[0].planned.comparator").isEqualTo("EQUAL")
                .jsonPath("$.programmes[0].targets[0].planned.value").isEqualTo(12)
                .jsonPath("$.programmes[0].targets[0].planned.asWritten").isEqualTo("12所")
                .jsonPath("$.programmes[0].targets[0].firmness").isEqualTo("SOFT")
                .jsonPath("$.programmes[0].targets[0].revisions").isEqualTo(1)
                .jsonPath("$.programmes[0].targets[1].targetId").isEqualTo("places")
                .jsonPath("$.programmes[0].targets[1].counts").isEqualTo("PLACES")
                .jsonPath("$.programmes[0].targets[1].goal").isEqualTo(28000)
                .jsonPath("$.programmes[0].targets[1].flags[0]").isEqualTo("estimate")
                .jsonPath("$.indicators[0].indicatorId").isEqualTo("retention")
                .jsonPath("$.indicators[0].attribute").isEqualTo("BINDING")
                .jsonPath("$.indicators[0].concept").isEqualTo("COMPULSORY_RETENTION_RATE")
                .jsonPath("$.indicators[0].baseline.year").isEqualTo(2020)
                .jsonPath("$.indicators[0].baseline.value").isEqualTo(96.83)
                .jsonPath("$.indicators[0].target.year").isEqualTo(2025)
                .jsonPath("$.indicators[0].target.value").isEqualTo(97.5)
                .jsonPath("$.indicators[0].revisions").isEqualTo(1)
                .jsonPath("$.indicators[1].target.comparator").isEqualTo("RANGE")
                .jsonPath("$.indicators[1].target.min").isEqualTo(85)
                .jsonPath("$.indicators[1].target.max").isEqualTo(90);
    }

    @Test
    void theSameRecordTwiceIsAppliedOnce() {
        PlanStory plan = new PlanStory();
        send(plan.next(planRegistered(freshRoot(), "重复投递测试规划", 2021, 2025, 2020, "2021-03-01")),
                plan.next(indicator("retention", "巩固率", "%", IndicatorAttribute.BINDING, null, null, 2025,
                        quantity(Comparator.AT_LEAST, "97", "97以上"), "2021-03-01")),
                plan.next(measured("retention", 2022, "96.9", "2023-04-01")));
        send(plan.record(2), plan.record(0), plan.record(1), plan.record(2),
                plan.next(measured("retention", 2023, "97.1", "2024-04-01")));

        awaitPlanVersion(plan.idValue(), 3);

        assertThat(jdbc.sql("select count(*) from indicator_measurement where plan_id = ?").param(plan.idValue())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from plan_timeline where subject = ?").param(plan.idValue()).query(Long.class)
                .single()).isEqualTo(4);
        assertThat(anomalies(plan.idValue())).isEmpty();
    }

    @Test
    void aGapIsRecordedAndNotAppliedUntilTheMissingEventsArrive() {
        PlanStory plan = new PlanStory();
        send(plan.next(planRegistered(freshRoot(), "缺失事件测试规划", 2021, 2025, null, "2021-03-01")));
        awaitPlanVersion(plan.idValue(), 0);
        ProducerRecord<String, byte[]> programme = plan.next(programme("col1", "学位扩充工程", null, "2021-03-01"));
        ProducerRecord<String, byte[]> target = plan.next(target("kg", "col1", "幼儿园", Counted.KINDERGARTENS,
                quantity(Comparator.EQUAL, "3", "3所"), Firmness.FIRM, "2021-03-01"));
        send(target);

        await().atMost(PROJECTION_TIMEOUT).until(() -> anomalies(plan.idValue()), rows -> !rows.isEmpty());
        assertThat(anomalies(plan.idValue())).singleElement().satisfies(gap -> assertThat(gap)
                .containsEntry("kind", "GAP")
                .containsEntry("expected_sequence", 1L)
                .containsEntry("received_sequence", 2L)
                .containsEntry("kafka_topic", ContractRecords.PLAN_TOPIC)
                .containsEntry("resolved", false));
        assertThat(jdbc.sql("select count(*) from plan_target where plan_id = ?").param(plan.idValue()).query(Long.class)
                .single()).isZero();
        http.get().uri("/api/projection/anomalies?subject={id}&open=true", plan.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].subject").isEqualTo(plan.idValue())
                .jsonPath("$.items[0].topic").isEqualTo(ContractRecords.PLAN_TOPIC);

        send(programme, target);

        awaitPlanVersion(plan.idValue(), 2);
        assertThat(jdbc.sql("select count(*) from plan_target where plan_id = ?").param(plan.idValue()).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(anomalies(plan.idValue())).singleElement().satisfies(gap -> assertThat(gap).containsEntry("resolved", true));
    }

    @Test
    void aPlanThatDoesNotStartWithItsRegistrationIsNotProjectedAndPoisonIsRecorded() {
        PlanStory plan = new PlanStory();
        send(plan.next(programme("col1", "学位扩充工程", null, "2021-03-01")));
        String poisoned = "it-poison-" + UUID.randomUUID().toString().substring(0, 8);
        ProducerRecord<String, byte[]> notJson = new ProducerRecord<>(ContractRecords.PLAN_TOPIC, null, poisoned,
                "{not json".getBytes(StandardCharsets.UTF_8), plan.record(0).headers());
        ContractRecords.header(notJson, "ce_subject", poisoned);
        ContractRecords.header(notJson, "ce_id", UUID.randomUUID().toString());
        send(notJson);

        await().atMost(PROJECTION_TIMEOUT).until(() -> anomalies(plan.idValue()), rows -> !rows.isEmpty());
        assertThat(anomalies(plan.idValue())).singleElement().satisfies(anomaly -> assertThat(anomaly)
                .containsEntry("kind", "INVALID_SEQUENCE")
                .containsEntry("received_sequence", 0L));
        await().atMost(PROJECTION_TIMEOUT).until(() -> anomalies(poisoned), rows -> !rows.isEmpty());
        assertThat(anomalies(poisoned)).singleElement().satisfies(anomaly -> assertThat(anomaly)
                .containsEntry("kind", "MALFORMED_PAYLOAD"));
        http.get().uri("/api/plans/{id}", plan.idValue()).exchange().expectStatus().isNotFound();
    }

    @Test
    void badParametersAndUnknownPlansAreProblems() {
        http.get().uri("/api/plans/{id}", "NOT A PLAN").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("planId");
        http.get().uri("/api/plans/never-registered").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("no plan never-registered");
        http.get().uri("/api/plans?jurisdiction=/CN").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("jurisdiction");
        http.get().uri("/api/jurisdictions?under=CN//X").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("under");
    }

    private List<Map<String, Object>> anomalies(String subject) {
        return jdbc.sql("""
                        select kind, expected_sequence, received_sequence, kafka_topic, resolved_at is not null as resolved
                        from projection_anomaly where subject = ? order by id""")
                .param(subject)
                .query()
                .listOfRows();
    }
}
