package cn.edutrack.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.infra.FreePorts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The CLI's arguments, exit statuses and error lines (the import itself is tested against the real system). */
class PlanImportCliTest {

    private static final Map<String, String> ADMIN = Map.of("EDUTRACK_USER", "admin-gulou",
            "EDUTRACK_PASSWORD", "edutrack-local");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> prompts = new ArrayList<>();
    private final PlanImportCli cli = cli(ADMIN, null);

    private PlanImportCli cli(Map<String, String> env, String typedPassword) {
        return new PlanImportCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, user -> {
            prompts.add(user);
            return typedPassword == null ? null : typedPassword.toCharArray();
        });
    }

    @Test
    void withoutACommandOrFileItPrintsUsageAndExitsWithTwo() {
        assertThat(cli.run(new String[0])).isEqualTo(2);
        assertThat(cli.run(new String[] {"import"})).isEqualTo(2);
        assertThat(cli.run(new String[] {"export", "x.yaml"})).isEqualTo(2);
        assertThat(cli.run(new String[] {"import", "x.yaml", "--colour"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: edutrack-plan import FILE...");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        assertThat(cli.run(new String[] {"import", dir.resolve("nope.yaml").toString()})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.yaml: no such file");
    }

    @Test
    void anUnreachableCommandSideIsReportedWithItsUrl(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plan.yaml"), "format: edutrack-plan/1\n");
        String url = "http://127.0.0.1:" + FreePorts.take();

        assertThat(cli.run(new String[] {"import", file.toString(), "--url", url})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot reach the command side at " + url);
    }

    @Test
    void withoutAUserOrPasswordItSaysWhatIsMissingAndSendsNothing(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plan.yaml"), "format: edutrack-plan/1\n");
        try (Server server = new Server(200, "{}")) {
            assertThat(cli(Map.of(), null).run(new String[] {"import", file.toString(), "--url", server.url()}))
                    .isEqualTo(2);
            assertThat(cli(Map.of("EDUTRACK_USER", "admin-gulou"), null)
                    .run(new String[] {"import", file.toString(), "--url", server.url()})).isEqualTo(2);

            assertThat(server.authorizations).isEmpty();
        }
        assertThat(prompts).as("asked for the password of the user").containsExactly("admin-gulou");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--user USER or EDUTRACK_USER")
                .contains("no password for admin-gulou: set EDUTRACK_PASSWORD");
    }

    @Test
    void aPasswordIsNeverACommandLineArgument(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plan.yaml"), "format: edutrack-plan/1\n");

        assertThat(cli.run(new String[] {"import", file.toString(), "--password", "edutrack-local"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("never given on the command line");
    }

    @Test
    void theUserOfTheOptionOrTheEnvironmentAuthenticatesWithThePasswordOfTheEnvironmentOrThePrompt(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("plan.yaml"), "format: edutrack-plan/1\n");
        String imported = """
                {"planId": "gulou-2021", "dryRun": false, "unchanged": true, "eventsRecorded": 0}""";
        try (Server server = new Server(200, imported)) {
            assertThat(cli.run(new String[] {"import", file.toString(), "--url", server.url()})).isZero();
            assertThat(cli(Map.of("EDUTRACK_USER", "admin-gulou"), "typed-secret")
                    .run(new String[] {"import", file.toString(), "--url", server.url(), "--user", "admin-cn"})).isZero();

            assertThat(server.authorizations).containsExactly(basic("admin-gulou:edutrack-local"),
                    basic("admin-cn:typed-secret"));
        }
        assertThat(prompts).containsExactly("admin-cn");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("plan gulou-2021 unchanged");
    }

    @Test
    void refusedCredentialsExitWithTwoAndAForbiddenFileWithOneEachWithTheProblemsDetail(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("plan.yaml"), "format: edutrack-plan/1\n");
        try (Server unauthorized = new Server(401, """
                {"type": "urn:edutrack:problem:unauthenticated", "status": 401, "detail": "bad credentials"}""");
             Server forbidden = new Server(403, """
                {"type": "urn:edutrack:problem:forbidden", "status": 403, "rule": "outside-jurisdiction",
                 "detail": "admin-gulou may not record jurisdiction CN-13/邯郸市 (outside CN-35/福州市/鼓楼区)",
                 "errors": [{"field": "jurisdiction.code", "rule": "outside-jurisdiction",
                             "message": "CN-13/邯郸市 is outside CN-35/福州市/鼓楼区"}]}""")) {
            assertThat(cli.run(new String[] {"import", file.toString(), "--url", unauthorized.url()})).isEqualTo(2);
            assertThat(cli.run(new String[] {"import", file.toString(), "--url", forbidden.url()})).isEqualTo(1);
        }
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("plan.yaml: not imported: the command side did not accept the credentials (bad credentials)")
                .contains("plan.yaml: not imported: forbidden (outside-jurisdiction): admin-gulou may not record "
                        + "jurisdiction CN-13/邯郸市 (outside CN-35/福州市/鼓楼区)")
                .contains("plan.yaml: jurisdiction.code: outside-jurisdiction: CN-13/邯郸市 is outside CN-35/福州市/鼓楼区");
    }

    @Test
    void errorLinesNameFileLineColumnFieldAndRule() {
        JsonMapper json = JsonMapper.builder().build();
        String withLine = PlanImportCli.formatError("plan.yaml", json.readTree("""
                {"file": "xx.yaml", "line": 23, "column": 55, "field": "indicators[0].target.value",
                 "rule": "bad-number", "message": "bad-number: 'IO0%' is not a number"}"""));
        String conflict = PlanImportCli.formatError("plan.yaml", json.readTree("""
                {"file": "xx.yaml", "field": "programmes[3]", "rule": "programme-defined-differently",
                 "message": "programme PRG-1 is already defined with another name"}"""));

        assertThat(withLine).isEqualTo("xx.yaml:23:55: indicators[0].target.value: bad-number: 'IO0%' is not a number");
        assertThat(conflict).isEqualTo("xx.yaml: programmes[3]: programme-defined-differently: programme PRG-1 is already defined with another name");
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** A command side that answers every import with one status and body, and keeps the Authorization headers. */
    private static final class Server implements AutoCloseable {
        final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
        private final HttpServer http;

        Server(int status, String body) throws IOException {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/api/plan-imports", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                if (authorization != null) {
                    authorizations.add(authorization);
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type",
                        status >= 400 ? "application/problem+json" : "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            http.start();
        }

        String url() {
            return "http://127.0.0.1:" + http.getAddress().getPort();
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }
}
