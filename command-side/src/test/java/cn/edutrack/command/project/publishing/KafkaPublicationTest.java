package cn.edutrack.command.project.publishing;

import static cn.edutrack.command.support.TopicReader.header;
import static cn.edutrack.command.support.Requests.allocate;
import static cn.edutrack.command.support.Requests.approve;
import static cn.edutrack.command.support.Requests.newProjectId;
import static cn.edutrack.command.support.Requests.register;
import static cn.edutrack.command.support.Requests.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.edutrack.command.support.CommandSideIntegrationTest;
import cn.edutrack.command.support.TopicReader;
import cn.edutrack.events.Capacity;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.OrganisationId;
import cn.edutrack.events.PersonId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProjectEvent;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.infra.Infrastructure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Stored events reach Kafka: keyed by project, in order, with CloudEvents headers, across index gaps. */
class KafkaPublicationTest extends CommandSideIntegrationTest {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(60);

    @Autowired
    DataSource dataSource;

    private TopicReader topic;

    @BeforeEach
    void openTopic() {
        topic = TopicReader.projectEvents(Infrastructure.get().kafkaBootstrapServers());
    }

    @AfterEach
    void closeTopic() {
        topic.close();
    }

    @Test
    void everyStoredEventIsPublishedInOrderKeyedByProject() {
        String id = newProjectId();
        post("/api/projects", register(id, "NEW_BUILD"));
        post("/api/projects/" + id + "/approval", approve("1000"));
        post("/api/projects/" + id + "/allocations", allocate("PROVINCIAL_FISCAL", "2500000"));
        post("/api/projects/" + id + "/construction-start", start());

        await().atMost(PUBLISHED_WITHIN).until(() -> topic.recordsOf(id).size() >= 4);
        List<ConsumerRecord<String, byte[]>> records = topic.recordsOf(id);
        assertThat(records).hasSize(4);
        assertThat(records).extracting(record -> header(record, "ce_sequence")).containsExactly("0", "1", "2", "3");
        assertThat(records).extracting(record -> header(record, "ce_type")).containsExactly(
                "cn.edutrack.project.registered.v1", "cn.edutrack.project.approved.v1",
                "cn.edutrack.project.funding-allocated.v1", "cn.edutrack.project.construction-started.v1");
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
        assertThat(records).extracting(record -> header(record, "ce_subject")).containsOnly(id);

        List<String> storedIds = jdbc.sql("""
                        SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = :id ORDER BY sequencenumber""")
                .param("id", id).query(String.class).list();
        assertThat(records).extracting(record -> header(record, "ce_id")).containsExactlyElementsOf(storedIds);

        ProjectEvent allocation = EventJson.readProjectEvent(header(records.get(2), "ce_type"), records.get(2).value());
        assertThat(allocation).isInstanceOfSatisfying(FundingAllocated.class,
                funded -> assertThat(funded.amount().json()).isEqualTo("2500000.00"));
    }

    @Test
    void aReplayPublishesStoredEventsAgain() {
        String id = newProjectId();
        Instant before = Instant.now().minusSeconds(1);
        post("/api/projects", register(id, "NEW_BUILD"));
        post("/api/projects/" + id + "/approval", approve("1000"));
        await().atMost(PUBLISHED_WITHIN).until(() -> topic.sequencesOf(id).size() == 2);

        Answer replay = post("/api/operations/publisher/replay?since=" + before, "");

        assertThat(replay.status()).isEqualTo(202);
        await().atMost(PUBLISHED_WITHIN).until(() -> topic.sequencesOf(id).size() == 4);
        assertThat(topic.sequencesOf(id)).containsExactly(0L, 1L, 0L, 1L);
    }

    @Test
    void anEventThatCommitsLateBehindAGapIsStillPublished() throws Exception {
        String late = newProjectId();
        String early = newProjectId();
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            insertRegistration(slow, late); // takes a lower global index, not yet visible

            post("/api/projects", register(early, "NEW_BUILD")); // higher index, committed first
            await().atMost(PUBLISHED_WITHIN).until(() -> topic.recordsOf(early).size() == 1);
            assertThat(topic.recordsOf(late)).isEmpty();

            slow.commit();
        }
        await().atMost(PUBLISHED_WITHIN).until(() -> topic.recordsOf(late).size() == 1);
        assertThat(header(topic.recordsOf(late).get(0), "ce_type")).isEqualTo("cn.edutrack.project.registered.v1");
    }

    @Test
    void aGapThatNeverFillsDoesNotStopPublication() throws Exception {
        String rolledBack = newProjectId();
        String after = newProjectId();
        try (Connection aborted = dataSource.getConnection()) {
            aborted.setAutoCommit(false);
            insertRegistration(aborted, rolledBack);
            aborted.rollback();
        }

        post("/api/projects", register(after, "NEW_BUILD"));

        await().atMost(PUBLISHED_WITHIN).until(() -> topic.recordsOf(after).size() == 1);
        assertThat(topic.recordsOf(rolledBack)).isEmpty();
    }

    /** Appends a registration the way Axon does, in a transaction the test controls. */
    private static void insertRegistration(Connection connection, String projectId) throws Exception {
        ProjectRegistered registered = new ProjectRegistered(ProjectId.of(projectId), LocalDate.of(2022, 1, 10),
                Instant.now(), ProjectKind.NEW_BUILD, "XX区第九小学改扩建工程", JurisdictionCode.of("CN-45/XX市/XX区"),
                OrganisationId.of("ORG-XXQ-JYJ"), PersonId.of("P-0002"), new Capacity(1350, 5, 30), null);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                                              payloadtype, payloadrevision, payload, metadata)
                VALUES (?, ?, 0, 'Project', ?, ?, '1', ?, ?)""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, projectId);
            insert.setString(3, registered.recordedAt().toString());
            insert.setString(4, ProjectRegistered.class.getName());
            insert.setBytes(5, EventJson.write(registered));
            insert.setBytes(6, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
    }
}
