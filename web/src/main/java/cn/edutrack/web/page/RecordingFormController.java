package cn.edutrack.web.page;

import cn.edutrack.web.backend.Backend;
import cn.edutrack.web.backend.BackendException;
import cn.edutrack.web.backend.Problem;
import cn.edutrack.web.backend.ProjectViews.Recorded;
import cn.edutrack.web.backend.ProjectViews.Summary;
import cn.edutrack.web.security.SignedInUser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Every recording form but the progress report, from the table in {@link RecordingForm}: the registration
 * ({@code /projects/new}) and one page per operation on a project ({@code /projects/{id}/actions/{operation}}),
 * posting to the command side's {@code POST /api/projects[/{id}/{operation}]}. The web app only turns what was typed
 * into the request's types (a date, a whole number, a decimal, a choice); the command side decides, and its
 * {@code 400}/{@code 409}/{@code 422} problem is shown next to the field it names, keeping what was typed. No
 * {@code expectedVersion} is sent: the command side checks every rule against the project as it is when the command
 * arrives, so a change made meanwhile by someone else cannot be overwritten, only refused.
 */
@Controller
class RecordingFormController {

    private final Backend backend;
    private final MessageSource messages;

    RecordingFormController(Backend backend, MessageSource messages) {
        this.backend = backend;
        this.messages = messages;
    }

    @GetMapping("/projects/new")
    String registration(Model model) {
        SignedInUser user = requireManager();
        RecordingForm form = RecordingForm.of(RecordingForm.REGISTER).orElseThrow();
        Map<String, String> values = defaults(form);
        values.put("jurisdiction", user.jurisdiction() == null ? "" : user.jurisdiction());
        values.put("ownerOrganisation", user.organisation() == null ? "" : user.organisation());
        return show(model, form, null, values, Map.of());
    }

    @PostMapping("/projects/new")
    String register(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
            RedirectAttributes redirect) {
        requireManager();
        RecordingForm form = RecordingForm.of(RecordingForm.REGISTER).orElseThrow();
        return submit(form, null, params, model, locale, redirect);
    }

    @GetMapping("/projects/{id}/actions/{operation}")
    String form(@PathVariable String id, @PathVariable String operation, Model model) {
        RecordingForm form = known(operation);
        return show(model, form, project(id, form), defaults(form), Map.of());
    }

    @PostMapping("/projects/{id}/actions/{operation}")
    String record(@PathVariable String id, @PathVariable String operation,
            @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
            RedirectAttributes redirect) {
        RecordingForm form = known(operation);
        return submit(form, project(id, form), params, model, locale, redirect);
    }

    private String submit(RecordingForm form, Summary project, MultiValueMap<String, String> params, Model model,
            Locale locale, RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        form.fieldNames().forEach(name -> values.put(name, params.getFirst(name) == null ? "" : params.getFirst(name)));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> body = body(form, values, errors, locale);
        if (errors.isEmpty()) {
            try {
                Recorded recorded = project == null
                        ? backend.post(Recorded.class, "/api/projects", Map.of(), body)
                        : backend.post(Recorded.class, "/api/projects/{id}/{operation}",
                                Map.of("id", project.projectId(), "operation", form.operation()), body);
                String projectId = project == null ? recorded.projectId() : project.projectId();
                redirect.addFlashAttribute("flash", messages.getMessage("flash.recorded",
                        new Object[] {messages.getMessage("action." + form.operation(), null, locale)}, locale));
                return "redirect:/projects/" + UriUtils.encodePathSegment(projectId, StandardCharsets.UTF_8);
            } catch (BackendException e) {
                if (e.status() != 400 && e.status() != 409 && e.status() != 422) {
                    throw e;
                }
                errors.putAll(FormErrors.of(e.problem(), form.fieldNames(), messages, locale));
            }
        }
        return show(model, form, project, values, errors);
    }

    /** The request body: nested objects for dotted names, blank optional fields left out. */
    private Map<String, Object> body(RecordingForm form, Map<String, String> values, Map<String, String> errors,
            Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        String date = values.get("businessDate").strip();
        try {
            body.put("businessDate", LocalDate.parse(date).toString());
        } catch (DateTimeParseException e) {
            errors.put("businessDate", error("businessDate", "error.date", locale));
        }
        for (FormField field : form.fields()) {
            String raw = values.get(field.name());
            String value = raw.strip();
            if (value.isEmpty()) {
                if (field.required()) {
                    errors.put(field.name(), error(field.name(), "error.required", locale));
                }
                continue;
            }
            try {
                put(body, field.name(), typed(field, raw, value));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.put(field.name(), error(field.name(), switch (field.type()) {
                    case DATE -> "error.date";
                    case WHOLE_NUMBER, OPEN_ORDER -> "error.whole-number";
                    case DECIMAL, AMOUNT -> "error.decimal";
                    default -> "error.choice";
                }, locale));
            }
        }
        String comment = values.get("comment");
        if (!comment.isBlank()) {
            body.put("comment", comment);
        }
        return body;
    }

    private static Object typed(FormField field, String raw, String value) {
        return switch (field.type()) {
            case DATE -> LocalDate.parse(value).toString();
            case WHOLE_NUMBER, OPEN_ORDER -> Integer.parseInt(value);
            case DECIMAL -> new BigDecimal(value);
            case AMOUNT -> new BigDecimal(value).toPlainString();
            case CHOICE -> {
                if (!field.options().contains(value)) {
                    throw new IllegalArgumentException("not an option: " + value);
                }
                yield value;
            }
            case YES_NO -> switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("not yes or no: " + value);
            };
            case LINES -> Arrays.stream(value.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            case TEXT -> value;
            case TEXTAREA -> raw;
        };
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String name, Object value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            body.put(name, value);
        } else {
            Map<String, Object> nested = (Map<String, Object>) body.computeIfAbsent(name.substring(0, dot),
                    k -> new LinkedHashMap<String, Object>());
            put(nested, name.substring(dot + 1), value);
        }
    }

    private String error(String field, String key, Locale locale) {
        return FormErrors.label(field, messages, locale) + messages.getMessage(key, null, locale);
    }

    private static Map<String, String> defaults(RecordingForm form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.fieldNames().forEach(name -> values.put(name, ""));
        values.put("businessDate", LocalDate.now(Labels.CHINA).toString());
        form.fields().stream().filter(f -> f.name().endsWith(".unit")).forEach(f -> values.put(f.name(), "WAN_YUAN"));
        return values;
    }

    private static String show(Model model, RecordingForm form, Summary project, Map<String, String> values,
            Map<String, String> errors) {
        model.addAttribute("recording", form);
        model.addAttribute("project", project);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "recording-form";
    }

    private static RecordingForm known(String operation) {
        return RecordingForm.of(operation).filter(f -> !f.operation().equals(RecordingForm.REGISTER))
                .orElseThrow(() -> new BackendException(404, Problem.ofStatus(404)));
    }

    private static SignedInUser requireManager() {
        SignedInUser user = Backend.currentUser();
        if (!user.isManager()) {
            throw new BackendException(403, new Problem(null, null, 403, null, "role-may-not", null, null));
        }
        return user;
    }

    /** The project, when the user is the one who records with {@code form} on it (else {@code 403}). */
    private Summary project(String id, RecordingForm form) {
        Summary project = backend.query(Summary.class, "/api/projects/{id}", Map.of("id", id), Map.of());
        if (!mayRecord(Backend.currentUser(), form, project)) {
            throw new BackendException(403, new Problem(null, null, 403, null, "role-may-not", null, null));
        }
        return project;
    }

    /** Whether {@code user} records with {@code form} on {@code project}: its manager, or a supervisor covering it. */
    static boolean mayRecord(SignedInUser user, RecordingForm form, Summary project) {
        return switch (form.who()) {
            case MANAGER -> user.managesOrganisation(project.ownerOrganisation());
            case SUPERVISOR -> "SUPERVISOR".equals(user.role())
                    && DashboardController.within(project.jurisdiction(), user.jurisdiction());
        };
    }
}
