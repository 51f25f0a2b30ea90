package cn.edutrack.command.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.support.CommandSideIntegrationTest;
import cn.edutrack.command.support.Requests;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Helpers of the audit tests: a project with several events, the audit endpoints, what is sealed. */
abstract class AuditTestSupport extends CommandSideIntegrationTest {

    static final String AUDITOR = "auditor-cn";

    /** A reported problem, flattened for assertions. */
    record Found(String aggregateId, Long sequenceNumber, String kind) {
    }

    /** A project in XX区 with five events: registered, approved, funded, started, 40% done (sequences 0..4). */
    String recordProject() {
        return recordProject(Requests.register(Requests.newProjectId(), "NEW_BUILD"));
    }

    String recordProject(String registration) {
        Answer registered = post("/api/projects", registration);
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        String id = registered.body().get("projectId").asString();
        for (String[] step : List.of(
                new String[] {"approval", Requests.approve("3000")},
                new String[] {"allocations", Requests.allocate("MUNICIPAL_FISCAL", "1000000")},
                new String[] {"construction-start", Requests.start()},
                new String[] {"progress-reports", Requests.progress(40)})) {
            Answer answer = post("/api/projects/" + id + "/" + step[0], step[1]);
            assertThat(answer.status()).as(step[0] + ": " + answer.raw().body()).isEqualTo(200);
        }
        return id;
    }

    Answer verification(String user, String projectId) {
        return getAs(user, "/api/audit/projects/" + projectId + "/verification");
    }

    /** The project's verification as the national auditor (200 asserted). */
    JsonNode verification(String projectId) {
        Answer answer = verification(AUDITOR, projectId);
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        return answer.body();
    }

    /** A new checkpoint's file, taken by the national auditor (201 asserted). */
    JsonNode checkpoint() {
        Answer answer = postAs(AUDITOR, "/api/audit/checkpoints", "");
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
        return answer.body();
    }

    Answer verifyAgainst(String user, JsonNode file) {
        return postAs(user, "/api/audit/verifications", file.toString());
    }

    JsonNode verifyAgainst(JsonNode file) {
        Answer answer = verifyAgainst(AUDITOR, file);
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        return answer.body();
    }

    /** The problems of a verification answer (of one aggregate or against a checkpoint). */
    static List<Found> problems(JsonNode answer, String aggregateId) {
        List<Found> found = new ArrayList<>();
        for (JsonNode problem : answer.get("problems")) {
            String id = problem.hasNonNull("aggregateId") ? problem.get("aggregateId").asString() : aggregateId;
            Long sequence = problem.hasNonNull("sequenceNumber") ? problem.get("sequenceNumber").asLong() : null;
            found.add(new Found(id, sequence, problem.get("kind").asString()));
        }
        return found;
    }

    /** The problems of a checkpoint verification that concern one aggregate. */
    static List<Found> problemsOf(JsonNode answer, String aggregateId) {
        return problems(answer, null).stream().filter(found -> aggregateId.equals(found.aggregateId())).toList();
    }

    long seals(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM event_seal WHERE aggregate_id = :id").param("id", aggregateId)
                .query(Long.class).single();
    }

    List<String> sealHashes(String aggregateId) {
        return jdbc.sql("SELECT hash FROM event_seal WHERE aggregate_id = :id ORDER BY sequence_number")
                .param("id", aggregateId).query(String.class).list();
    }

    /** The stored rows of an aggregate, by sequence number, exactly as stored. */
    List<StoredEvent> rows(String aggregateId) {
        return jdbc.sql("SELECT " + StoredEvent.COLUMNS
                        + " FROM domainevententry WHERE aggregateidentifier = :id ORDER BY sequencenumber")
                .param("id", aggregateId).query((rs, n) -> StoredEvent.fromRow(rs)).list();
    }
}
