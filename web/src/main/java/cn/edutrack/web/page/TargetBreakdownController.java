package cn.edutrack.web.page;

import cn.edutrack.web.backend.Backend;
import cn.edutrack.web.backend.BackendException;
import cn.edutrack.web.backend.BreakdownView;
import cn.edutrack.web.backend.Problem;
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
        String day = AsOfDay.read(asOf, model);
        Problem refused = null;
        try {
            model.addAttribute("breakdown", backend.query(BreakdownView.class,
                    "/api/plans/{planId}/targets/{targetId}/breakdown",
                    Map.of("planId", planId, "targetId", targetId), Map.of("asOf", day)));
        } catch (BackendException e) {
            if (e.status() != 400 || !AsOfDay.refused(e.problem())) {
                throw e;
            }
            refused = e.problem();
        }
        AsOfDay.concluded(model, refused);
        return "breakdown";
    }
}
