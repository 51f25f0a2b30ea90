package cn.edutrack.command.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.edutrack.events.ProjectId;
import cn.edutrack.security.Actor;
import cn.edutrack.security.Actors;
import cn.edutrack.security.OutOfScopeException;
import java.net.URI;
import java.net.URLEncoder;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit exports over HTTP ({@link HistoryExport}): the scope is checked, and 403/404/400 answered, before the
 * first byte is streamed. Roles are in {@code CommandEndpointRules}.
 */
@RestController
@RequestMapping("/api/audit")
class AuditExportController {

    private final HistoryExport export;
    private final AuditAccess access;
    private final EventStoreRows store;

    AuditExportController(HistoryExport export, AuditAccess access, EventStoreRows store) {
        this.export = export;
        this.access = access;
        this.store = store;
    }

    @GetMapping("/projects/{id}/history")
    ResponseEntity<StreamingResponseBody> projectHistory(@PathVariable String id,
                                                         @RequestParam(required = false) String format,
                                                         @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        Actor actor = Actors.current();
        HistoryExport.Format chosen = format(format, accept);
        boolean known = ProjectId.FORMAT.matcher(id).matches()
                && store.typeOf(id).map("Project"::equals).orElse(false);
        if (!known) {
            throw problem(HttpStatus.NOT_FOUND, "project-not-found", "Project not found",
                    "project " + id + " has no stored events", "projectId", id);
        }
        access.checkMaySee(actor, "project " + id, id);
        return stream(id + "-history", chosen, out -> export.project(id, chosen, out));
    }

    @GetMapping("/jurisdictions/history")
    ResponseEntity<StreamingResponseBody> jurisdictionHistory(@RequestParam(required = false) String code,
                                                              @RequestParam(required = false) String format,
                                                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        Actor actor = Actors.current();
        HistoryExport.Format chosen = format(format, accept);
        String jurisdiction = code == null || code.isBlank() ? actor.jurisdiction() : code.strip();
        if (!HistoryExport.mayExport(actor, jurisdiction)) {
            throw OutOfScopeException.outsideJurisdiction(actor, "the audit log of " + jurisdiction, jurisdiction);
        }
        return stream(jurisdiction.replace('/', '_') + "-audit-log", chosen,
                out -> export.jurisdiction(jurisdiction, chosen, out));
    }

    /** {@code format=jsonl|csv}; without it, CSV when the caller accepts {@code text/csv} (and not JSON Lines). */
    private static HistoryExport.Format format(String format, String accept) {
        if (format == null || format.isBlank()) {
            String accepted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
            return accepted.contains("text/csv") && !accepted.contains("application/x-ndjson")
                    ? HistoryExport.Format.CSV : HistoryExport.Format.JSONL;
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "jsonl" -> HistoryExport.Format.JSONL;
            case "csv" -> HistoryExport.Format.CSV;
            default -> {
                ErrorResponseException invalid = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                        "format: must be jsonl or csv", "format", format);
                invalid.getBody().setProperty("errors",
                        java.util.List.of(java.util.Map.of("field", "format", "message", "must be jsonl or csv")));
                throw invalid;
            }
        };
    }

    private static ResponseEntity<StreamingResponseBody> stream(String name, HistoryExport.Format format,
                                                                StreamingResponseBody body) {
        String fileName = name + "." + format.extension;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
                .body(body);
    }

    /**
     * {@code attachment; filename="<ASCII>"; filename*=UTF-8''<percent-encoded>} (RFC 6266 / 5987): the plain name
     * with every character outside {@code [A-Za-z0-9._-]} replaced by {@code _}, the extended one exact.
     */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(
                (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) ? (char) c : '_'));
        String value = "attachment; filename=\"" + ascii + "\"";
        if (!ascii.toString().equals(fileName)) {
            value += "; filename*=UTF-8''" + URLEncoder.encode(fileName, UTF_8).replace("+", "%20");
        }
        return value;
    }

    private static ErrorResponseException problem(HttpStatus status, String type, String title, String detail,
                                                  String property, String value) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:edutrack:problem:" + type));
        problem.setTitle(title);
        problem.setProperty(property, value);
        return new ErrorResponseException(status, problem, null);
    }
}
