package cn.edutrack.query.project;

import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.constructionStarted;
import static cn.edutrack.query.support.TestEvents.funded;
import static cn.edutrack.query.support.TestEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.query.support.ContractRecords;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * What at-least-once delivery and a faulty publisher can do: duplicates, gaps, conflicting events and
 * records that are not events at all. None of them may change a read model wrongly or stop the consumer.
 */
class ProjectionDeliveryIT extends QuerySideIntegrationTest {

    private static final String DISTRICT = "CN-45/XX市/YY区";

    @Test
    void theSameRecordDeliveredTwiceIsAppliedOnce() {
        ProjectStory project = new ProjectStory();
        send(project.next(registered(ProjectKind.NEW_BUILD, "重复投递测试小学", DISTRICT, new Capacity(540, 2, 12), "2022-01-01")),
                project.next(approved("8000000.00", "2022-04-01", "2023-08-31", "2022-02-01")),
                project.next(funded(FundingSource.MUNICIPAL_FISCAL, "2500000.75", "2022-03-01")));
        send(project.record(2), project.record(0), project.record(1), project.record(2),
                // a later event: once it is applied, every duplicate before it in the partition has been handled
                project.next(constructionStarted("2022-04-02")));

        awaitVersion(project.idValue(), 3);

        assertThat(timelineRows(project.idValue())).isEqualTo(4);
        Map<String, Object> summary = jdbc.sql("select status, allocated_total, version from project_summary where project_id = ?")
                .param(project.idValue()).query().singleRow();
        assertThat(summary).containsEntry("status", "UNDER_CONSTRUCTION")
                .containsEntry("allocated_total", new BigDecimal("2500000.75"))
                .containsEntry("version", 3L);
        assertThat(jdbc.sql("select amount, allocations from project_funding_by_source where project_id = ?")
                .param(project.idValue()).query().singleRow())
                .containsEntry("amount", new BigDecimal("2500000.75"))
                .containsEntry("allocations", 1);
        assertThat(anomalies(project.id())).isEmpty();
    }

    @Test
    void anotherEventClaimingAnAppliedSequenceIsAConflictAndChangesNothing() {
        ProjectStory project = new ProjectStory();
        send(project.next(registered(ProjectKind.NEW_BUILD, "序号冲突测试小学", DISTRICT, new Capacity(540, 2, 12), "2022-01-01")),
                project.next(approved("8000000.00", "2022-04-01", "2023-08-31", "2022-02-01")));
        awaitVersion(project.idValue(), 1);

        UUID impostor = UUID.randomUUID();
        send(ContractRecords.of(funded(FundingSource.MUNICIPAL_FISCAL, "100.00", "2022-03-01").apply(project.id()), 1, impostor));

        await().atMost(PROJECTION_TIMEOUT).until(() -> anomalies(project.id()), rows -> !rows.isEmpty());
        assertThat(anomalies(project.id()).get(0))
                .containsEntry("kind", "SEQUENCE_CONFLICT")
                .containsEntry("received_sequence", 1L)
                .containsEntry("event_id", impostor.toString());
        assertThat(jdbc.sql("select allocated_total from project_summary where project_id = ?").param(project.idValue())
                .query(BigDecimal.class).single()).isEqualByComparingTo("0");
        assertThat(timelineRows(project.idValue())).isEqualTo(2);
    }

    @Test
    void aGapIsRecordedAndNotAppliedUntilTheMissingEventsArrive() {
        ProjectStory project = new ProjectStory();
        send(project.next(registered(ProjectKind.NEW_BUILD, "乱序测试小学", DISTRICT, new Capacity(540, 2, 12), "2022-01-01")),
                project.next(approved("8000000.00", "2022-04-01", "2023-08-31", "2022-02-01")));
        awaitVersion(project.idValue(), 1);

        ProducerRecord<String, byte[]> second = project.next(funded(FundingSource.CENTRAL_FISCAL, "1000000.00", "2022-03-01"));
        ProducerRecord<String, byte[]> third = project.next(funded(FundingSource.SPECIAL_FUND, "200000.00", "2022-03-15"));
        send(third);

        await().atMost(PROJECTION_TIMEOUT).until(() -> anomalies(project.id()), rows -> !rows.isEmpty());
        assertThat(anomalies(project.id())).singleElement().satisfies(gap -> assertThat(gap)
                .containsEntry("kind", "GAP")
                .containsEntry("expected_sequence", 2L)
                .containsEntry("received_sequence", 3L)
                .containsEntry("resolved", false));
        assertThat(version(project.idValue())).isEqualTo(1L);
        assertThat(timelineRows(project.idValue())).isEqualTo(2);
        http.get().uri("/api/projection/anomalies?projectId={id}&open=true", project.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].kind").isEqualTo("GAP")
                .jsonPath("$.items[0].expectedSequence").isEqualTo(2)
                .jsonPath("$.items[0].receivedSequence").isEqualTo(3)
                .jsonPath("$.items[0].topic").isEqualTo(ContractRecords.TOPIC)
                .jsonPath("$.items[0].resolvedAt").isEmpty();

        send(second, third);

        awaitVersion(project.idValue(), 3);
        assertThat(timelineRows(project.idValue())).isEqualTo(4);
        assertThat(jdbc.sql("select allocated_total from project_summary where project_id = ?").param(project.idValue())
                .query(BigDecimal.class).single()).isEqualTo(new BigDecimal("1200000.00"));
        assertThat(anomalies(project.id())).singleElement().satisfies(gap -> assertThat(gap).containsEntry("resolved", true));
        http.get().uri("/api/projection/anomalies?projectId={id}&open=true", project.idValue()).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
    }

    @Test
    void aProjectThatDoesNotStartWithItsRegistrationIsNotProjected() {
        ProjectStory project = new ProjectStory();
        send(project.next(approved("8000000.00", "2022-04-01", "2023-08-31", "2022-02-01")));

        await().atMost(PROJECTION_TIMEOUT).until(() -> anomalies(project.id()), rows -> !rows.isEmpty());
        assertThat(anomalies(project.id())).singleElement().satisfies(anomaly -> assertThat(anomaly)
                .containsEntry("kind", "INVALID_SEQUENCE")
                .containsEntry("expected_sequence", 0L)
                .containsEntry("received_sequence", 0L));
        http.get().uri("/api/projects/{id}", project.idValue()).exchange().expectStatus().isNotFound();
    }

    @Test
    void poisonRecordsAreRecordedAndTheRecordsAfterThemAreStillProjected() {
        ProjectId poisoned = ProjectId.random();
        ProjectStory healthy = new ProjectStory();
        // all in one partition, so that the good record really comes after the bad ones
        ProducerRecord<String, byte[]> unknownType = ContractRecords.of(
                registered(ProjectKind.NEW_BUILD, "毒消息", DISTRICT, Capacity.NONE, "2022-01-01").apply(poisoned), 0,
                UUID.randomUUID(), 0);
        ContractRecords.header(unknownType, "ce_type", "cn.edutrack.project.teleported.v1");
        ProducerRecord<String, byte[]> malformed = new ProducerRecord<>(ContractRecords.TOPIC, 0, poisoned.value(),
                "{\"projectId\": \"PRJ-NOT JSON".getBytes(StandardCharsets.UTF_8), unknownType.headers());
        ContractRecords.header(malformed, "ce_type", "cn.edutrack.project.registered.v1");
        ContractRecords.header(malformed, "ce_id", UUID.randomUUID().toString());
        ProducerRecord<String, byte[]> headerless = new ProducerRecord<>(ContractRecords.TOPIC, 0, poisoned.value(),
                "{}".getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> good = ContractRecords.of(registered(ProjectKind.NEW_BUILD, "毒消息之后的小学", DISTRICT,
                new Capacity(540, 2, 12), "2022-01-01").apply(healthy.id()), 0, UUID.randomUUID(), 0);

        send(unknownType, malformed, headerless, good);

        awaitVersion(healthy.idValue(), 0);
        await().atMost(PROJECTION_TIMEOUT).until(() -> anomalies(poisoned), rows -> rows.size() == 3);
        assertThat(anomalies(poisoned)).extracting(row -> row.get("kind"))
                .containsExactlyInAnyOrder("UNKNOWN_TYPE", "MALFORMED_PAYLOAD", "INVALID_HEADERS");
        assertThat(anomalies(poisoned)).filteredOn(row -> row.get("kind").equals("INVALID_HEADERS")).singleElement()
                .satisfies(row -> assertThat((String) row.get("detail")).contains("missing ce_type").contains("missing ce_sequence"));
        assertThat(anomalies(poisoned)).filteredOn(row -> row.get("kind").equals("UNKNOWN_TYPE")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("event_type", "cn.edutrack.project.teleported.v1"));
        assertThat(version(poisoned.value())).isNull();

        http.get().uri("/api/projection/anomalies?projectId={id}", poisoned.value()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(3)
                .jsonPath("$.items[*].partition").isEqualTo(List.of(0, 0, 0));
    }

    @Test
    void aRecordTheDatabaseRefusesIsRecordedAsFailedAfterRetriesAndThePartitionMovesOn() {
        ProjectStory refused = new ProjectStory();
        ProjectStory after = new ProjectStory();
        // valid JSON and a valid event, but PostgreSQL stores no NUL character in text: every attempt fails
        ProducerRecord<String, byte[]> unstorable = ContractRecords.of(registered(ProjectKind.NEW_BUILD, "空字符\u0000小学",
                DISTRICT, Capacity.NONE, "2022-01-01").apply(refused.id()), 0, UUID.randomUUID(), 1);
        ProducerRecord<String, byte[]> next = ContractRecords.of(registered(ProjectKind.NEW_BUILD, "之后的小学", DISTRICT,
                Capacity.NONE, "2022-01-01").apply(after.id()), 0, UUID.randomUUID(), 1);

        send(unstorable, next);

        awaitVersion(after.idValue(), 0);
        assertThat(anomalies(refused.id())).singleElement().satisfies(failed -> assertThat(failed)
                .containsEntry("kind", "PROJECTION_FAILED")
                .containsEntry("received_sequence", 0L)
                .containsEntry("event_type", "cn.edutrack.project.registered.v1"));
        assertThat(version(refused.idValue())).isNull();
    }

    private List<Map<String, Object>> anomalies(ProjectId projectId) {
        return jdbc.sql("""
                        select kind, expected_sequence, received_sequence, event_id, event_type, detail,
                            resolved_at is not null as resolved
                        from projection_anomaly where subject = ? order by id""")
                .param(projectId.value())
                .query()
                .listOfRows();
    }
}
