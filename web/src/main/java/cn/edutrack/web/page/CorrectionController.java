package cn.edutrack.web.page;

import cn.edutrack.web.backend.Backend;
import cn.edutrack.web.backend.BackendException;
import cn.edutrack.web.backend.Problem;
import cn.edutrack.web.backend.ProjectViews.Event;
import cn.edutrack.web.backend.ProjectViews.History;
import cn.edutrack.web.backend.ProjectViews.Recorded;
import cn.edutrack.web.backend.ProjectViews.Summary;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The correction of a recorded event ({@code /projects/{id}/corrections/{sequence}}), posting to the command side's
 * {@code POST /api/projects/{id}/corrections}: the event's correctable fields ({@link CorrectionForm}) prefilled with
 * the values in force, and only those the user changed sent. Nothing changed is said at once, without a request. The
 * command side decides: a problem with a field's value is shown next to it, a rule the correction breaks (its dates
 * out of order, the budget exceeded, ...) at the top, in the user's language. The history is read with decimals as
 * written, so that {@code 12345.60} is shown, and compared, as recorded.
 */
@Controller
class CorrectionController {

    private final Backend backend;
    private final MessageSource messages;
    private final JsonMapper exact;
    private final ReadYourWrites readYourWrites;

    CorrectionController(Backend backend, MessageSource messages, JsonMapper json, ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
        this.backend = backend;
        this.messages = messages;
        this.exact = json.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    }

    /** The project, its history and the event a correction is about, once the user may correct it. */
    private record Subject(Summary project, Event event, CorrectionForm form, History history) {

        JsonNode inForce() {
            return history.payloadInForce(event);
        }
    }

    @GetMapping("/projects/{id}/corrections/{sequence}")
    String form(@PathVariable String id, @PathVariable long sequence, Model model) {
        Subject subject = subject(id, sequence);
        return show(model, subject, subject.form().values(subject.inForce()), Map.of());
    }

    @PostMapping("/projects/{id}/corrections/{sequence}")
    String correct(@PathVariable String id, @PathVariable long sequence,
            @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
            RedirectAttributes redirect) {
        Subject subject = subject(id, sequence);
        CorrectionForm form = subject.form();
        Map<String, String> values = new LinkedHashMap<>();
        form.inputNames().forEach(name -> values.put(name, params.getFirst(name) == null ? "" : params.getFirst(name)));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> changes = form.changes(values, subject.inForce(), errors,
                (input, key) -> FormErrors.message(input, key, messages, locale));
        if (values.get("reason").isBlank()) {
            errors.put("reason", messages.getMessage("error.field-prefix",
                    new Object[] {messages.getMessage("correction.reason", null, locale)}, locale)
                    + messages.getMessage("error.required", null, locale));
        }
        if (changes.isEmpty() && form.fields().stream().map(FormField::name).noneMatch(errors::containsKey)) {
            errors.put(FormErrors.GLOBAL, messages.getMessage("error.nothing-changed", null, locale));
        }
        if (errors.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("correctedSequence", sequence);
            body.put("changes", changes);
            body.put("reason", values.get("reason"));
            if (!values.get("comment").isBlank()) {
                body.put("comment", values.get("comment"));
            }
            try {
                Recorded recorded = backend.post(Recorded.class, "/api/projects/{id}/corrections",
                        Map.of("id", subject.project().projectId()), body);
                return readYourWrites.toProjectPage(subject.project().projectId(), recorded.version(),
                        messages.getMessage("flash.corrected", new Object[] {sequence}, locale), redirect, locale);
            } catch (BackendException e) {
                if (!e.refusesTheInput()) {
                    throw e;
                }
                errors.putAll(FormErrors.of(e.problem(), inputOf(form, e.problem()), messages, locale));
            }
        }
        return show(model, subject, values, errors);
    }

    /**
     * A rule the correction breaks is shown at the top, whatever field it names: it is about the history as it would
     * be, not one value ({@code invalid-correction} is about one value and stays next to it).
     */
    private static UnaryOperator<String> inputOf(CorrectionForm form, Problem problem) {
        boolean rule = problem.rule() != null && !problem.rule().equals("invalid-correction");
        return field -> rule ? null : form.inputOf(field);
    }

    /**
     * The project and the event at {@code sequence}: {@code 404} when there is none or it is not corrected (a
     * correction, an assignment to a plan), {@code 403} when the user does not record events of its kind.
     */
    private Subject subject(String id, long sequence) {
        Summary project = backend.query(Summary.class, "/api/projects/{id}", Map.of("id", id), Map.of());
        History history = exact.readValue(backend.query(String.class, "/api/projects/{id}/history",
                Map.of("id", id), Map.of()), History.class);
        Event event = history.events().stream().filter(e -> e.sequence() == sequence).findFirst()
                .orElseThrow(() -> new BackendException(404, Problem.ofStatus(404)));
        CorrectionForm form = CorrectionForm.of(event.type())
                .orElseThrow(() -> new BackendException(404, new Problem(null, null, 404, null,
                        "event-not-correctable", null, null)));
        if (!form.mayBeUsedBy(Backend.currentUser(), project)) {
            throw BackendException.roleMayNot();
        }
        return new Subject(project, event, form, history);
    }

    private static String show(Model model, Subject subject, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("project", subject.project());
        model.addAttribute("event", subject.event());
        model.addAttribute("correction", subject.form());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "correction-form";
    }
}
