package cn.edutrack.local;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.infra.Infrastructure;
import cn.edutrack.local.EdutrackSystem.Config;
import cn.edutrack.local.cli.AuditCli;
import cn.edutrack.local.demo.DemoUsers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditor's CLI against the real command side (a process, on real PostgreSQL and Kafka): a checkpoint made and
 * written, a project and the checkpoint file verified, all intact.
 */
class AuditCliIT {

    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        Infrastructure infrastructure = Infrastructure.get();
        system = EdutrackSystem.start(Config.forTests(Path.of("target", "it-audit"),
                infrastructure.newDatabase("audit_command"), infrastructure.newDatabase("audit_query"),
                infrastructure.kafkaBootstrapServers()));
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aCheckpointAProjectAndTheCheckpointFileVerifyIntact(@TempDir Path dir) throws Exception {
        String id = "PRJ-AUD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        command("", """
                {"projectId": "%s", "businessDate": "2022-01-10", "kind": "NEW_BUILD",
                 "title": "XX区审计幼儿园新建工程", "jurisdiction": "CN-45/XX市/XX区",
                 "ownerOrganisation": "XX区教育局", "responsiblePerson": "P-0001",
                 "plannedCapacity": {"places": 360, "streams": 4, "classes": 12}}""".formatted(id), 201);
        command(id + "/approval", """
                {"businessDate": "2022-03-01", "expectedVersion": 0, "approvingBody": "XX区发展和改革局",
                 "documentNumber": "X发改投资〔2022〕99号", "approvedBudget": {"amount": "500", "unit": "WAN_YUAN"},
                 "scope": "新建教学楼", "plannedStart": "2022-05-01", "plannedCompletion": "2023-08-31"}""", 200);
        Path file = dir.resolve("checkpoint.json");

        Run checkpoint = audit("checkpoint", "--out", file.toString());
        Run project = audit("verify", "--project", id);
        Run everything = audit("verify", "--checkpoint", file.toString());
        Run again = audit("checkpoint", "--out", file.toString());

        assertThat(checkpoint.status).as(checkpoint.toString()).isZero();
        assertThat(Files.readString(file)).contains("\"edutrack-checkpoint/1\"");
        assertThat(checkpoint.out).contains("checkpoint ").contains(" made, written to " + file).contains("root ");
        assertThat(project.status).as(project.toString()).isZero();
        assertThat(project.out).startsWith(id + ": intact (2 event(s), ");
        assertThat(everything.status).as(everything.toString()).isZero();
        assertThat(everything.out).contains("file consistent, root matches").contains(": intact");
        assertThat(again.status).as("the kept file is not overwritten").isEqualTo(2);
    }

    private record Run(int status, String out, String err) {
    }

    private static Run audit(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] withUrl = new String[args.length + 2];
        System.arraycopy(args, 0, withUrl, 0, args.length);
        withUrl[args.length] = "--url";
        withUrl[args.length + 1] = system.commandUrl();
        int status = new AuditCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("EDUTRACK_USER", "auditor-cn", "EDUTRACK_PASSWORD", DemoUsers.PASSWORD), user -> null)
                .run(withUrl);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void command(String path, String json, int expectedStatus) {
        HttpResponse<String> response = Http.post("manager-xx-qu", system.commandUrl() + "/api/projects"
                + (path.isEmpty() ? "" : "/" + path), json);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
    }
}
