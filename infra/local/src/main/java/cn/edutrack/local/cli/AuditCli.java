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
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code edutrack-audit}: the auditor's tamper-evidence tool, a client of the command side's {@code /api/audit/...}.
 * <ul>
 *   <li>{@code verify --project ID} / {@code verify --plan ID}: checks one aggregate's stored events (their seals and
 *       hash chain); prints {@code ID: intact (...)} or each problem as {@code <aggregate>#<sequence>: <KIND>: <detail>};</li>
 *   <li>{@code checkpoint --out FILE [--force]}: has the command side make a checkpoint (a Merkle root over every
 *       aggregate's head) and writes the checkpoint file exactly as answered, to be kept outside the system; refuses
 *       to overwrite an existing file without {@code --force};</li>
 *   <li>{@code fetch ID --out FILE [--force]}: downloads an existing checkpoint file;</li>
 *   <li>{@code checkpoints}: lists the checkpoints, newest first;</li>
 *   <li>{@code history --project ID}: the project's history from the query side, each event with who recorded it,
 *       when, why, what it corrects, and the fields it changed;</li>
 *   <li>{@code as-of --project ID [--date D] [--known-at T]}: the project's state on a business date as known at a
 *       recording time; {@code --from D1 --to D2}: the fields that differ between two dates;</li>
 *   <li>{@code export --project ID | --jurisdiction CODE --out FILE [--format jsonl|csv] [--force]}: downloads a
 *       project's history or a jurisdiction's audit log as streamed by the command side; FILE appears only when the
 *       whole export arrived;</li>
 *   <li>{@code verify --checkpoint FILE}: sends a kept checkpoint file back; prints whether the file is consistent
 *       and its root matches, the aggregates checked, and each problem.</li>
 * </ul>
 * Credentials as for {@code edutrack-plan} ({@link BasicCredentials}). Exit status: 0 intact (or done), 1 problems
 * found (an aggregate or the checkpoint is not intact), 2 wrong usage, no credentials, credentials refused (401),
 * forbidden (403), unknown project, plan or checkpoint (404), a malformed checkpoint file (400), an unreadable or
 * existing file, or the command side could not be reached or failed.
 */
public final class AuditCli {

    static final String DEFAULT_URL = PlanImportCli.DEFAULT_URL;
    static final String DEFAULT_QUERY_URL = "http://localhost:8082";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Function<String, char[]> passwordPrompt;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** With the process environment, and the console (when there is one) to ask for a password. */
    public AuditCli(PrintStream out, PrintStream err) {
        this(out, err, System.getenv(), BasicCredentials::askConsole);
    }

    /**
     * @param env            where {@code EDUTRACK_USER}, {@code EDUTRACK_PASSWORD} and {@code EDUTRACK_COMMAND_URL}
     *                       are read
     * @param passwordPrompt asks for the password of the user it is given; null when it cannot (no console)
     */
    public AuditCli(PrintStream out, PrintStream err, Map<String, String> env, Function<String, char[]> passwordPrompt) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.passwordPrompt = passwordPrompt;
    }

    public static void main(String[] args) {
        System.exit(new AuditCli(System.out, System.err).run(args));
    }

    /** What one command line asks for. */
    private static final class Options {
        String command;
        String url;
        String queryUrl;
        String user;
        String project;
        String plan;
        String jurisdiction;
        String format;
        String date;
        String knownAt;
        String from;
        String to;
        Path checkpointFile;
        Path outFile;
        boolean force;
        final List<String> positional = new ArrayList<>();
    }

    /** Runs one command line; answers the exit status. */
    public int run(String[] args) {
        if (args.length == 0) {
            return usage(null);
        }
        Options o = new Options();
        o.command = args[0];
        o.url = env.getOrDefault("EDUTRACK_COMMAND_URL", DEFAULT_URL);
        o.queryUrl = env.getOrDefault("EDUTRACK_QUERY_URL", DEFAULT_QUERY_URL);
        o.user = env.get("EDUTRACK_USER");
        if (o.command.equals("--help") || o.command.equals("-h") || o.command.equals("help")) {
            return usage(null);
        }
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--password", "-p" -> {
                    err.println(BasicCredentials.PASSWORD_ARGUMENT_REFUSED);
                    return 2;
                }
                case "--help", "-h" -> {
                    return usage(null);
                }
                case "--force" -> o.force = true;
                case "--url", "--query-url", "--user", "-u", "--project", "--plan", "--jurisdiction", "--format",
                     "--date", "--known-at", "--from", "--to", "--checkpoint", "--out", "-o" -> {
                    if (++i == args.length || args[i].isBlank() || args[i].startsWith("--")) {
                        return usage(arg + " needs a value");
                    }
                    String value = args[i];
                    switch (arg) {
                        case "--url" -> o.url = value;
                        case "--query-url" -> o.queryUrl = value;
                        case "--date" -> o.date = value;
                        case "--known-at" -> o.knownAt = value;
                        case "--from" -> o.from = value;
                        case "--to" -> o.to = value;
                        case "--user", "-u" -> o.user = value;
                        case "--project" -> o.project = value;
                        case "--plan" -> o.plan = value;
                        case "--jurisdiction" -> o.jurisdiction = value;
                        case "--format" -> o.format = value;
                        case "--checkpoint" -> o.checkpointFile = Path.of(value);
                        default -> o.outFile = Path.of(value);
                    }
                }
                default -> {
                    if (arg.startsWith("-")) {
                        return usage("unknown option " + arg);
                    }
                    o.positional.add(arg);
                }
            }
        }
        return switch (o.command) {
            case "verify" -> verify(o);
            case "checkpoint" -> checkpoint(o);
            case "fetch" -> fetch(o);
            case "checkpoints", "list" -> list(o);
            case "export" -> export(o);
            case "history" -> history(o);
            case "as-of" -> asOf(o);
            default -> usage("unknown command " + o.command);
        };
    }

    // ---- verify ------------------------------------------------------------------------------------------------

    private int verify(Options o) {
        int targets = (o.project != null ? 1 : 0) + (o.plan != null ? 1 : 0) + (o.checkpointFile != null ? 1 : 0);
        if (targets != 1 || !o.positional.isEmpty() || o.outFile != null || o.force) {
            return usage("verify takes exactly one of --project ID, --plan ID, --checkpoint FILE");
        }
        if (o.checkpointFile != null) {
            return verifyCheckpoint(o);
        }
        String kind = o.project != null ? "project" : "plan";
        String id = o.project != null ? o.project : o.plan;
        String authorization = authorization(o);
        if (authorization == null) {
            return 2;
        }
        Answer answer = send(o.url, authorization, HttpRequest.newBuilder(
                uri(o.url, "/api/audit/" + kind + "s/" + segment(id) + "/verification")).GET());
        if (answer == null) {
            return 2;
        }
        if (answer.status != 200 || answer.json == null) {
            return refused(answer, kind + " " + id + ": not verified", kind + " " + id);
        }
        JsonNode json = answer.json;
        String aggregate = text(json, "aggregateId") != null ? text(json, "aggregateId") : id;
        List<JsonNode> problems = list(json.get("problems"));
        boolean intact = bool(json, "intact") && problems.isEmpty();
        if (intact) {
            out.println(aggregate + ": intact (" + count(json, "events") + " event(s), " + sealed(json) + ")");
            return 0;
        }
        for (JsonNode problem : problems) {
            out.println(formatProblem(aggregate, problem));
        }
        err.println(aggregate + ": NOT intact: " + problems.size() + " problem(s) in " + count(json, "events")
                + " event(s)");
        return 1;
    }

    private int verifyCheckpoint(Options o) {
        byte[] file = read(o.checkpointFile);
        if (file == null) {
            return 2;
        }
        String authorization = authorization(o);
        if (authorization == null) {
            return 2;
        }
        Answer answer = send(o.url, authorization, HttpRequest.newBuilder(uri(o.url, "/api/audit/verifications"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
        if (answer == null) {
            return 2;
        }
        String name = o.checkpointFile.toString();
        if (answer.status != 200 || answer.json == null) {
            return refused(answer, name + ": not verified", "checkpoint");
        }
        JsonNode json = answer.json;
        boolean fileConsistent = bool(json, "fileConsistent");
        boolean rootMatches = bool(json, "rootMatches");
        List<JsonNode> problems = list(json.get("problems"));
        boolean intact = bool(json, "intact") && fileConsistent && rootMatches && problems.isEmpty();
        out.println("checkpoint " + text(json, "checkpointId") + " (" + name + "): "
                + (fileConsistent ? "file consistent" : "FILE INCONSISTENT (its leaves do not make its root)") + ", "
                + (rootMatches ? "root matches" : "ROOT DOES NOT MATCH") + ", "
                + count(json, "aggregatesChecked") + " aggregate(s) checked: "
                + (intact ? "intact" : "NOT intact, " + problems.size() + " problem(s)"));
        for (JsonNode problem : problems) {
            out.println(formatProblem(null, problem));
        }
        return intact ? 0 : 1;
    }

    /**
     * {@code <aggregate>#<sequence>: <KIND>: <detail>}; without a sequence number (a missing aggregate, a differing
     * head) {@code <aggregate>: <KIND>: <detail>}.
     */
    static String formatProblem(String aggregate, JsonNode problem) {
        String id = text(problem, "aggregateId") != null ? text(problem, "aggregateId") : aggregate;
        StringBuilder line = new StringBuilder(id == null ? "(checkpoint)" : id);
        JsonNode sequence = problem.get("sequenceNumber");
        if (sequence != null && !sequence.isNull()) {
            line.append('#').append(sequence.asString());
        }
        line.append(": ").append(text(problem, "kind"));
        String detail = text(problem, "detail");
        if (detail != null && !detail.isEmpty()) {
            line.append(": ").append(detail);
        }
        return line.toString();
    }

    // ---- reading: history and as-of (query side) ---------------------------------------------------------------

    /**
     * A project's history from the query side: each event with its business date, when and by whom it was recorded,
     * the user's comment, what it corrects or was corrected by, and the fields it changed ({@code before → after}).
     */
    private int history(Options o) {
        if (o.project == null || !o.positional.isEmpty() || o.plan != null || o.checkpointFile != null
                || o.outFile != null || o.date != null || o.knownAt != null) {
            return usage("history takes --project ID");
        }
        String authorization = authorization(o);
        if (authorization == null) {
            return 2;
        }
        Answer answer = sendToQuerySide(o, authorization, "/api/projects/" + segment(o.project) + "/history");
        if (answer == null) {
            return 2;
        }
        if (answer.status != 200 || answer.json == null) {
            return refused(answer, "project " + o.project + ": no history", "project " + o.project);
        }
        List<JsonNode> events = list(answer.json.get("events"));
        out.println(o.project + ": " + events.size() + " event(s), version " + count(answer.json, "version"));
        for (JsonNode event : events) {
            StringBuilder line = new StringBuilder("#").append(count(event, "sequence")).append("  ")
                    .append(count(event, "businessDate")).append("  ").append(text(event, "type"))
                    .append("  recorded ").append(count(event, "recordedAt"));
            JsonNode by = event.get("recordedBy");
            if (by != null && by.isObject()) {
                line.append(" by ").append(text(by, "userId")).append(" (").append(text(by, "role")).append(", ")
                        .append(text(by, "organisation")).append(')');
            }
            if (event.hasNonNull("corrects")) {
                line.append("  corrects #").append(count(event, "corrects"));
            }
            List<JsonNode> correctedBy = list(event.get("correctedBy"));
            if (!correctedBy.isEmpty()) {
                line.append("  corrected by ").append(String.join(", ",
                        correctedBy.stream().map(sequence -> "#" + sequence.asString()).toList()));
            }
            out.println(line);
            if (text(event, "summary") != null) {
                out.println("    " + text(event, "summary"));
            }
            if (text(event, "comment") != null) {
                out.println("    comment: " + text(event, "comment"));
            }
            for (JsonNode change : list(event.get("changes"))) {
                out.println("    " + text(change, "field") + ": " + value(change.get("before")) + " → "
                        + value(change.get("after")));
            }
        }
        return 0;
    }

    /**
     * A project's state as of a business date ({@code --date}, default today) as known at a recording time
     * ({@code --known-at}, default now); with {@code --from D1 --to D2}, the fields that differ between two dates.
     */
    private int asOf(Options o) {
        boolean compare = o.from != null || o.to != null;
        if (o.project == null || !o.positional.isEmpty() || o.plan != null || o.checkpointFile != null
                || o.outFile != null || compare && (o.from == null || o.to == null || o.date != null || o.knownAt != null)) {
            return usage("as-of takes --project ID [--date D] [--known-at T], or --project ID --from D1 --to D2");
        }
        String authorization = authorization(o);
        if (authorization == null) {
            return 2;
        }
        String path = "/api/projects/" + segment(o.project) + (compare
                ? "/as-of/compare?from=" + query(o.from) + "&to=" + query(o.to)
                : "/as-of" + parameters("date", o.date, "knownAt", o.knownAt));
        Answer answer = sendToQuerySide(o, authorization, path);
        if (answer == null) {
            return 2;
        }
        if (answer.status != 200 || answer.json == null) {
            return refused(answer, "project " + o.project + ": no state", "project " + o.project);
        }
        JsonNode json = answer.json;
        if (compare) {
            List<JsonNode> changes = list(json.get("changes"));
            out.println(o.project + " from " + text(json.get("from"), "date") + " to " + text(json.get("to"), "date")
                    + ": " + changes.size() + " field(s) differ");
            for (JsonNode change : changes) {
                out.println("  " + text(change, "field") + ": " + value(change.get("from")) + " → "
                        + value(change.get("to")));
            }
            return 0;
        }
        JsonNode project = json.get("project");
        out.println(o.project + " as of " + text(json, "date") + ", as known at " + text(json, "knownAt") + ": "
                + text(project, "status"));
        project.properties().forEach(field -> {
            if (!field.getValue().isNull() && !field.getKey().equals("projectId")
                    && !(field.getValue().isContainer() && field.getValue().isEmpty())) {
                out.println("  " + field.getKey() + ": " + value(field.getValue()));
            }
        });
        for (JsonNode funding : list(json.get("funding"))) {
            out.println("  funding " + text(funding, "source") + ": " + text(funding, "amount") + " 元 in "
                    + count(funding, "allocations") + " allocation(s)");
        }
        out.println("  events counted: " + sequences(json.get("counted")) + "; corrections applied: "
                + sequences(json.get("corrections")));
        return 0;
    }

    private Answer sendToQuerySide(Options o, String authorization, String path) {
        return send(o.queryUrl, "query side", "--query-url", authorization, HttpRequest.newBuilder(uri(o.queryUrl, path)).GET());
    }

    private static String parameters(String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                query.append(query.isEmpty() ? '?' : '&').append(namesAndValues[i]).append('=')
                        .append(query(namesAndValues[i + 1]));
            }
        }
        return query.toString();
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A JSON value as a reader wants it: text unquoted, null as "-", objects and arrays as JSON. */
    private static String value(JsonNode node) {
        if (node == null || node.isNull()) {
            return "-";
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }

    private static String sequences(JsonNode array) {
        List<JsonNode> items = list(array);
        return items.isEmpty() ? "none" : String.join(", ", items.stream().map(item -> "#" + item.asString()).toList());
    }

    // ---- export ------------------------------------------------------------------------------------------------

    /**
     * Downloads a project's history or a jurisdiction's audit log as the command side streams it (JSON Lines, or CSV
     * with a UTF-8 BOM), into a temporary file beside FILE that is moved into place only when complete: an export cut
     * short never leaves a FILE that looks whole.
     */
    private int export(Options o) {
        int targets = (o.project != null ? 1 : 0) + (o.jurisdiction != null ? 1 : 0);
        String format = o.format == null ? "jsonl" : o.format;
        if (targets != 1 || o.outFile == null || !o.positional.isEmpty() || o.plan != null || o.checkpointFile != null) {
            return usage("export takes exactly one of --project ID, --jurisdiction CODE, and --out FILE"
                    + " [--format jsonl|csv] [--force]");
        }
        if (!format.equals("jsonl") && !format.equals("csv")) {
            return usage("--format is jsonl or csv, not " + format);
        }
        if (!writable(o.outFile, o.force)) {
            return 2;
        }
        String authorization = authorization(o);
        if (authorization == null) {
            return 2;
        }
        String path = o.project != null
                ? "/api/audit/projects/" + segment(o.project) + "/history?format=" + format
                : "/api/audit/jurisdictions/history?format=" + format + "&code="
                        + URLEncoder.encode(o.jurisdiction, StandardCharsets.UTF_8);
        String subject = o.project != null ? "project " + o.project : "jurisdiction " + o.jurisdiction;
        Path target = o.outFile.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            HttpResponse<Path> response = http.send(HttpRequest.newBuilder(uri(o.url, path))
                            .header("Authorization", authorization)
                            .header("Accept", "application/x-ndjson, text/csv, application/problem+json")
                            .timeout(Duration.ofMinutes(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofFile(temporary));
            if (response.statusCode() != 200) {
                String body = Files.readString(temporary, StandardCharsets.UTF_8);
                return refused(new Answer(response.statusCode(), body, parse(body)), subject + ": not exported", subject);
            }
            long records = records(temporary, format);
            if (o.force) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(temporary, target);
            }
            out.println(subject + ": " + records + " event(s) exported as " + format + " to " + o.outFile);
            return 0;
        } catch (FileAlreadyExistsException e) {
            err.println(o.outFile + ": exists; not overwritten (--force to replace it)");
        } catch (ConnectException e) {
            err.println("cannot reach the command side at " + o.url + " (is it running? see --url)");
        } catch (IOException e) {
            err.println(subject + ": export failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(temporary);
        }
        return 2;
    }

    /**
     * The events in an export file: its records, less the CSV header. A CSV record ends at a line break outside
     * quotes (a quoted field may hold line breaks); a JSON Lines record is one non-empty line.
     */
    static long records(Path file, String format) throws IOException {
        long records = 0;
        boolean quoted = false;
        boolean content = false;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int c;
            while ((c = reader.read()) != -1) {
                if (c == '"' && format.equals("csv")) {
                    quoted = !quoted;
                } else if (c == '\n' && !quoted) {
                    records += content ? 1 : 0;
                    content = false;
                    continue;
                }
                content |= c != '\r';
            }
        }
        records += content ? 1 : 0;
        return format.equals("csv") ? Math.max(0, records - 1) : records;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    // ---- checkpoints -------------------------------------------------------------------------------------------

    private int checkpoint(Options o) {
        if (o.outFile == null || !o.positional.isEmpty() || o.project != null || o.plan != null
                || o.checkpointFile != null) {
            return usage("checkpoint takes --out FILE [--force]");
        }
        if (!writable(o.outFile, o.force)) {
            return 2;
        }
        String authorization = authorization(o);
        if (authorization == null) {
            return 2;
        }
        Answer answer = send(o.url, authorization, HttpRequest.newBuilder(uri(o.url, "/api/audit/checkpoints"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (answer == null) {
            return 2;
        }
        if (answer.status != 201 && answer.status != 200 || answer.json == null) {
            return refused(answer, "no checkpoint made", "checkpoint");
        }
        if (!write(o.outFile, answer.body, o.force)) {
            err.println("the checkpoint " + text(answer.json, "id") + " was made; fetch it with: edutrack-audit fetch "
                    + text(answer.json, "id") + " --out FILE");
            return 2;
        }
        printCheckpoint("made", answer.json, o.outFile);
        return 0;
    }

    private int fetch(Options o) {
        if (o.outFile == null || o.positional.size() != 1 || o.project != null || o.plan != null
                || o.checkpointFile != null) {
            return usage("fetch takes a checkpoint ID and --out FILE [--force]");
        }
        String id = o.positional.get(0);
        if (!writable(o.outFile, o.force)) {
            return 2;
        }
        String authorization = authorization(o);
        if (authorization == null) {
            return 2;
        }
        Answer answer = send(o.url, authorization,
                HttpRequest.newBuilder(uri(o.url, "/api/audit/checkpoints/" + segment(id))).GET());
        if (answer == null) {
            return 2;
        }
        if (answer.status != 200 || answer.json == null) {
            return refused(answer, "checkpoint " + id + ": not fetched", "checkpoint " + id);
        }
        if (!write(o.outFile, answer.body, o.force)) {
            return 2;
        }
        printCheckpoint("fetched", answer.json, o.outFile);
        return 0;
    }

    private int list(Options o) {
        if (!o.positional.isEmpty() || o.outFile != null || o.project != null || o.plan != null
                || o.checkpointFile != null || o.force) {
            return usage("checkpoints takes no arguments");
        }
        String authorization = authorization(o);
        if (authorization == null) {
            return 2;
        }
        Answer answer = send(o.url, authorization, HttpRequest.newBuilder(uri(o.url, "/api/audit/checkpoints")).GET());
        if (answer == null) {
            return 2;
        }
        if (answer.status != 200 || answer.json == null) {
            return refused(answer, "checkpoints not listed", "checkpoints");
        }
        JsonNode items = answer.json.isArray() ? answer.json : answer.json.get("items");
        for (JsonNode checkpoint : list(items)) {
            out.println(text(checkpoint, "id") + "  " + text(checkpoint, "createdAt") + "  by "
                    + text(checkpoint, "createdBy") + "  up to " + count(checkpoint, "upToGlobalIndex") + ": "
                    + count(checkpoint, "aggregateCount") + " aggregate(s), " + count(checkpoint, "eventCount")
                    + " event(s), root " + text(checkpoint, "merkleRoot"));
        }
        return 0;
    }

    private void printCheckpoint(String what, JsonNode json, Path file) {
        out.println("checkpoint " + text(json, "id") + " " + what + ", written to " + file);
        out.println("  created    " + text(json, "createdAt") + " by " + text(json, "createdBy"));
        out.println("  root       " + text(json, "merkleRoot"));
        out.println("  covers     " + count(json, "aggregateCount") + " aggregate(s), " + count(json, "eventCount")
                + " event(s), up to global index " + count(json, "upToGlobalIndex"));
    }

    // ---- files -------------------------------------------------------------------------------------------------

    private boolean writable(Path file, boolean force) {
        if (Files.isDirectory(file)) {
            err.println(file + ": is a directory");
            return false;
        }
        if (Files.exists(file) && !force) {
            err.println(file + ": exists; not overwritten (--force to replace it)");
            return false;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            err.println(file + ": no such directory " + parent);
            return false;
        }
        return true;
    }

    /** Writes the file exactly as answered: to a temporary file beside it, then moved into place. */
    private boolean write(Path file, String body, boolean force) {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            Files.writeString(temporary, body, StandardCharsets.UTF_8);
            if (force) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(temporary, target);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            err.println(file + ": exists; not overwritten (--force to replace it)");
        } catch (IOException e) {
            err.println(file + ": cannot be written: " + e.getMessage());
        } finally {
            deleteQuietly(temporary);
        }
        return false;
    }

    private byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
        } catch (IOException e) {
            err.println(file + ": cannot be read: " + e.getMessage());
        }
        return null;
    }

    // ---- HTTP --------------------------------------------------------------------------------------------------

    private record Answer(int status, String body, JsonNode json) {
    }

    private String authorization(Options o) {
        return BasicCredentials.authorization(o.user, env, passwordPrompt, err,
                "who checks? --user USER or EDUTRACK_USER (an auditor, e.g. auditor-cn in local mode)");
    }

    /** Sends one request to the command side; null after printing why it could not be sent or answered. */
    private Answer send(String url, String authorization, HttpRequest.Builder request) {
        return send(url, "command side", "--url", authorization, request);
    }

    /** Sends one request; null after printing why it could not be sent or answered. */
    private Answer send(String url, String side, String option, String authorization, HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.header("Authorization", authorization)
                            .header("Accept", "application/json, application/problem+json")
                            .timeout(Duration.ofMinutes(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            err.println("cannot reach the " + side + " at " + url + " (is it running? see " + option + ")");
            return null;
        } catch (IOException e) {
            err.println("request to " + url + " failed: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return new Answer(response.statusCode(), response.body(), parse(response.body()));
    }

    /** Prints a refusal or an unexpected answer; answers 2 (nothing was checked or made). */
    private int refused(Answer answer, String what, String subject) {
        JsonNode json = answer.json;
        String detail = json != null && json.isObject() && text(json, "detail") != null ? text(json, "detail") : null;
        String rule = json != null && json.isObject() ? text(json, "rule") : null;
        switch (answer.status) {
            case 401 -> err.println(what + ": the command side did not accept the credentials"
                    + (detail != null ? " (" + detail + ")" : "") + "; check --user / EDUTRACK_USER and EDUTRACK_PASSWORD");
            case 403 -> err.println(what + ": forbidden" + (rule != null ? " (" + rule + ")" : "")
                    + (detail != null ? ": " + detail : ""));
            case 404 -> err.println(what + ": no such " + subject + (detail != null ? " (" + detail + ")" : ""));
            case 200, 201 -> err.println(what + ": the command side's answer is not JSON (is --url the command side?)");
            default -> {
                err.println(what + ": HTTP " + answer.status + (detail != null ? ": " + detail : ""));
                if (json != null && json.isObject()) {
                    for (JsonNode error : list(json.get("errors"))) {
                        String field = text(error, "field");
                        String message = text(error, "message");
                        err.println("  " + (field == null || field.isEmpty() ? "(document)" : field) + ": "
                                + (message != null ? message : error.toString()));
                    }
                }
            }
        }
        return 2;
    }

    private static URI uri(String url, String path) {
        return URI.create(url.replaceAll("/+$", "") + path);
    }

    /** One path segment, percent-encoded (ids may hold any character). */
    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(items::add);
        }
        return items;
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json == null ? null : json.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }

    private static boolean bool(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node != null && node.isBoolean() && node.booleanValue();
    }

    /** {@code sealed} as a count of sealed events, or as a flag. */
    private static String sealed(JsonNode json) {
        JsonNode sealed = json.get("sealed");
        if (sealed != null && sealed.isBoolean()) {
            return sealed.booleanValue() ? "all sealed" : "not all sealed";
        }
        return count(json, "sealed") + " sealed";
    }

    private static String count(JsonNode json, String field) {
        String value = text(json, field);
        return value == null ? "?" : value;
    }

    private int usage(String problem) {
        if (problem != null) {
            err.println(problem);
        }
        err.println("""
                usage: edutrack-audit verify --project ID | --plan ID   check one aggregate's stored events
                       edutrack-audit checkpoint --out FILE [--force]      make a checkpoint; keep FILE outside the system
                       edutrack-audit fetch ID --out FILE [--force]        download an existing checkpoint file
                       edutrack-audit checkpoints                          list the checkpoints, newest first
                       edutrack-audit verify --checkpoint FILE             check everything against a kept checkpoint file
                       edutrack-audit history --project ID                 every event: who, when, why, what it changed
                       edutrack-audit as-of --project ID [--date D] [--known-at T]
                                                                           the state on business date D (default today) as
                                                                           known at T (a date or RFC 3339 time; default now)
                       edutrack-audit as-of --project ID --from D1 --to D2 the fields that differ between two dates
                       edutrack-audit export --project ID | --jurisdiction CODE --out FILE [--format jsonl|csv] [--force]
                                                                           download a project's history or a jurisdiction's
                                                                           audit log (CSV opens in Excel: UTF-8 with a BOM)
                  --url      the command side (default $EDUTRACK_COMMAND_URL or http://localhost:8081)
                  --query-url the query side, for history and as-of (default $EDUTRACK_QUERY_URL or http://localhost:8082)
                  --user     who checks: an auditor (default $EDUTRACK_USER); checkpoints need national scope (auditor-cn)
                  --force    replace an existing FILE
                  the password: $EDUTRACK_PASSWORD, else asked for on the console (never an argument)
                  problems are printed as <aggregate>#<sequence>: <KIND>: <detail>
                exit status: 0 intact (or done), 1 problems found (not intact), 2 usage, credentials missing or refused
                (401), forbidden (403), unknown id (404), malformed checkpoint file (400), an existing or unreadable file,
                or connection error""");
        return 2;
    }
}
