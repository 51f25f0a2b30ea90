package cn.edutrack.web.page;

import cn.edutrack.web.backend.Backend;
import cn.edutrack.web.backend.BackendException;
import cn.edutrack.web.backend.ProjectViews.AsOf;
import cn.edutrack.web.backend.ProjectViews.History;
import cn.edutrack.web.backend.ProjectViews.Summary;
import cn.edutrack.web.backend.ProjectViews.Verification;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The project page: status, key dates, money by source (live, or as of a date), the timeline of every event with
 * who recorded it and why, and the integrity check of its stored events (hidden from users who may not run it).
 */
@Controller
class ProjectController {

    private final Backend backend;

    ProjectController(Backend backend) {
        this.backend = backend;
    }

    @GetMapping("/projects/{id}")
    String project(@PathVariable String id, @RequestParam(required = false) String asOf, Model model) {
        Map<String, String> path = Map.of("id", id);
        Summary live = backend.query(Summary.class, "/api/projects/{id}", path, Map.of());
        model.addAttribute("project", live);
        model.addAttribute("money", live.allocatedBySource());
        if (asOf != null && !asOf.isBlank()) {
            model.addAttribute("asOf", asOf);
            try {
                LocalDate.parse(asOf.strip());
                AsOf state = backend.query(AsOf.class, "/api/projects/{id}/as-of", path, Map.of("date", asOf.strip()));
                model.addAttribute("asOfState", state);
                model.addAttribute("project", state.project());
                Map<String, String> money = new LinkedHashMap<>();
                state.funding().forEach(f -> money.put(f.source(), f.amount()));
                model.addAttribute("money", money);
            } catch (DateTimeParseException e) {
                model.addAttribute("asOfInvalid", true);
            } catch (BackendException e) {
                if (e.status() == 400 || e.status() == 404) {
                    model.addAttribute("asOfProblem", e.problem());
                } else {
                    throw e;
                }
            }
        }
        model.addAttribute("history", backend.query(History.class, "/api/projects/{id}/history", path, Map.of()));
        model.addAttribute("canReportProgress", Backend.currentUser().managesOrganisation(live.ownerOrganisation()));
        try {
            model.addAttribute("verification", backend.command(Verification.class,
                    "/api/audit/projects/{id}/verification", path));
        } catch (BackendException e) {
            if (e.status() != 403) {
                model.addAttribute("verificationProblem", e.problem());
            }
        }
        return "project";
    }
}
