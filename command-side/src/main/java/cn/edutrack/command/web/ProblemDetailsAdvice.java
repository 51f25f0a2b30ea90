package cn.edutrack.command.web;

import cn.edutrack.command.idempotency.IdempotencyKeyException;
import cn.edutrack.command.plan.domain.PlanRule;
import cn.edutrack.command.plan.domain.PlanRuleViolation;
import cn.edutrack.command.project.domain.ProjectRuleViolation;
import cn.edutrack.command.project.domain.Rule;
import cn.edutrack.command.project.web.InvalidFieldException;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Every error as an RFC 9457 problem: a {@code type} per kind of problem, the rule or the fields that
 * were wrong, never a stack trace or SQL.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    static final String TYPE_PREFIX = "urn:edutrack:problem:";

    @ExceptionHandler(ProjectRuleViolation.class)
    ProblemDetail ruleViolated(ProjectRuleViolation e) {
        ProblemDetail problem = ruleProblem(statusOf(e.rule()), e.rule(), e.getMessage());
        if (e.projectId() != null) {
            problem.setProperty("projectId", e.projectId().value());
        }
        e.details().forEach(problem::setProperty);
        if (e.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        }
        return problem;
    }

    private static HttpStatus statusOf(Rule rule) {
        return switch (rule) {
            case STALE_EXPECTED_VERSION, PROJECT_ALREADY_REGISTERED, RECTIFICATION_ORDER_CLOSED -> HttpStatus.CONFLICT;
            case BUSINESS_DATE_IN_FUTURE, PROGRESS_OUT_OF_RANGE, INVALID_SCHEDULE, AMOUNT_NOT_POSITIVE,
                 DEADLINE_BEFORE_ORDER, INVALID_NEW_DEADLINE, INVALID_CORRECTION -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    @ExceptionHandler(PlanRuleViolation.class)
    ProblemDetail planRuleViolated(PlanRuleViolation e) {
        ProblemDetail problem = problem(statusOf(e.rule()), e.rule().code(), e.rule().description(), e.getMessage());
        problem.setProperty("rule", e.rule().code());
        problem.setProperty(e.subjectName(), e.subject());
        e.details().forEach(problem::setProperty);
        return problem;
    }

    /** 404 for what does not exist, 409 for what contradicts recorded state, 400 for a future date, else 422. */
    private static HttpStatus statusOf(PlanRule rule) {
        return switch (rule) {
            case PLAN_NOT_FOUND, INDICATOR_NOT_FOUND, TARGET_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case JURISDICTION_REGISTERED_DIFFERENTLY, PLAN_REGISTERED_DIFFERENTLY, INDICATOR_DEFINED_DIFFERENTLY,
                 PROGRAMME_DEFINED_DIFFERENTLY, TARGET_SET_DIFFERENTLY, CONCURRENT_CHANGE -> HttpStatus.CONFLICT;
            case BUSINESS_DATE_IN_FUTURE -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownProject(AggregateNotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "project-not-found", "Project not found",
                "project " + e.getAggregateIdentifier() + " is not registered");
        problem.setProperty("projectId", e.getAggregateIdentifier());
        return problem;
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyRegistered(AggregateStreamCreationException e) {
        return ruleProblem(HttpStatus.CONFLICT, Rule.PROJECT_ALREADY_REGISTERED,
                "a project with this id is already registered");
    }

    /** Two writers appended to the same project at once; the loser retries with the new version. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        return ruleProblem(HttpStatus.CONFLICT, Rule.STALE_EXPECTED_VERSION,
                "the project was changed by another request at the same time; read it again and retry");
    }

    @ExceptionHandler(IdempotencyKeyException.class)
    ProblemDetail idempotencyKey(IdempotencyKeyException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key", "Idempotency-Key problem",
                e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", "Idempotency-Key", "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return invalid(List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    @ExceptionHandler(EventStoreException.class)
    ProblemDetail eventStore(EventStoreException e) {
        log.error("event store failure", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "event-store-unavailable", "Event store unavailable",
                "the event could not be stored; nothing was recorded, try again");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "an unexpected error occurred; nothing was recorded");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messageOf(error)))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    private static String messageOf(FieldError error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, "unknown field"))));
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = path(jackson);
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, unreadable(jackson)))));
        }
        if (cause instanceof JacksonException jackson && !(jackson instanceof StreamReadException)) {
            // valid JSON of the wrong shape, e.g. an array where the body is an object
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                    "the request body " + unreadable(jackson)));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                "the request body is not valid JSON" + (cause instanceof JacksonException jackson
                        ? ": " + firstLine(jackson.getOriginalMessage()) : ""));
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Why a value cannot be read, in the API's terms (what the field takes), never Jackson's message: that names
     * Java classes and parsers.
     */
    private static String unreadable(JacksonException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return "cannot be read as " + describe(invalid.getTargetType()) + ": " + shown(invalid.getValue());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + describe(mismatched.getTargetType());
        }
        if (e instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof IllegalArgumentException invalid && invalid.getMessage() != null) {
            return "is invalid: " + firstLine(invalid.getMessage());
        }
        return "cannot be read";
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time (RFC 3339)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return "\"" + (text.length() > 100 ? text.substring(0, 100) + "..." : text) + "\"";
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    record FieldProblem(String field, String message) {
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail ruleProblem(HttpStatus status, Rule rule, String detail) {
        ProblemDetail problem = problem(status, rule.code(), rule.description(), detail);
        problem.setProperty("rule", rule.code());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }
}
