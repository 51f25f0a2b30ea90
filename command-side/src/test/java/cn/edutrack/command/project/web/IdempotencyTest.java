package cn.edutrack.command.project.web;

import static cn.edutrack.command.support.Requests.allocate;
import static cn.edutrack.command.support.Requests.approve;
import static cn.edutrack.command.support.Requests.newProjectId;
import static cn.edutrack.command.support.Requests.register;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.support.CommandSideIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdempotencyTest extends CommandSideIntegrationTest {

    @Test
    void aRetriedRequestReturnsTheFirstResultAndAppendsNothing() {
        String id = approvedProject();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Answer first = post("/api/projects/" + id + "/allocations", allocate("CENTRAL_FISCAL", "300000"), key);
        Answer retry = post("/api/projects/" + id + "/allocations", allocate("CENTRAL_FISCAL", "300000"), key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents(id)).isEqualTo(3);
    }

    @Test
    void aRetriedRegistrationWithoutAnIdReturnsTheSameProject() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String body = register(newProjectId(), "NEW_BUILD").replaceFirst("\"projectId\": \"PRJ-[A-Z0-9]+\", ", "");

        Answer first = post("/api/projects", body, key);
        Answer retry = post("/api/projects", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body().get("projectId")).isEqualTo(first.body().get("projectId"));
        assertThat(storedEvents(first.body().get("projectId").asString())).isEqualTo(1);
    }

    @Test
    void aKeyReusedForADifferentRequestIsRefused() {
        String id = approvedProject();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        post("/api/projects/" + id + "/allocations", allocate("CENTRAL_FISCAL", "300000"), key);

        Answer other = post("/api/projects/" + id + "/allocations", allocate("CENTRAL_FISCAL", "999"), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().get("type").asString()).isEqualTo("urn:edutrack:problem:idempotency-key");
        assertThat(storedEvents(id)).isEqualTo(3);
    }

    @Test
    void aRejectedRequestLeavesTheKeyFreeForACorrectedRetry() {
        String id = approvedProject();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Answer rejected = post("/api/projects/" + id + "/allocations", allocate("CENTRAL_FISCAL", "99999999"), key);
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(keyRows(key.get("Idempotency-Key"))).isZero();

        Answer corrected = post("/api/projects/" + id + "/allocations", allocate("CENTRAL_FISCAL", "1000"), key);
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(storedEvents(id)).isEqualTo(3);
    }

    @Test
    void concurrentRetriesAppendOnce() throws Exception {
        String id = approvedProject();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Callable<Answer> send = () -> post("/api/projects/" + id + "/allocations", allocate("CENTRAL_FISCAL", "5000"), key);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Answer>> answers = pool.invokeAll(List.of(send, send, send, send));
            for (Future<Answer> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(200);
                assertThat(answer.get().body().get("version").asLong()).isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedEvents(id)).isEqualTo(3);
    }

    private String approvedProject() {
        String id = newProjectId();
        assertThat(post("/api/projects", register(id, "NEW_BUILD")).status()).isEqualTo(201);
        assertThat(post("/api/projects/" + id + "/approval", approve("1000")).status()).isEqualTo(200);
        return id;
    }

    private long keyRows(String key) {
        return jdbc.sql("SELECT count(*) FROM command_idempotency WHERE idempotency_key = :key")
                .param("key", key).query(Long.class).single();
    }
}
