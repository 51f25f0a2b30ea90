package cn.edutrack.web.page;

import cn.edutrack.web.backend.Backend;
import cn.edutrack.web.backend.BackendException;
import cn.edutrack.web.backend.BreakdownView;
import cn.edutrack.web.backend.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Which districts lag on this target?": one target of a plan per jurisdiction one level below the plan's, ranked by
 * completion share, as of today or, with {@code asOf}, as of that day (linked from the dashboard's targets tables).
 * A refusal (403) or an unknown plan or target (404) shows the refusal page ({@link PageAdvice}); a day that is no
 * date is said at the date's input and never sent, and a day the query side refuses is said there too. Like the
 * dashboard, the page is the supervisors', auditors' and administrators': a manager goes to its projects.
 */
@Controller
class TargetBreakdownController {

    /** The page's path; the refusal page names the plan and target of a 404 on it. */
    static final String PATH = "/plans/{planId}/targets/{targetId}";

    private final Backend backend;

    TargetBreakdownController(Backend backend) {
        this.backend = backend;
    }

    @GetMapping(PATH)
    String breakdown(@PathVariable String planId, @PathVariable String targetId,
            @RequestParam(required = false) String asOf, Model model) {
        if (Backend.currentUser().isManager()) {
            return "redirect:/projects";
        }
        model.addAttribute("planId", planId);
        model.addAttribute("targetId", targetId);
        String day = day(asOf, model);
        model.addAttribute("day", day.isEmpty() ? null : day);
        try {
            model.addAttribute("breakdown", backend.query(BreakdownView.class,
                    "/api/plans/{planId}/targets/{targetId}/breakdown",
                    Map.of("planId", planId, "targetId", targetId), Map.of("asOf", day)));
        } catch (BackendException e) {
            if (e.status() != 400 || !namesAsOf(e.problem())) {
                throw e;
            }
            model.addAttribute("asOfRefused", e.problem());
        }
        model.addAttribute("asOfError", model.getAttribute("asOfInvalid") != null
                || model.getAttribute("asOfRefused") != null);
        return "breakdown";
    }

    /**
     * The day asked for as {@code yyyy-MM-dd}, or blank for today (which the backend client leaves out), as the
     * dashboard reads it: what was typed is kept for the date input, a value that is no date is said next to it
     * ({@code asOfInvalid}) and never sent.
     */
    private static String day(String asOf, Model model) {
        if (asOf == null || asOf.isBlank()) {
            return "";
        }
        model.addAttribute("asOf", asOf.strip());
        try {
            return LocalDate.parse(asOf.strip()).toString();
        } catch (DateTimeParseException e) {
            model.addAttribute("asOfInvalid", true);
            return "";
        }
    }

    /** Whether the query side's problem is about the day asked for. */
    private static boolean namesAsOf(Problem problem) {
        return "asOf".equals(problem.parameter())
                || problem.fieldErrors().stream().anyMatch(e -> "asOf".equals(e.field()));
    }
}
