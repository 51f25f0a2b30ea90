package cn.edutrack.command.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.support.Requests;
import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.project.ProgressReported;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.security.JurisdictionScope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit exports: round trip of JSON Lines and CSV, the jurisdiction log's rows, access, streaming. */
class AuditExportIT extends AuditTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final String TRICKY_TITLE = "XX区第三实验幼儿园, \\\"新建\\\"工程\\n二期";
    private static final String XXQ = "CN-45/XX市/XX区";

    @Autowired
    HistoryExport export;

    @Autowired
    DataSource dataSource;

    // ------------------------------------------------------------------ round trip

    /** The tricky title as it reads once decoded from JSON. */
    private static final String TRICKY_TEXT = "XX区第三实验幼儿园, \"新建\"工程\n二期";

    /**
     * A project whose title, and the comment of its registration, hold Chinese text, a comma, quotes and a newline;
     * five events.
     */
    private String recordTrickyProject() {
        return recordProject(Requests.register(Requests.newProjectId(), "NEW_BUILD")
                .replace("XX区第三实验幼儿园新建工程", TRICKY_TITLE)
                .replaceFirst("\\{", Matcher.quoteReplacement("{\"comment\": \"" + TRICKY_TITLE + "\", ")));
    }

    @Test
    void the_json_lines_export_reads_back_to_the_stored_history() {
        String id = recordTrickyProject();
        HttpResponse<byte[]> response = download(AUDITOR, "/api/audit/projects/" + id + "/history", Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"" + id + "-history.jsonl\"");
        byte[] body = response.body();
        assertThat(body[0]).isEqualTo((byte) '{'); // no BOM
        String text = new String(body, UTF_8);
        assertThat(text).endsWith("\n");
        List<JsonNode> lines = text.lines().map(JSON::readTree).toList();

        List<StoredEvent> stored = rows(id);
        assertThat(lines).hasSize(stored.size()).hasSize(5);
        Map<Long, String> seals = sealsByGlobalIndex(id);
        for (int i = 0; i < stored.size(); i++) {
            StoredEvent row = stored.get(i);
            JsonNode line = lines.get(i);
            assertThat(line.get("globalIndex").asLong()).isEqualTo(row.globalIndex());
            assertThat(line.get("aggregateId").asString()).isEqualTo(id);
            assertThat(line.get("sequenceNumber").asLong()).isEqualTo(i).isEqualTo(row.sequenceNumber());
            assertThat(line.get("eventId").asString()).isEqualTo(row.eventIdentifier());
            assertThat(line.get("payload")).isEqualTo(JSON.readTree(row.payload()));
            JsonNode metadata = JSON.readTree(row.metadata());
            assertThat(line.get("actorUserId").asString()).isEqualTo("manager-xxq")
                    .isEqualTo(metadata.get("actorUserId").asString());
            assertThat(line.get("actorRole").asString()).isEqualTo("MANAGER");
            assertThat(line.get("actorOrganisation").asString()).isEqualTo("ORG-XXQ-JYJ");
            assertThat(line.get("actorJurisdiction").asString()).isEqualTo(XXQ);
            assertThat(line.get("traceId").asString()).isEqualTo(text(metadata, "traceId"));
            assertThat(line.get("correlationId").asString()).isEqualTo(text(metadata, "correlationId"));
            assertThat(line.get("causationId").asString()).isNotEmpty().isEqualTo(text(metadata, "causationId"));
            assertThat(line.get("requestId").asString()).isNotEmpty().isEqualTo(text(metadata, "requestId"));
            assertThat(line.get("comment").asString()).isEqualTo(i == 0 ? TRICKY_TEXT : "");
            assertThat(line.get("sealHash").asString()).isNotEmpty().isEqualTo(seals.get(row.globalIndex()));
            assertThat(line.get("businessDate").asString()).isEqualTo(line.get("payload").get("businessDate").asString());
            assertThat(line.get("recordedAt").asString()).isEqualTo(line.get("payload").get("recordedAt").asString());
        }
        assertThat(lines.get(0).get("type").asString())
                .isEqualTo(EventCatalog.of(ProjectRegistered.class).ceType());
        assertThat(lines.get(4).get("type").asString()).isEqualTo(EventCatalog.of(ProgressReported.class).ceType());
        assertThat(lines.get(0).get("payload").get("title").asString()).isEqualTo("XX区第三实验幼儿园, \"新建\"工程\n二期");
    }

    @Test
    void the_csv_export_starts_with_a_bom_and_reads_back_to_the_stored_history() {
        String id = recordTrickyProject();
        HttpResponse<byte[]> response = download("auditor-xxq", "/api/audit/projects/" + id + "/history?format=csv",
                Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"" + id + "-history.csv\"");
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, UTF_8);
        assertThat(text).endsWith("\r\n");

        List<List<String>> records = parseCsv(text);
        assertThat(records.get(0)).isEqualTo(HistoryExport.COLUMNS);
        List<StoredEvent> stored = rows(id);
        assertThat(records).hasSize(stored.size() + 1);
        Map<Long, String> seals = sealsByGlobalIndex(id);
        for (int i = 0; i < stored.size(); i++) {
            StoredEvent row = stored.get(i);
            Map<String, String> record = asMap(records.get(0), records.get(i + 1));
            assertThat(record.get("globalIndex")).isEqualTo(Long.toString(row.globalIndex()));
            assertThat(record.get("sequenceNumber")).isEqualTo(Long.toString(i));
            assertThat(record.get("eventId")).isEqualTo(row.eventIdentifier());
            assertThat(record.get("payload")).isEqualTo(new String(row.payload(), UTF_8));
            assertThat(JSON.readTree(record.get("payload"))).isEqualTo(JSON.readTree(row.payload()));
            assertThat(record.get("actorUserId")).isEqualTo("manager-xxq");
            assertThat(record.get("actorOrganisation")).isEqualTo("ORG-XXQ-JYJ");
            assertThat(record.get("sealHash")).isNotEmpty().isEqualTo(seals.get(row.globalIndex()));
            JsonNode metadata = JSON.readTree(row.metadata());
            assertThat(record.get("causationId")).isNotEmpty().isEqualTo(text(metadata, "causationId"));
            assertThat(record.get("requestId")).isNotEmpty().isEqualTo(text(metadata, "requestId"));
            assertThat(record.get("comment")).isEqualTo(i == 0 ? TRICKY_TEXT : "");
        }
        assertThat(records.get(1).get(4)).isEqualTo(EventCatalog.of(ProjectRegistered.class).ceType());
        assertThat(records.get(0)).containsSubsequence("correlationId", "causationId", "requestId", "comment", "sealHash",
                "payload");

        // Accept: text/csv chooses CSV too; the JSON Lines and CSV exports carry the same rows
        HttpResponse<byte[]> accepted = download(AUDITOR, "/api/audit/projects/" + id + "/history",
                Map.of("Accept", "text/csv"));
        assertThat(accepted.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(parseCsv(new String(accepted.body(), 3, accepted.body().length - 3, UTF_8))).isEqualTo(records);
    }

    @Test
    void csv_fields_are_quoted_as_rfc_4180_says() {
        assertThat(HistoryExport.csvField("plain")).isEqualTo("plain");
        assertThat(HistoryExport.csvField("a,b")).isEqualTo("\"a,b\"");
        assertThat(HistoryExport.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(HistoryExport.csvField("line\r\nbreak")).isEqualTo("\"line\r\nbreak\"");
        String tricky = "幼儿园, \"新建\"\n二期";
        assertThat(parseCsv(HistoryExport.csvField(tricky) + ",x\r\n")).containsExactly(List.of(tricky, "x"));
    }

    // ------------------------------------------------------------------ the jurisdiction's audit log

    @Test
    void the_jurisdiction_log_holds_exactly_the_events_of_the_projects_it_covers() {
        String xx1 = recordProject();
        String xx2 = recordTrickyProject();
        String yy = recordProject(Requests.register(Requests.newProjectId(), "NEW_BUILD")
                .replace(XXQ, "CN-45/XX市/YY区").replace("ORG-XXQ-JYJ", "ORG-YYQ-JYJ"));

        List<JsonNode> district = jsonLines("auditor-xxq",
                "/api/audit/jurisdictions/history?code=" + URLEncoder.encode(XXQ, UTF_8));
        assertExactlyTheProjectsOf(XXQ, district);
        Set<String> districtIds = aggregateIds(district);
        assertThat(districtIds).contains(xx1, xx2).doesNotContain(yy);
        assertThat(district.stream().filter(line -> line.get("aggregateId").asString().equals(xx2))).hasSize(5);

        // without a code: the caller's own jurisdiction
        assertThat(jsonLines("auditor-xxq", "/api/audit/jurisdictions/history")).isEqualTo(district);

        // the city's log holds both districts', in CSV too
        String city = "CN-45/XX市";
        List<JsonNode> cityLog = jsonLines("supervisor-xxs",
                "/api/audit/jurisdictions/history?code=" + URLEncoder.encode(city, UTF_8));
        assertExactlyTheProjectsOf(city, cityLog);
        assertThat(aggregateIds(cityLog)).contains(xx1, xx2, yy);
        HttpResponse<byte[]> csv = download("admin-xxs",
                "/api/audit/jurisdictions/history?format=csv&code=" + URLEncoder.encode(city, UTF_8), Map.of());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).isEqualTo(
                "attachment; filename=\"CN-45_XX_-audit-log.csv\"; filename*=UTF-8''CN-45_XX%E5%B8%82-audit-log.csv");
        List<List<String>> records = parseCsv(new String(csv.body(), 3, csv.body().length - 3, UTF_8));
        assertThat(records).hasSize(cityLog.size() + 1);
        for (int i = 0; i < cityLog.size(); i++) {
            assertThat(records.get(i + 1).get(0)).isEqualTo(cityLog.get(i).get("globalIndex").asString());
        }
    }

    /** The log holds every row of every project registered in the scope, nothing else, by global index. */
    private void assertExactlyTheProjectsOf(String scope, List<JsonNode> log) {
        List<Long> expected = new ArrayList<>();
        Set<String> inScope = new LinkedHashSet<>();
        jdbc.sql("SELECT aggregateidentifier, payload FROM domainevententry WHERE sequencenumber = 0 AND type = 'Project'")
                .query((rs, n) -> {
                    JsonNode payload = JSON.readTree(rs.getBytes(2));
                    if (payload.hasNonNull("jurisdiction")
                            && JurisdictionScope.covers(scope, payload.get("jurisdiction").asString())) {
                        inScope.add(rs.getString(1));
                    }
                    return null;
                }).list();
        jdbc.sql("SELECT aggregateidentifier, globalindex FROM domainevententry ORDER BY globalindex")
                .query((rs, n) -> {
                    if (inScope.contains(rs.getString(1))) {
                        expected.add(rs.getLong(2));
                    }
                    return null;
                }).list();
        assertThat(log.stream().map(line -> line.get("globalIndex").asLong()).toList()).isEqualTo(expected);
        assertThat(aggregateIds(log)).isEqualTo(inScope);
    }

    // ------------------------------------------------------------------ access

    @Test
    void exports_are_refused_outside_the_callers_role_and_scope() {
        String xx = recordProject();
        String yy = recordProject(Requests.register(Requests.newProjectId(), "NEW_BUILD")
                .replace(XXQ, "CN-45/XX市/YY区").replace("ORG-XXQ-JYJ", "ORG-YYQ-JYJ"));
        String project = "/api/audit/projects/" + xx + "/history";
        String log = "/api/audit/jurisdictions/history?code=" + URLEncoder.encode(XXQ, UTF_8);

        assertThat(getAs(null, project).status()).isEqualTo(401);
        assertThat(getAs(null, log).status()).isEqualTo(401);
        for (String path : List.of(project, log)) {
            Answer manager = getAs(MANAGER, path);
            assertThat(manager.status()).isEqualTo(403);
            assertThat(manager.rule()).isEqualTo("role-may-not");
        }
        Answer sibling = getAs("auditor-xxq", "/api/audit/projects/" + yy + "/history");
        assertThat(sibling.status()).isEqualTo(403);
        assertThat(sibling.rule()).isEqualTo("outside-jurisdiction");
        for (String code : List.of("CN-45/XX市/YY区", "CN-45/XX市", "CN")) {
            Answer answer = getAs("auditor-xxq", "/api/audit/jurisdictions/history?code=" + URLEncoder.encode(code, UTF_8));
            assertThat(answer.status()).as(code).isEqualTo(403);
            assertThat(answer.rule()).as(code).isEqualTo("outside-jurisdiction");
        }
        assertThat(getAs("supervisor-yyq", project).status()).isEqualTo(403);
        assertThat(getAs("supervisor-xxs", project).status()).isEqualTo(200);
        assertThat(getAs("admin-handan", project).status()).isEqualTo(403);

        assertThat(getAs(AUDITOR, "/api/audit/projects/" + Requests.newProjectId() + "/history").status())
                .isEqualTo(404);
        assertThat(getAs(AUDITOR, "/api/audit/projects/not-a-project/history").status()).isEqualTo(404);
        Answer badFormat = getAs(AUDITOR, project + "?format=xml");
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.body().get("errors").get(0).get("field").asString()).isEqualTo("format");
    }

    // ------------------------------------------------------------------ streaming

    /**
     * Rows are written while the PostgreSQL cursor reads them: in the middle of a 1,505-row export (more than three
     * fetches of 500), when the first 64 KiB reach the output, the cursor (a portal of the export's transaction,
     * listed in {@code pg_cursors}) is still open and fewer rows than the project has have been written. An export
     * that read all rows first (a list, or a driver without a cursor) fails here.
     */
    @Test
    void an_export_writes_rows_while_the_cursor_reads_them() {
        String id = recordProject();
        int copies = 1500;
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                      metadata, payload, payloadrevision, payloadtype, timestamp)
                        SELECT aggregateidentifier, 4 + n, type, gen_random_uuid()::text, metadata, payload,
                               payloadrevision, payloadtype, timestamp
                        FROM domainevententry, generate_series(1, :copies) AS n
                        WHERE aggregateidentifier = :id AND sequencenumber = 4""")
                .param("id", id).param("copies", copies).update();
        int total = copies + 5;

        AtomicReference<List<String>> cursorsMidway = new AtomicReference<>();
        AtomicReference<Boolean> autoCommitMidway = new AtomicReference<>();
        AtomicBoolean checked = new AtomicBoolean();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        AtomicReference<String> writtenMidway = new AtomicReference<>();
        OutputStream probe = new OutputStream() {
            @Override
            public void write(int b) {
                written.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written.write(b, off, len);
                if (written.size() > 1000 && checked.compareAndSet(false, true)) {
                    // on the export's thread, inside its transaction: the same connection
                    Connection connection = DataSourceUtils.getConnection(dataSource);
                    try {
                        autoCommitMidway.set(connection.getAutoCommit());
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    } finally {
                        DataSourceUtils.releaseConnection(connection, dataSource);
                    }
                    cursorsMidway.set(jdbc.sql("SELECT statement FROM pg_cursors").query(String.class).list());
                    writtenMidway.set(written.toString(UTF_8));
                }
            }
        };
        try {
            export.project(id, HistoryExport.Format.JSONL, probe);
        } finally {
            jdbc.sql("DELETE FROM domainevententry WHERE aggregateidentifier = :id AND sequencenumber > 4")
                    .param("id", id).update();
        }

        assertThat(checked).isTrue();
        assertThat(autoCommitMidway.get()).isFalse();
        assertThat(cursorsMidway.get()).anySatisfy(statement -> assertThat(statement).contains("domainevententry d"));
        long linesMidway = writtenMidway.get().chars().filter(c -> c == '\n').count();
        assertThat(linesMidway).isPositive().isLessThan(total);
        assertThat(written.toString(UTF_8).lines().count()).isEqualTo(total);
    }

    // ------------------------------------------------------------------ helpers

    private HttpResponse<byte[]> download(String user, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> jsonLines(String user, String path) {
        HttpResponse<byte[]> response = download(user, path, Map.of());
        assertThat(response.statusCode()).as(new String(response.body(), UTF_8)).isEqualTo(200);
        return new String(response.body(), UTF_8).lines().map(JSON::readTree).toList();
    }

    private static Set<String> aggregateIds(List<JsonNode> lines) {
        Set<String> ids = new LinkedHashSet<>();
        lines.forEach(line -> ids.add(line.get("aggregateId").asString()));
        return ids;
    }

    private Map<Long, String> sealsByGlobalIndex(String id) {
        Map<Long, String> seals = new java.util.HashMap<>();
        jdbc.sql("SELECT global_index, hash FROM event_seal WHERE aggregate_id = :id").param("id", id)
                .query((rs, n) -> seals.put(rs.getLong(1), rs.getString(2))).list();
        return seals;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : "";
    }

    private static Map<String, String> asMap(List<String> header, List<String> record) {
        assertThat(record).hasSameSizeAs(header);
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            map.put(header.get(i), record.get(i));
        }
        return map;
    }

    /** A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes; a bare CR or LF fails. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("unterminated quoted field");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(q);
                    i++;
                }
                if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after a quoted field at " + i);
                }
                continue;
            }
            if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("a CR without LF at " + i);
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '\n' || c == '"') {
                throw new IllegalArgumentException("a bare " + (c == '\n' ? "LF" : "quote") + " at " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            throw new IllegalArgumentException("the last record does not end with CRLF");
        }
        return records;
    }
}
