package cn.edutrack.command.access;

import static cn.edutrack.command.support.Requests.approve;
import static cn.edutrack.command.support.Requests.newProjectId;
import static cn.edutrack.command.support.Requests.register;
import static cn.edutrack.command.support.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.edutrack.command.plan.file.PlanFile;
import cn.edutrack.command.project.domain.RegisterProject;
import cn.edutrack.command.support.CommandSideIntegrationTest;
import cn.edutrack.command.support.PlanFiles;
import cn.edutrack.command.support.TopicReader;
import cn.edutrack.events.Capacity;
import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.OrganisationId;
import cn.edutrack.events.PersonId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.infra.Infrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * The actor recorded with an event is the authenticated user: in the stored metadata (domainevententry.metadata)
 * and in the Kafka record's headers, whatever the request's headers or body claim.
 */
class RecordedActorIT extends CommandSideIntegrationTest {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(60);
    /** Headers a client might send to pass itself off as someone else; all ignored. */
    private static final Map<String, String> SPOOFING = Map.of(
            "X-User-Id", "admin-cn", "X-Actor-Role", "ADMINISTRATOR", "X-Forwarded-User", "admin-cn",
            "ce_actorid", "admin-cn", "ce_actorrole", "ADMINISTRATOR", "actorUserId", "admin-cn");

    @Autowired
    CommandGateway commands;

    private TopicReader projectTopic;
    private TopicReader planTopic;

    @BeforeEach
    void openTopics() {
        projectTopic = TopicReader.projectEvents(Infrastructure.get().kafkaBootstrapServers());
        planTopic = TopicReader.planEvents(Infrastructure.get().kafkaBootstrapServers());
    }

    @AfterEach
    void closeTopics() {
        projectTopic.close();
        planTopic.close();
    }

    @Test
    void theAuthenticatedUserIsRecordedWhateverTheHeadersClaim() {
        String id = newProjectId();
        Answer registered = postAs("manager-xxq", "/api/projects", register(id, "NEW_BUILD"), SPOOFING);
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);

        JsonNode metadata = storedMetadataOf(id, 0);
        assertActor(metadata, "manager-xxq", "MANAGER", "ORG-XXQ-JYJ", "CN-45/XX市/XX区");
        // Axon's correlation and trace ids are kept beside the actor
        assertThat(metadata.get("traceId").asString()).isNotBlank();
        assertThat(metadata.get("correlationId").asString()).isNotBlank();

        await().atMost(PUBLISHED_WITHIN).until(() -> projectTopic.recordsOf(id).size() == 1);
        assertActorHeaders(projectTopic.recordsOf(id).get(0), "manager-xxq", "MANAGER", "ORG-XXQ-JYJ", "CN-45/XX市/XX区");
    }

    @Test
    void eachEventNamesTheUserWhoseRequestRecordedIt() {
        String id = newProjectId();
        assertThat(postAs("manager-xxq", "/api/projects", register(id, "NEW_BUILD")).status()).isEqualTo(201);
        assertThat(postAs("manager-xxq", "/api/projects/" + id + "/approval", approve("1000"), SPOOFING).status())
                .isEqualTo(200);
        Answer ordered = postAs("supervisor-xxs", "/api/projects/" + id + "/rectification-orders", """
                {"businessDate": "2022-06-01", "issuingBody": "XX市人民政府教育督导室", "findings": "进度滞后",
                 "deadline": "2022-07-01"}""", SPOOFING);
        assertThat(ordered.status()).as(ordered.raw().body()).isEqualTo(200);

        assertActor(storedMetadataOf(id, 0), "manager-xxq", "MANAGER", "ORG-XXQ-JYJ", "CN-45/XX市/XX区");
        assertActor(storedMetadataOf(id, 1), "manager-xxq", "MANAGER", "ORG-XXQ-JYJ", "CN-45/XX市/XX区");
        assertActor(storedMetadataOf(id, 2), "supervisor-xxs", "SUPERVISOR", "ORG-XXS-DDS", "CN-45/XX市");

        await().atMost(PUBLISHED_WITHIN).until(() -> projectTopic.recordsOf(id).size() == 3);
        List<ConsumerRecord<String, byte[]>> records = projectTopic.recordsOf(id);
        assertActorHeaders(records.get(1), "manager-xxq", "MANAGER", "ORG-XXQ-JYJ", "CN-45/XX市/XX区");
        assertActorHeaders(records.get(2), "supervisor-xxs", "SUPERVISOR", "ORG-XXS-DDS", "CN-45/XX市");
        assertThat(header(records.get(2), "ce_type")).isEqualTo("cn.edutrack.project.rectification-ordered.v1");
    }

    @Test
    void aBodyThatClaimsAnActorIsRefusedNamingTheFieldAndNothingIsStored() {
        String id = newProjectId();
        long before = storedEvents();

        Answer actorInBody = postAs("manager-xxq", "/api/projects", register(id, "NEW_BUILD").replaceFirst("\\{",
                "{\"actor\": {\"userId\": \"admin-cn\", \"role\": \"ADMINISTRATOR\"}, "));
        Answer recordedBy = postAs("manager-xxq", "/api/projects", register(id, "NEW_BUILD").replaceFirst("\\{",
                "{\"recordedBy\": \"admin-cn\", "));
        Answer actorMetadata = postAs("manager-xxq", "/api/projects", register(id, "NEW_BUILD").replaceFirst("\\{",
                "{\"actorUserId\": \"admin-cn\", "));

        assertThat(fieldsOf(actorInBody)).containsExactly("actor");
        assertThat(fieldsOf(recordedBy)).containsExactly("recordedBy");
        assertThat(fieldsOf(actorMetadata)).containsExactly("actorUserId");
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(postAs("manager-xxq", "/api/projects", register(id, "NEW_BUILD")).status()).isEqualTo(201);
        Answer approval = postAs("manager-xxq", "/api/projects/" + id + "/approval",
                approve("1000").replaceFirst("\\{", "{\"recordedBy\": {\"userId\": \"admin-cn\"}, "));
        assertThat(fieldsOf(approval)).containsExactly("recordedBy");
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    @Test
    void everyEventOfAnImportedPlanFileNamesTheAdministrator() {
        String text = PlanFiles.uniqueCopy("xx-district-2021-2025.yaml");
        PlanFile file = PlanFiles.parse("xx.yaml", text);
        long lastIndex = jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry").query(Long.class).single();

        Answer imported = postAs("admin-xxs", "/api/plan-imports?fileName=xx.yaml", text.getBytes(StandardCharsets.UTF_8),
                "application/yaml", SPOOFING);
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);

        List<byte[]> metadata = jdbc.sql("SELECT metadata FROM domainevententry WHERE globalindex > :last")
                .param("last", lastIndex).query(byte[].class).list();
        assertThat(metadata).hasSize(imported.body().get("eventsRecorded").asInt());
        for (byte[] entry : metadata) {
            assertActor(JSON.readTree(new String(entry, StandardCharsets.UTF_8)), "admin-xxs", "ADMINISTRATOR",
                    "ORG-XXS-JYJ", "CN-45/XX市");
        }
        String planId = file.plan().id();
        await().atMost(PUBLISHED_WITHIN).until(() -> !planTopic.recordsOf(planId).isEmpty());
        assertActorHeaders(planTopic.recordsOf(planId).get(0), "admin-xxs", "ADMINISTRATOR", "ORG-XXS-JYJ", "CN-45/XX市");
    }

    @Test
    void aCommandSentWithoutAnAuthenticatedActorIsRefusedAndRecordsNothing() {
        SecurityContextHolder.clearContext();
        String id = newProjectId();
        RegisterProject command = new RegisterProject(ProjectId.of(id), LocalDate.of(2022, 1, 10), ProjectKind.NEW_BUILD,
                "XX区第九小学改扩建工程", JurisdictionCode.of("CN-45/XX市/XX区"), OrganisationId.of("ORG-XXQ-JYJ"),
                PersonId.of("P-0002"), new Capacity(1350, 5, 30), null);

        assertThatThrownBy(() -> commands.sendAndWait(command))
                .isInstanceOf(ActorDispatchInterceptor.NoActorException.class)
                .hasMessageContaining("without an authenticated actor");
        assertThat(storedEvents(id)).isZero();
    }

    // ----------------------------------------------------------------

    private static void assertActor(JsonNode metadata, String userId, String role, String organisation, String jurisdiction) {
        Map<String, String> actor = new LinkedHashMap<>();
        for (String key : List.of("actorUserId", "actorRole", "actorOrganisation", "actorJurisdiction")) {
            actor.put(key, metadata.hasNonNull(key) ? metadata.get(key).asString() : null);
        }
        assertThat(actor).as(metadata.toString()).containsExactly(Map.entry("actorUserId", userId),
                Map.entry("actorRole", role), Map.entry("actorOrganisation", organisation),
                Map.entry("actorJurisdiction", jurisdiction));
    }

    private static void assertActorHeaders(ConsumerRecord<String, byte[]> record, String userId, String role,
                                           String organisation, String jurisdiction) {
        assertThat(header(record, "ce_actorid")).isEqualTo(userId);
        assertThat(header(record, "ce_actorrole")).isEqualTo(role);
        assertThat(header(record, "ce_actororganisation")).isEqualTo(organisation);
        assertThat(header(record, "ce_actorjurisdiction")).isEqualTo(jurisdiction);
        assertThat(record.headers().headers("ce_actorid")).hasSize(1);
    }

    private static List<String> fieldsOf(Answer answer) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:edutrack:problem:invalid-request");
        return answer.body().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}
