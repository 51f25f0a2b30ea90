package cn.edutrack.command.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.edutrack.command.metadata.MetadataKeys;
import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventType;
import cn.edutrack.security.Actor;
import cn.edutrack.security.JurisdictionScope;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit exports: a project's history and a jurisdiction's audit log, one line (JSON Lines) or row (CSV) per
 * stored event, written while a PostgreSQL cursor reads the rows ({@link #FETCH_SIZE} at a time, inside a
 * read-only transaction: PostgreSQL's JDBC driver uses a cursor only with autocommit off and a fetch size), so an
 * export never holds more than one batch of rows in memory.
 */
@Component
class HistoryExport {

    /** Rows the cursor fetches per round trip. */
    static final int FETCH_SIZE = 500;

    /** The columns of an export, in order: the CSV header, the JSON Lines member names. */
    static final List<String> COLUMNS = List.of("globalIndex", "aggregateId", "sequenceNumber", "eventId", "type",
            "businessDate", "recordedAt", "actorUserId", "actorRole", "actorOrganisation", "actorJurisdiction",
            "traceId", "correlationId", "causationId", "requestId", "comment", "sealHash", "payload");

    /** The UTF-8 byte order mark that starts a CSV export (Excel then reads the Chinese text as UTF-8). */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final String SELECT = """
            SELECT d.globalindex, d.aggregateidentifier, d.sequencenumber, d.eventidentifier, d.payloadtype,
                   d.payload, d.metadata, s.hash
            FROM domainevententry d LEFT JOIN event_seal s ON s.global_index = d.globalindex
            """;

    private static final String PROJECT_HISTORY = SELECT + """
            WHERE d.aggregateidentifier = ?
            ORDER BY d.sequencenumber, d.globalindex""";

    /**
     * Every event of every project whose registration (sequence 0) names a jurisdiction the code covers, by global
     * index.
     */
    private static final String JURISDICTION_LOG = SELECT + """
            WHERE d.aggregateidentifier IN (
                SELECT r.aggregateidentifier FROM (
                    SELECT aggregateidentifier, convert_from(payload, 'UTF8')::jsonb ->> 'jurisdiction' AS jurisdiction
                    FROM domainevententry
                    WHERE sequencenumber = 0 AND type = 'Project'
                      AND payloadtype = 'cn.edutrack.events.project.ProjectRegistered') r
                WHERE r.jurisdiction = ? OR starts_with(r.jurisdiction, ?))
            ORDER BY d.globalindex""";

    private static final Map<String, EventType> TYPE_BY_PAYLOAD_CLASS = EventCatalog.all().stream()
            .collect(Collectors.toUnmodifiableMap(type -> type.eventClass().getName(), Function.identity()));

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    HistoryExport(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The format of an export. */
    enum Format {
        JSONL("application/x-ndjson", "jsonl"),
        CSV("text/csv;charset=UTF-8", "csv");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    /** Writes a project's history, by sequence number. */
    void project(String projectId, Format format, OutputStream out) {
        write(PROJECT_HISTORY, new Object[] {projectId}, format, out);
    }

    /** Writes the audit log of the projects a jurisdiction code covers, by global index. */
    void jurisdiction(String code, Format format, OutputStream out) {
        write(JURISDICTION_LOG, new Object[] {code, JurisdictionScope.descendantPrefix(code)}, format, out);
    }

    /** Whether a jurisdiction code is one the caller's scope covers (the country covers every code). */
    static boolean mayExport(Actor actor, String code) {
        return AuditAccess.national(actor) || actor.covers(code);
    }

    private void write(String sql, Object[] args, Format format, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8), 64 * 1024);
        RowWriter rows = format == Format.CSV ? new CsvRows(writer) : new JsonLines(writer);
        try {
            if (format == Format.CSV) {
                out.write(BOM);
            }
            rows.header();
            readOnly.executeWithoutResult(status -> jdbc.query(sql, rs -> {
                try {
                    rows.row(ExportedEvent.of(rs));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, args));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One exported row: the stored columns with the payload and metadata read as JSON. */
    record ExportedEvent(long globalIndex, String aggregateId, long sequenceNumber, String eventId, String type,
                         String businessDate, String recordedAt, String actorUserId, String actorRole,
                         String actorOrganisation, String actorJurisdiction, String traceId, String correlationId,
                         String causationId, String requestId, String comment, String sealHash, String payloadText,
                         JsonNode payload) {

        static ExportedEvent of(ResultSet rs) throws SQLException {
            String payloadType = rs.getString(5);
            byte[] payloadBytes = rs.getBytes(6);
            String payloadText = payloadBytes == null ? "" : new String(payloadBytes, UTF_8);
            JsonNode payload = readOrNull(payloadText);
            JsonNode metadata = readOrNull(rs.getBytes(7) == null ? "" : new String(rs.getBytes(7), UTF_8));
            EventType type = payloadType == null ? null : TYPE_BY_PAYLOAD_CLASS.get(payloadType);
            return new ExportedEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                    type == null ? "" : type.ceType(), text(payload, "businessDate"), text(payload, "recordedAt"),
                    text(metadata, Actor.MetadataKeys.USER_ID), text(metadata, Actor.MetadataKeys.ROLE),
                    text(metadata, Actor.MetadataKeys.ORGANISATION), text(metadata, Actor.MetadataKeys.JURISDICTION),
                    text(metadata, MetadataKeys.TRACE_ID), text(metadata, MetadataKeys.CORRELATION_ID),
                    text(metadata, MetadataKeys.CAUSATION_ID), text(metadata, MetadataKeys.REQUEST_ID),
                    text(metadata, MetadataKeys.COMMENT),
                    rs.getString(8) == null ? "" : rs.getString(8), payloadText, payload);
        }

        private static JsonNode readOrNull(String text) {
            if (text.isBlank()) {
                return null;
            }
            try {
                return JSON.readTree(text);
            } catch (RuntimeException unreadable) {
                return null;
            }
        }

        private static String text(JsonNode node, String field) {
            if (node == null || !node.isObject() || !node.hasNonNull(field)) {
                return "";
            }
            JsonNode value = node.get(field);
            return value.isValueNode() ? value.asString() : value.toString();
        }

        /** The column values but the payload, in {@link #COLUMNS} order. */
        List<String> columns() {
            return List.of(Long.toString(globalIndex), aggregateId, Long.toString(sequenceNumber), eventId, type,
                    businessDate, recordedAt, actorUserId, actorRole, actorOrganisation, actorJurisdiction, traceId,
                    correlationId, causationId, requestId, comment, sealHash);
        }
    }

    private interface RowWriter {
        void header() throws IOException;

        void row(ExportedEvent event) throws IOException;
    }

    /** RFC 4180: CRLF line ends, a header row, fields quoted when they hold a quote, comma, CR or LF. */
    private static final class CsvRows implements RowWriter {
        private final Writer out;

        CsvRows(Writer out) {
            this.out = out;
        }

        @Override
        public void header() throws IOException {
            line(COLUMNS);
        }

        @Override
        public void row(ExportedEvent event) throws IOException {
            List<String> values = new java.util.ArrayList<>(event.columns());
            values.add(event.payloadText());
            line(values);
        }

        private void line(List<String> values) throws IOException {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(csvField(values.get(i)));
            }
            out.write("\r\n");
        }
    }

    /** A CSV field (RFC 4180): quoted, with quotes doubled, when it holds a quote, comma, CR or LF. */
    static String csvField(String value) {
        if (value.indexOf('"') < 0 && value.indexOf(',') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /**
     * One JSON object per line, LF-terminated: the columns as strings (numbers for the index and sequence), the
     * payload as a JSON object (as a string when the stored bytes are not JSON: tampering the verification shows).
     */
    private static final class JsonLines implements RowWriter {
        private final Writer out;

        JsonLines(Writer out) {
            this.out = out;
        }

        @Override
        public void header() {
        }

        @Override
        public void row(ExportedEvent event) throws IOException {
            ObjectNode line = JSON.createObjectNode();
            List<String> values = event.columns();
            for (int i = 0; i < values.size(); i++) {
                String column = COLUMNS.get(i);
                switch (column) {
                    case "globalIndex" -> line.put(column, event.globalIndex());
                    case "sequenceNumber" -> line.put(column, event.sequenceNumber());
                    default -> line.put(column, values.get(i));
                }
            }
            if (event.payload() != null) {
                line.set("payload", event.payload());
            } else {
                line.put("payload", event.payloadText());
            }
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
        }
    }
}
