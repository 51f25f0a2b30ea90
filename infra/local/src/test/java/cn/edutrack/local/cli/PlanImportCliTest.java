package cn.edutrack.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The CLI's arguments, exit statuses and error lines (the import itself is tested against the real system). */
class PlanImportCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PlanImportCli cli = new PlanImportCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

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
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + freePort;

        assertThat(cli.run(new String[] {"import", file.toString(), "--url", url})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot reach the command side at " + url);
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
}
