package cn.edutrack.web.page;

import cn.edutrack.web.backend.Backend;
import cn.edutrack.web.backend.BackendException;
import cn.edutrack.web.backend.PlanViews.PlanDetail;
import cn.edutrack.web.backend.Problem;
import cn.edutrack.web.backend.ProjectViews.Recorded;
import cn.edutrack.web.backend.ProjectViews.Summary;
import cn.edutrack.web.security.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.util.UriUtils;

/**
 * Every recording form, from the table in {@link RecordingForm}: the registration ({@code /projects/new}) and one
 * page per operation on a project ({@code /projects/{id}/actions/{operation}}), posting to the command side's
 * {@code POST /api/projects[/{id}/{apiSegment}]}. The web app only turns what was typed into the request's types (a
 * date, a whole number, a decimal, a choice; {@link FormInput}); the command side decides, and its
 * {@code 400}/{@code 409}/{@code 422} problem is shown next to the field it names, keeping what was typed. No
 * {@code expectedVersion} is sent: the command side checks every rule against the project as it is when the command
 * arrives, so a change made meanwhile by someone else cannot be overwritten, only refused. The plan assignment form
 * also shows the plans' targets to choose from and the project's current assignment ({@link PlanTargets}).
 */
@Controller
class RecordingFormController {

    /** The fields an assignment problem may name that the form shows as its one target choice. */
    private static final List<String> TARGET_FIELDS = List.of("planId", "programmeId", "targetId");

    private final Backend backend;
    private final MessageSource messages;
    private final PlanTargets planTargets;
    private final ReadYourWrites readYourWrites;

    RecordingFormController(Backend backend, MessageSource messages, PlanTargets planTargets,
            ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
        this.backend = backend;
        this.messages = messages;
        this.planTargets = planTargets;
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

    /** The first slice's progress form lived here: old links and bookmarks reach the progress form of the table. */
    @GetMapping("/projects/{id}/progress")
    String progressMoved(@PathVariable String id) {
        return "redirect:/projects/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) + "/actions/progress";
    }

    @GetMapping("/projects/{id}/actions/{operation}")
    String form(@PathVariable String id, @PathVariable String operation, Model model, Locale locale) {
        RecordingForm form = known(operation);
        Summary project = project(id, form);
        Map<String, String> values = defaults(form);
        if (hasPlanTarget(form)) {
            planChoices(model, project, values, locale);
        }
        return show(model, form, project, values, Map.of());
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
                        : backend.post(Recorded.class, "/api/projects/{id}/{segment}",
                                Map.of("id", project.projectId(), "segment", form.apiSegment()), body);
                String projectId = project == null ? recorded.projectId() : project.projectId();
                return readYourWrites.toProjectPage(projectId, recorded.version(), messages.getMessage("flash.recorded",
                        new Object[] {messages.getMessage("action." + form.operation(), null, locale)}, locale),
                        redirect, locale);
            } catch (BackendException e) {
                if (!e.refusesTheInput()) {
                    throw e;
                }
                errors.putAll(FormErrors.of(e.problem(), inputOf(form), messages, locale));
            }
        }
        if (hasPlanTarget(form)) {
            planChoices(model, project, null, locale);
        }
        return show(model, form, project, values, errors);
    }

    /**
     * The request body: nested objects for dotted names, blank optional fields left out; a plan target as the
     * plan's, programme's and target's ids, a contribution as the one entry of {@code contributions} in the chosen
     * target's unit.
     */
    private Map<String, Object> body(RecordingForm form, Map<String, String> values, Map<String, String> errors,
            Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        String date = values.get("businessDate").strip();
        try {
            body.put("businessDate", LocalDate.parse(date).toString());
        } catch (DateTimeParseException e) {
            errors.put("businessDate", error("businessDate", "error.date", locale));
        }
        PlanTarget chosen = null;
        for (FormField field : form.fields()) {
            String raw = values.get(field.name());
            String value = raw.strip();
            if (value.isEmpty()) {
                if (field.required()) {
                    errors.put(field.name(), error(field.name(), "error.required", locale));
                }
                continue;
            }
            Object typed;
            try {
                typed = FormInput.typed(field, raw, value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.put(field.name(), error(field.name(), FormInput.errorKey(field.type()), locale));
                continue;
            }
            if (typed instanceof PlanTarget target) {
                chosen = target;
                target.putInto(body);
            } else if (field.type() == FormField.Type.CONTRIBUTION) {
                if (chosen != null) {
                    Map<String, Object> contribution = new LinkedHashMap<>();
                    contribution.put("counts", chosen.counts());
                    contribution.put("value", typed);
                    body.put("contributions", List.of(contribution));
                }
            } else {
                FormInput.put(body, field.name(), typed);
            }
        }
        String comment = values.get("comment");
        if (!comment.isBlank()) {
            body.put("comment", comment);
        }
        return body;
    }

    /**
     * Where a field a problem names is shown: at the input of that name, the plan's, programme's and target's ids at
     * the target choice, a contribution at its value.
     */
    private static UnaryOperator<String> inputOf(RecordingForm form) {
        boolean planTarget = hasPlanTarget(form);
        return field -> {
            if (form.fieldNames().contains(field)) {
                return field;
            }
            if (planTarget && TARGET_FIELDS.contains(field)) {
                return "target";
            }
            if (planTarget && field.startsWith("contributions")) {
                return "contributionValue";
            }
            return null;
        };
    }

    private static boolean hasPlanTarget(RecordingForm form) {
        return form.fields().stream().anyMatch(f -> f.type() == FormField.Type.PLAN_TARGET);
    }

    /**
     * The plans' targets to choose from and the project's current assignment; {@code values}, when given (a new
     * form), take the current assignment's values so that sending it again keeps what is not changed.
     */
    private void planChoices(Model model, Summary project, Map<String, String> values, Locale locale) {
        List<PlanDetail> plans = planTargets.plansFor(project);
        model.addAttribute("planGroups", planTargets.groups(plans, locale));
        planTargets.current(project.projectId(), plans, locale).ifPresent(current -> {
            model.addAttribute("currentAssignment", current);
            if (values != null) {
                values.putAll(current.values());
            }
        });
    }

    private String error(String field, String key, Locale locale) {
        return FormErrors.message(field, key, messages, locale);
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
            throw BackendException.roleMayNot();
        }
        return user;
    }

    /** The project, when the user is the one who records with {@code form} on it (else {@code 403}). */
    private Summary project(String id, RecordingForm form) {
        Summary project = backend.query(Summary.class, "/api/projects/{id}", Map.of("id", id), Map.of());
        if (!mayRecord(Backend.currentUser(), form, project)) {
            throw BackendException.roleMayNot();
        }
        return project;
    }

    /**
     * Whether {@code user} records with {@code form} on {@code project}: its manager, a supervisor covering it, or
     * for the plan assignment also an administrator covering it.
     */
    static boolean mayRecord(SignedInUser user, RecordingForm form, Summary project) {
        return mayRecord(user, form.who(), project);
    }

    /** Whether {@code user} is one of {@code who} on {@code project}. */
    static boolean mayRecord(SignedInUser user, RecordingForm.Who who, Summary project) {
        return switch (who) {
            case MANAGER -> user.managesOrganisation(project.ownerOrganisation());
            case SUPERVISOR -> "SUPERVISOR".equals(user.role())
                    && Jurisdictions.within(project.jurisdiction(), user.jurisdiction());
            case MANAGER_OR_ADMINISTRATOR -> user.managesOrganisation(project.ownerOrganisation())
                    || "ADMINISTRATOR".equals(user.role())
                    && Jurisdictions.within(project.jurisdiction(), user.jurisdiction());
        };
    }
}
