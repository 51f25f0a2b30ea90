package cn.edutrack.command.project.publishing;

import static cn.edutrack.command.support.PlanBodies.indicator;
import static cn.edutrack.command.support.PlanBodies.jurisdiction;
import static cn.edutrack.command.support.PlanBodies.newDistrictCode;
import static cn.edutrack.command.support.PlanBodies.newPlanId;
import static cn.edutrack.command.support.PlanBodies.plan;
import static cn.edutrack.command.support.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.edutrack.command.support.CommandSideIntegrationTest;
import cn.edutrack.command.support.TopicReader;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.plan.IndicatorDefined;
import cn.edutrack.events.plan.PlanEvent;
import cn.edutrack.events.plan.PlanRegistered;
import cn.edutrack.infra.Infrastructure;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plan and jurisdiction events reach the plan topic, keyed by their subject, with CloudEvents headers. */
class PlanPublicationTest extends CommandSideIntegrationTest {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(60);

    private TopicReader planTopic;

    @BeforeEach
    void openTopic() {
        planTopic = TopicReader.planEvents(Infrastructure.get().kafkaBootstrapServers());
    }

    @AfterEach
    void closeTopic() {
        planTopic.close();
    }

    @Test
    void aPlanRegisteredThroughTheApiIsPublishedOnThePlanTopic() {
        String planId = newPlanId();
        assertThat(post("/api/plans", plan(planId)).status()).isEqualTo(201);
        assertThat(post("/api/plans/" + planId + "/indicators", indicator("97.50")).status()).isEqualTo(201);

        await().atMost(PUBLISHED_WITHIN).until(() -> planTopic.recordsOf(planId).size() >= 2);
        List<ConsumerRecord<String, byte[]>> records = planTopic.recordsOf(planId);
        assertThat(records).hasSize(2);
        assertThat(records).extracting(ConsumerRecord::topic).containsOnly("edutrack.plan-events.v1");
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
        assertThat(records).extracting(record -> header(record, "ce_subject")).containsOnly(planId);
        assertThat(records).extracting(record -> header(record, "ce_sequence")).containsExactly("0", "1");
        assertThat(records).extracting(record -> header(record, "ce_type")).containsExactly(
                "cn.edutrack.plan.plan-registered.v1", "cn.edutrack.plan.indicator-defined.v1");
        assertThat(records).extracting(record -> header(record, "ce_dataschema")).containsExactly(
                "urn:edutrack:schema:plan-registered:v1", "urn:edutrack:schema:indicator-defined:v1");
        assertThat(records).extracting(record -> header(record, "content-type")).containsOnly("application/json");

        List<String> storedIds = jdbc.sql("""
                        SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = :id ORDER BY sequencenumber""")
                .param("id", planId).query(String.class).list();
        assertThat(records).extracting(record -> header(record, "ce_id")).containsExactlyElementsOf(storedIds);

        PlanEvent registered = EventJson.readPlanEvent(header(records.get(0), "ce_type"), records.get(0).value());
        assertThat(registered).isInstanceOfSatisfying(PlanRegistered.class, plan -> {
            assertThat(plan.planId().value()).isEqualTo(planId);
            assertThat(plan.periodFrom()).isEqualTo(2021);
            assertThat(header(records.get(0), "ce_time")).isEqualTo(plan.recordedAt().toString());
        });
        PlanEvent defined = EventJson.readPlanEvent(header(records.get(1), "ce_type"), records.get(1).value());
        assertThat(defined).isInstanceOfSatisfying(IndicatorDefined.class,
                indicator -> assertThat(indicator.target().value()).isEqualTo(new BigDecimal("97.50")));
    }

    @Test
    void aJurisdictionIsPublishedOnThePlanTopicKeyedByItsCode() {
        String code = newDistrictCode();
        assertThat(post("/api/jurisdictions", jurisdiction(code, "XX区", "DISTRICT", "CN-45/XX市")).status()).isEqualTo(201);

        await().atMost(PUBLISHED_WITHIN).until(() -> planTopic.recordsOf(code).size() == 1);
        ConsumerRecord<String, byte[]> record = planTopic.recordsOf(code).get(0);
        assertThat(header(record, "ce_type")).isEqualTo("cn.edutrack.plan.jurisdiction-registered.v1");
        assertThat(header(record, "ce_subject")).isEqualTo(code);
        assertThat(header(record, "ce_sequence")).isEqualTo("0");
    }
}
