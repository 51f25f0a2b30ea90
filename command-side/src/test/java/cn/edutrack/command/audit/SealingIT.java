package cn.edutrack.command.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.support.PlanFiles;
import cn.edutrack.command.support.Requests;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seals are written in the transaction that appends the events: present when the request returns, absent when the
 * transaction rolls back; rows stored before sealing existed are sealed by the sweep.
 */
class SealingIT extends AuditTestSupport {

    @Autowired
    EventSealer sealer;

    @Test
    void a_commands_events_are_sealed_when_the_request_returns() {
        String projectId = Requests.newProjectId();
        assertThat(post("/api/projects", Requests.register(projectId, "NEW_BUILD")).status()).isEqualTo(201);
        assertThat(seals(projectId)).isEqualTo(1);
        assertThat(post("/api/projects/" + projectId + "/approval", Requests.approve("3000")).status()).isEqualTo(200);
        assertThat(seals(projectId)).isEqualTo(2);
        // with an Idempotency-Key the command runs inside the executor's own transaction: sealed at its commit
        assertThat(post("/api/projects/" + projectId + "/allocations", Requests.allocate("MUNICIPAL_FISCAL", "100"),
                Map.of("Idempotency-Key", "seal-" + projectId)).status()).isEqualTo(200);
        assertThat(seals(projectId)).isEqualTo(3);

        List<StoredEvent> rows = rows(projectId);
        List<Seal> sealed = jdbc.sql("SELECT " + Seal.COLUMNS + " FROM event_seal WHERE aggregate_id = :id "
                        + "ORDER BY sequence_number")
                .param("id", projectId).query((rs, n) -> Seal.fromRow(rs)).list();
        String previous = null;
        for (int i = 0; i < rows.size(); i++) {
            StoredEvent row = rows.get(i);
            Seal seal = sealed.get(i);
            assertThat(seal.globalIndex()).isEqualTo(row.globalIndex());
            assertThat(seal.sequenceNumber()).isEqualTo(i);
            assertThat(seal.eventIdentifier()).isEqualTo(row.eventIdentifier());
            assertThat(seal.previousHash()).isEqualTo(previous);
            assertThat(seal.hash()).isEqualTo(EventCanonicalForm.hash(previous, row));
            previous = seal.hash();
        }
    }

    @Test
    void a_refused_command_leaves_no_seal() {
        String projectId = recordProject();
        long before = jdbc.sql("SELECT count(*) FROM event_seal").query(Long.class).single();

        Answer stale = post("/api/projects/" + projectId + "/progress-reports",
                Requests.progress(50).replaceFirst("\\{", "{\"expectedVersion\": 1, "));
        assertThat(stale.status()).isEqualTo(409);

        assertThat(storedEvents(projectId)).isEqualTo(5);
        assertThat(seals(projectId)).isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM event_seal").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_plan_import_is_sealed_entirely_and_a_dry_run_leaves_no_seal() {
        String file = PlanFiles.uniqueCopy("xx-district-2021-2025.yaml");
        String planId = PlanFiles.parse("x.yaml", file).plan().id();
        long rowsBefore = storedEvents();
        long lastIndexBefore = jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry")
                .query(Long.class).single();
        long sealsBefore = jdbc.sql("SELECT count(*) FROM event_seal").query(Long.class).single();

        // a dry run appends the file's events, then rolls its transaction back: no rows, no seals
        Answer dryRun = importFile(file, true);
        assertThat(dryRun.status()).as(dryRun.raw().body()).isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(rowsBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM event_seal").query(Long.class).single()).isEqualTo(sealsBefore);

        Answer imported = importFile(file, false);
        assertThat(imported.status()).as(imported.raw().body()).isIn(200, 201);
        assertThat(storedEvents()).isGreaterThan(rowsBefore);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domainevententry d WHERE d.globalindex > :before
                        AND NOT EXISTS (SELECT 1 FROM event_seal s WHERE s.global_index = d.globalindex)""")
                .param("before", lastIndexBefore).query(Long.class).single()).isZero();
        assertThat(seals(planId)).isEqualTo(storedEvents(planId)).isPositive();

        Answer plan = getAs(AUDITOR, "/api/audit/plans/" + planId + "/verification");
        assertThat(plan.status()).as(plan.raw().body()).isEqualTo(200);
        assertThat(plan.body().get("intact").asBoolean()).isTrue();
        assertThat(plan.body().get("events").asLong()).isEqualTo(storedEvents(planId));
    }

    @Test
    void the_sweep_seals_rows_stored_before_sealing_existed() {
        String projectId = recordProject();
        List<String> original = sealHashes(projectId);
        asStoredBeforeSealing(projectId, () -> {
            assertThat(problems(verification(projectId), projectId)).extracting(Found::kind)
                    .containsExactly("UNSEALED", "UNSEALED", "UNSEALED", "UNSEALED", "UNSEALED");

            assertThat(sealer.sealPending()).isGreaterThanOrEqualTo(5);

            assertThat(verification(projectId).get("intact").asBoolean()).isTrue();
            // the same rows give the same seals
            assertThat(sealHashes(projectId)).isEqualTo(original);
        });
    }

    @Test
    void a_new_event_of_an_old_aggregate_seals_its_old_rows_first() {
        String projectId = recordProject();
        List<String> original = sealHashes(projectId);
        asStoredBeforeSealing(projectId, () -> {
            assertThat(post("/api/projects/" + projectId + "/progress-reports", Requests.progress(60)).status())
                    .isEqualTo(200);

            assertThat(seals(projectId)).isEqualTo(6);
            assertThat(sealHashes(projectId).subList(0, 5)).isEqualTo(original);
            assertThat(verification(projectId).get("intact").asBoolean()).isTrue();
        });
    }

    /**
     * Runs {@code check} with the project's rows as an old store has them: below the boundary the migration recorded,
     * without seals; the boundary is restored afterwards.
     */
    private void asStoredBeforeSealing(String projectId, Runnable check) {
        long boundary = jdbc.sql("SELECT legacy_up_to_global_index FROM audit_seal_origin").query(Long.class).single();
        try {
            jdbc.sql("DELETE FROM event_seal WHERE aggregate_id = :id").param("id", projectId).update();
            jdbc.sql("UPDATE audit_seal_origin SET legacy_up_to_global_index = "
                            + "(SELECT max(globalindex) FROM domainevententry WHERE aggregateidentifier = :id)")
                    .param("id", projectId).update();
            check.run();
        } finally {
            jdbc.sql("UPDATE audit_seal_origin SET legacy_up_to_global_index = :boundary")
                    .param("boundary", boundary).update();
        }
    }

    private Answer importFile(String text, boolean dryRun) {
        return post("/api/plan-imports?fileName=" + URLEncoder.encode("audit.yaml", StandardCharsets.UTF_8)
                + "&dryRun=" + dryRun, text.getBytes(StandardCharsets.UTF_8), "application/yaml", Map.of());
    }
}
