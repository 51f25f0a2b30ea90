package cn.edutrack.web.page;

import cn.edutrack.web.backend.Backend;
import cn.edutrack.web.backend.BackendException;
import cn.edutrack.web.backend.Problem;
import cn.edutrack.web.backend.ProjectViews.Recorded;
import cn.edutrack.web.backend.ProjectViews.Summary;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The manager's progress report form: the command side decides (its 400/422 problem is shown next to the field it
 * names, keeping what was typed); the web app only checks that a date is a date and a percentage a whole number, so
 * it can send them as such.
 */
@Controller
class ProgressFormController {

    private static final Set<String> FIELDS = Set.of("businessDate", "percentComplete", "note", "comment");

    private final Backend backend;
    private final MessageSource messages;

    ProgressFormController(Backend backend, MessageSource messages) {
        this.backend = backend;
        this.messages = messages;
    }

    @GetMapping("/projects/{id}/progress")
    String form(@PathVariable String id, Model model) {
        Summary project = project(id);
        model.addAttribute("project", project);
        model.addAttribute("form", new ProgressForm(LocalDate.now(Labels.CHINA).toString(),
                project.percentComplete() == null ? "" : project.percentComplete().toString(), "", ""));
        model.addAttribute("errors", Map.of());
        return "progress-form";
    }

    @PostMapping("/projects/{id}/progress")
    String submit(@PathVariable String id, @ModelAttribute("form") ProgressForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> body = new LinkedHashMap<>();
        String date = trim(form.businessDate());
        try {
            body.put("businessDate", LocalDate.parse(date).toString());
        } catch (DateTimeParseException e) {
            errors.put("businessDate", message("field.businessDate", locale) + ": " + message("error.date", locale));
        }
        try {
            body.put("percentComplete", Integer.parseInt(trim(form.percentComplete())));
        } catch (NumberFormatException e) {
            errors.put("percentComplete",
                    message("field.percentComplete", locale) + ": " + message("error.whole-number", locale));
        }
        body.put("note", form.note() == null ? "" : form.note());
        if (form.comment() != null && !form.comment().isBlank()) {
            body.put("comment", form.comment());
        }
        if (errors.isEmpty()) {
            try {
                backend.post(Recorded.class, "/api/projects/{id}/progress-reports", Map.of("id", id), body);
                redirect.addFlashAttribute("flash", message("flash.progress-recorded", locale));
                return "redirect:/projects/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
            } catch (BackendException e) {
                if (e.status() != 400 && e.status() != 409 && e.status() != 422) {
                    throw e;
                }
                errors.putAll(FormErrors.of(e.problem(), FIELDS, messages, locale));
            }
        }
        model.addAttribute("project", project(id));
        model.addAttribute("errors", errors);
        return "progress-form";
    }

    private Summary project(String id) {
        Summary project = backend.query(Summary.class, "/api/projects/{id}", Map.of("id", id), Map.of());
        if (!Backend.currentUser().managesOrganisation(project.ownerOrganisation())) {
            throw new BackendException(403, new Problem(null, null, 403, null, "not-your-organisation", null, null));
        }
        return project;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
