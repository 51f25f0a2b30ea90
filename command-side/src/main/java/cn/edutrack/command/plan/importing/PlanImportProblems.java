package cn.edutrack.command.plan.importing;

import cn.edutrack.command.plan.file.PlanFileError;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems of the plan import: {@code plan-file-invalid} (422) lists every error of the file with
 * file, line, column, field and rule; {@code plan-import-conflict} (409) lists every record of the file that
 * contradicts recorded data, with the rule; {@code forbidden} (403) lists every record of the file outside the
 * administrator's jurisdiction (kind, id, jurisdiction), with the rule.
 */
@RestControllerAdvice(assignableTypes = PlanImportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanImportProblems {

    @ExceptionHandler(PlanFileInvalidException.class)
    ProblemDetail invalid(PlanFileInvalidException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "plan-file-invalid",
                "The plan file has errors; nothing was imported", e.getMessage());
        problem.setProperty("file", e.fileName());
        problem.setProperty("errors", e.errors().stream().map(PlanImportProblems::error).toList());
        return problem;
    }

    @ExceptionHandler(PlanImportConflictException.class)
    ProblemDetail conflict(PlanImportConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "plan-import-conflict",
                "The plan file contradicts recorded data; nothing was imported", e.getMessage());
        problem.setProperty("file", e.fileName());
        problem.setProperty("errors", e.conflicts().stream().map(c -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("file", c.file());
            error.put("field", c.path());
            error.put("rule", c.rule());
            error.put("message", c.message());
            return error;
        }).toList());
        return problem;
    }

    @ExceptionHandler(PlanImportOutOfScopeException.class)
    ProblemDetail outOfScope(PlanImportOutOfScopeException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
        problem.setProperty("rule", e.rule());
        problem.setProperty("file", e.fileName());
        problem.setProperty("errors", e.records().stream().map(r -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("file", e.fileName());
            error.put("field", r.path());
            error.put("kind", r.kind());
            error.put("id", r.id());
            error.put("jurisdiction", r.jurisdiction());
            error.put("rule", r.rule());
            error.put("message", r.message());
            return error;
        }).toList());
        return problem;
    }

    @ExceptionHandler(PlanImportRequestException.class)
    ProblemDetail badRequest(PlanImportRequestException e) {
        HttpStatus status = e.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = problem(status, "invalid-request", "Invalid request", e.field() + ": " + e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    private static Map<String, Object> error(PlanFileError error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", error.file());
        json.put("line", error.line());
        json.put("column", error.column());
        json.put("field", error.path());
        json.put("rule", error.rule());
        json.put("message", error.message());
        return json;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:edutrack:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
