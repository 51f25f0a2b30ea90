package cn.edutrack.local.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code edutrack-plan import FILE... [--dry-run] [--url URL] [--user USER]}: imports plan files through the command
 * side's {@code POST /api/plan-imports}, one file at a time, and prints what was recorded or every error as
 * {@code file:line:column: field: message}. It authenticates with HTTP Basic as {@code --user} (default
 * {@code $EDUTRACK_USER}, an administrator whose jurisdiction covers the file's) with the password of
 * {@code $EDUTRACK_PASSWORD}, else asked for on the console; a password is never a command-line argument (other users
 * of the machine can read those). Exit status: 0 all imported (or all valid, for a dry run), 1 a file was refused
 * (nothing of that file was recorded; also 403, a file outside the user's jurisdiction), 2 wrong usage, no
 * credentials, credentials refused (401) or the command side could not be reached.
 */
public final class PlanImportCli {

    static final String DEFAULT_URL = "http://localhost:8081";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Function<String, char[]> passwordPrompt;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** With the process environment, and the console (when there is one) to ask for a password. */
    public PlanImportCli(PrintStream out, PrintStream err) {
        this(out, err, System.getenv(), BasicCredentials::askConsole);
    }

    /**
     * @param env            where {@code EDUTRACK_USER}, {@code EDUTRACK_PASSWORD} and {@code EDUTRACK_COMMAND_URL}
     *                       are read
     * @param passwordPrompt asks for the password of the user it is given; null when it cannot (no console)
     */
    public PlanImportCli(PrintStream out, PrintStream err, Map<String, String> env,
                         Function<String, char[]> passwordPrompt) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.passwordPrompt = passwordPrompt;
    }

    public static void main(String[] args) {
        System.exit(new PlanImportCli(System.out, System.err).run(args));
    }

    /** Runs one command line; answers the exit status. */
    public int run(String[] args) {
        List<Path> files = new ArrayList<>();
        boolean dryRun = false;
        String url = env.getOrDefault("EDUTRACK_COMMAND_URL", DEFAULT_URL);
        String user = env.get("EDUTRACK_USER");
        if (args.length == 0 || !args[0].equals("import")) {
            return usage();
        }
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--dry-run" -> dryRun = true;
                case "--url" -> {
                    if (++i == args.length) {
                        return usage();
                    }
                    url = args[i];
                }
                case "--user", "-u" -> {
                    if (++i == args.length) {
                        return usage();
                    }
                    user = args[i];
                }
                case "--password", "-p" -> {
                    err.println(BasicCredentials.PASSWORD_ARGUMENT_REFUSED);
                    return 2;
                }
                case "--help", "-h" -> {
                    return usage();
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        return usage();
                    }
                    files.add(Path.of(args[i]));
                }
            }
        }
        if (files.isEmpty()) {
            return usage();
        }
        String authorization = BasicCredentials.authorization(user, env, passwordPrompt, err,
                "who imports? --user USER or EDUTRACK_USER (an administrator, e.g. admin-handan in local mode)");
        if (authorization == null) {
            return 2;
        }
        int status = 0;
        for (Path file : files) {
            status = Math.max(status, importOne(file, url, authorization, dryRun));
            if (status == 2) {
                break;
            }
        }
        return status;
    }

    private int importOne(Path file, String url, String authorization, boolean dryRun) {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
            return 2;
        } catch (IOException e) {
            err.println(file + ": cannot be read: " + e.getMessage());
            return 2;
        }
        String name = file.getFileName().toString();
        URI uri = URI.create(url.replaceAll("/+$", "") + "/api/plan-imports?fileName="
                + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&dryRun=" + dryRun);
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/yaml")
                    .header("Authorization", authorization)
                    .timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            err.println("cannot reach the command side at " + url + " (is it running? see --url)");
            return 2;
        } catch (IOException e) {
            err.println("request to " + url + " failed: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
        JsonNode json = parse(response.body());
        int code = response.statusCode();
        if (code == 200 || code == 201) {
            printResult(name, json);
            return 0;
        }
        if ((code == 422 || code == 409) && json != null && json.has("errors")) {
            err.println(name + ": " + text(json, "title"));
            for (JsonNode error : json.get("errors")) {
                err.println(formatError(name, error));
            }
            return 1;
        }
        if (code == 401) {
            err.println(name + ": not imported: the command side did not accept the credentials"
                    + (json != null && json.has("detail") ? " (" + text(json, "detail") + ")" : "")
                    + "; check --user / EDUTRACK_USER and EDUTRACK_PASSWORD");
            return 2;
        }
        if (code == 403) {
            err.println(name + ": not imported: forbidden"
                    + (json != null && json.has("rule") ? " (" + text(json, "rule") + ")" : "")
                    + (json != null && json.has("detail") ? ": " + text(json, "detail") : ""));
            if (json != null && json.has("errors")) {
                for (JsonNode error : json.get("errors")) {
                    err.println(formatError(name, error));
                }
            }
            return 1;
        }
        err.println(name + ": HTTP " + code + (json != null && json.has("detail") ? ": " + text(json, "detail") : ""));
        return code >= 500 ? 2 : 1;
    }

    /** {@code file:line:column: field: message}; line and column only when the error has them. */
    static String formatError(String fileName, JsonNode error) {
        StringBuilder line = new StringBuilder(error.has("file") ? text(error, "file") : fileName);
        if (error.has("line")) {
            line.append(':').append(error.get("line").asInt()).append(':').append(error.get("column").asInt());
        }
        String field = text(error, "field");
        line.append(": ").append(field == null || field.isEmpty() ? "(document)" : field).append(": ");
        String message = text(error, "message");
        String rule = text(error, "rule");
        if (rule != null && message != null && !message.startsWith(rule)) {
            line.append(rule).append(": ");
        }
        return line.append(message).toString();
    }

    private void printResult(String name, JsonNode json) {
        boolean dryRun = json.get("dryRun").asBoolean();
        if (json.get("unchanged").asBoolean()) {
            out.println(name + ": plan " + text(json, "planId") + (dryRun ? " would not change" : " unchanged")
                    + ": already imported as it is");
            return;
        }
        out.printf("%s: plan %s %s %d event(s): %d target revision(s), %d indicator revision(s), %d project(s) registered%n",
                name, text(json, "planId"), dryRun ? "would record" : "recorded", json.get("eventsRecorded").asInt(),
                json.get("targetRevisions").asInt(), json.get("indicatorTargetRevisions").asInt(),
                json.get("projectsRegistered").asInt());
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }

    private int usage() {
        err.println("""
                usage: edutrack-plan import FILE... [--dry-run] [--url URL] [--user USER]
                  Imports plan files (docs/plan-files.md) through the command side, all or nothing per file.
                  --dry-run  check the files and report what would be recorded; record nothing
                  --url      the command side (default $EDUTRACK_COMMAND_URL or http://localhost:8081)
                  --user     who imports: an administrator whose jurisdiction covers the file's (default $EDUTRACK_USER)
                  the password: $EDUTRACK_PASSWORD, else asked for on the console (never an argument)
                exit status: 0 imported, 1 a file was refused (errors printed; nothing of it recorded; 403 outside the
                user's jurisdiction), 2 usage, credentials missing or refused (401), or connection error""");
        return 2;
    }
}
