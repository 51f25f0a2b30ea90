package cn.edutrack.command.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Each kind of direct change to the event store, made with plain SQL against {@code domainevententry} (and
 * {@code event_seal}), is reported with its project, sequence number and kind, through the project's verification
 * and against a checkpoint file taken before the change; an untouched store verifies clean. Each change is made to
 * a fresh project; a control project recorded alongside stays clean.
 * <p>
 * The untouched store is verified first, while no test has changed anything yet (the store is shared by all ITs of
 * the JVM; the other audit ITs restore what they change).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TamperDetectionIT extends AuditTestSupport {

    @Test
    @Order(1)
    void an_untouched_store_verifies_clean() {
        String projectId = recordProject();

        JsonNode project = verification(projectId);
        assertThat(project.get("aggregateId").asString()).isEqualTo(projectId);
        assertThat(project.get("events").asInt()).isEqualTo(5);
        assertThat(project.get("sealed").asInt()).isEqualTo(5);
        assertThat(project.get("intact").asBoolean()).isTrue();
        assertThat(project.get("problems")).isEmpty();

        JsonNode file = checkpoint();
        assertThat(file.get("format").asString()).isEqualTo("edutrack-checkpoint/1");
        assertThat(file.get("createdBy").asString()).isEqualTo(AUDITOR);
        assertThat(file.get("aggregateCount").asInt()).isEqualTo(file.get("leaves").size()).isPositive();
        assertThat(file.get("eventCount").asLong()).isEqualTo(storedEvents());

        JsonNode report = verifyAgainst(file);
        assertThat(report.get("checkpointId").asLong()).isEqualTo(file.get("id").asLong());
        assertThat(report.get("fileConsistent").asBoolean()).isTrue();
        assertThat(report.get("rootMatches").asBoolean()).isTrue();
        assertThat(report.get("aggregatesChecked").asInt()).isEqualTo(file.get("leaves").size());
        assertThat(problems(report, null)).isEmpty();
        assertThat(report.get("intact").asBoolean()).isTrue();
    }

    @Test
    void a_changed_payload_byte_is_altered() {
        String projectId = recordProject();
        String control = recordProject();
        JsonNode file = checkpoint();

        int changed = jdbc.sql("""
                        UPDATE domainevententry
                        SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '360', '361'), 'UTF8')
                        WHERE aggregateidentifier = :id AND sequencenumber = 0""")
                .param("id", projectId).update();
        assertThat(changed).isEqualTo(1);
        assertThat(storedPayloadText(projectId, 0)).contains("361");

        assertThat(problems(verification(projectId), projectId)).containsExactly(new Found(projectId, 0L, "ALTERED"));
        assertThat(verification(projectId).get("intact").asBoolean()).isFalse();
        JsonNode report = verifyAgainst(file);
        assertThat(report.get("rootMatches").asBoolean()).isFalse();
        assertThat(report.get("intact").asBoolean()).isFalse();
        assertThat(problemsOf(report, projectId)).containsExactlyInAnyOrder(
                new Found(projectId, 0L, "HEAD_DIFFERS"), new Found(projectId, 0L, "ALTERED"));
        assertClean(control, report);
    }

    @Test
    void changed_metadata_is_altered() {
        String projectId = recordProject();
        String control = recordProject();
        JsonNode file = checkpoint();

        int changed = jdbc.sql("""
                        UPDATE domainevententry
                        SET metadata = convert_to(replace(convert_from(metadata, 'UTF8'), 'manager-xxq', 'manager-yyq'), 'UTF8')
                        WHERE aggregateidentifier = :id AND sequencenumber = 2""")
                .param("id", projectId).update();
        assertThat(changed).isEqualTo(1);
        assertThat(storedMetadataOf(projectId, 2).get("actorUserId").asString()).isEqualTo("manager-yyq");

        assertThat(problems(verification(projectId), projectId)).containsExactly(new Found(projectId, 2L, "ALTERED"));
        JsonNode report = verifyAgainst(file);
        assertThat(problemsOf(report, projectId)).containsExactlyInAnyOrder(
                new Found(projectId, 2L, "HEAD_DIFFERS"), new Found(projectId, 2L, "ALTERED"));
        assertClean(control, report);
    }

    @Test
    void a_deleted_middle_row_is_missing() {
        String projectId = recordProject();
        String control = recordProject();
        JsonNode file = checkpoint();

        assertThat(jdbc.sql("DELETE FROM domainevententry WHERE aggregateidentifier = :id AND sequencenumber = 2")
                .param("id", projectId).update()).isEqualTo(1);

        JsonNode project = verification(projectId);
        assertThat(problems(project, projectId)).containsExactly(new Found(projectId, 2L, "MISSING"));
        assertThat(project.get("events").asInt()).isEqualTo(4);
        JsonNode report = verifyAgainst(file);
        assertThat(problemsOf(report, projectId)).containsExactlyInAnyOrder(
                new Found(projectId, 2L, "HEAD_DIFFERS"), new Found(projectId, 2L, "MISSING"));
        assertClean(control, report);
    }

    @Test
    void an_inserted_copy_of_a_row_is_unsealed_and_never_sealed_afterwards() {
        String projectId = recordProject();
        String control = recordProject();
        JsonNode file = checkpoint();

        assertThat(jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                      metadata, payload, payloadrevision, payloadtype, timestamp)
                        SELECT aggregateidentifier, 5, type, gen_random_uuid()::text, metadata, payload,
                               payloadrevision, payloadtype, timestamp
                        FROM domainevententry WHERE aggregateidentifier = :id AND sequencenumber = 4""")
                .param("id", projectId).update()).isEqualTo(1);

        assertThat(problems(verification(projectId), projectId)).containsExactly(new Found(projectId, 5L, "UNSEALED"));
        JsonNode report = verifyAgainst(file);
        // the checkpoint's head (sequence 4) is untouched (no HEAD_DIFFERS); the new row is reported
        assertThat(report.get("intact").asBoolean()).isFalse();
        assertThat(problemsOf(report, projectId)).containsExactly(new Found(projectId, 5L, "UNSEALED"));
        assertClean(control, report);

        // taking a checkpoint seals what is pending, but not a row inserted behind the application's back
        JsonNode later = checkpoint();
        assertThat(problems(verification(projectId), projectId)).containsExactly(new Found(projectId, 5L, "UNSEALED"));
        assertThat(seals(projectId)).isEqualTo(5);
        for (JsonNode leaf : later.get("leaves")) {
            if (leaf.get("aggregateId").asString().equals(projectId)) {
                assertThat(leaf.get("sequenceNumber").asLong()).isEqualTo(4);
            }
        }
    }

    @Test
    void swapped_sequence_numbers_are_out_of_order() {
        String projectId = recordProject();
        String control = recordProject();
        JsonNode file = checkpoint();

        jdbc.sql("UPDATE domainevententry SET sequencenumber = -1 WHERE aggregateidentifier = :id AND sequencenumber = 1")
                .param("id", projectId).update();
        jdbc.sql("UPDATE domainevententry SET sequencenumber = 1 WHERE aggregateidentifier = :id AND sequencenumber = 3")
                .param("id", projectId).update();
        jdbc.sql("UPDATE domainevententry SET sequencenumber = 3 WHERE aggregateidentifier = :id AND sequencenumber = -1")
                .param("id", projectId).update();
        assertThat(storedEventTypes(projectId)).containsExactly("ProjectRegistered", "ConstructionStarted",
                "FundingAllocated", "ProjectApproved", "ProgressReported");

        assertThat(problems(verification(projectId), projectId)).containsExactly(
                new Found(projectId, 1L, "OUT_OF_ORDER"), new Found(projectId, 3L, "OUT_OF_ORDER"));
        JsonNode report = verifyAgainst(file);
        assertThat(problemsOf(report, projectId)).containsExactlyInAnyOrder(new Found(projectId, 1L, "HEAD_DIFFERS"),
                new Found(projectId, 1L, "OUT_OF_ORDER"), new Found(projectId, 3L, "OUT_OF_ORDER"));
        assertClean(control, report);
    }

    @Test
    void a_row_rewritten_with_its_seals_passes_the_seals_but_not_the_checkpoint() {
        String projectId = recordProject();
        String control = recordProject();
        JsonNode file = checkpoint();

        // rewrite the funding (sequence 2), then re-seal it and every later event as the application would
        jdbc.sql("""
                        UPDATE domainevententry
                        SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '1000000', '9000000'), 'UTF8')
                        WHERE aggregateidentifier = :id AND sequencenumber = 2""")
                .param("id", projectId).update();
        List<StoredEvent> rows = rows(projectId);
        String previous = jdbc.sql("SELECT hash FROM event_seal WHERE aggregate_id = :id AND sequence_number = 1")
                .param("id", projectId).query(String.class).single();
        for (StoredEvent row : rows.subList(2, rows.size())) {
            String hash = EventCanonicalForm.hash(previous, row);
            jdbc.sql("UPDATE event_seal SET hash = :hash, previous_hash = :previous WHERE global_index = :index")
                    .param("hash", hash).param("previous", previous).param("index", row.globalIndex()).update();
            previous = hash;
        }

        JsonNode project = verification(projectId);
        assertThat(project.get("intact").asBoolean()).isTrue();
        assertThat(problems(project, projectId)).isEmpty();

        JsonNode report = verifyAgainst(file);
        assertThat(report.get("fileConsistent").asBoolean()).isTrue();
        assertThat(report.get("rootMatches").asBoolean()).isFalse();
        assertThat(report.get("intact").asBoolean()).isFalse();
        // the seals agree with the rows again, so only the head can be named
        assertThat(problemsOf(report, projectId)).containsExactly(new Found(projectId, 4L, "HEAD_DIFFERS"));
        assertClean(control, report);
    }

    @Test
    void a_changed_checkpoint_file_is_inconsistent() {
        String projectId = recordProject();
        JsonNode file = checkpoint();
        String text = file.toString();
        String leafHash = null;
        for (JsonNode leaf : file.get("leaves")) {
            if (leaf.get("aggregateId").asString().equals(projectId)) {
                leafHash = leaf.get("hash").asString();
            }
        }
        assertThat(leafHash).isNotNull();
        JsonNode forged = JSON.readTree(text.replace(leafHash, "0".repeat(64)));

        JsonNode report = verifyAgainst(forged);
        assertThat(report.get("fileConsistent").asBoolean()).isFalse();
        assertThat(report.get("intact").asBoolean()).isFalse();
        assertThat(problemsOf(report, projectId)).containsExactly(new Found(projectId, 4L, "HEAD_DIFFERS"));
    }

    @Test
    void a_malformed_checkpoint_file_is_a_400_naming_the_field() {
        JsonNode file = checkpoint();
        Answer answer = postAs(AUDITOR, "/api/audit/verifications",
                file.toString().replace(file.get("merkleRoot").asString(), "not-a-hash"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").get(0).get("field").asString()).isEqualTo("merkleRoot");

        Answer notJson = postAs(AUDITOR, "/api/audit/verifications", "{\"format\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.raw().body()).doesNotContain("Exception").doesNotContain("tools.jackson");
    }

    private void assertClean(String control, JsonNode report) {
        assertThat(verification(control).get("intact").asBoolean()).isTrue();
        assertThat(problemsOf(report, control)).isEmpty();
    }
}
