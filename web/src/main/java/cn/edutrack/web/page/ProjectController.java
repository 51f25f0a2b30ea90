package cn.edutrack.web.page;

import cn.edutrack.web.backend.Backend;
import cn.edutrack.web.backend.BackendException;
import cn.edutrack.web.backend.ProjectViews.AsOf;
import cn.edutrack.web.backend.ProjectViews.History;
import cn.edutrack.web.backend.ProjectViews.Summary;
import cn.edutrack.web.backend.ProjectViews.Verification;
import cn.edutrack.web.security.SignedInUser;
import java.util.LinkedHashMap;
import java.util.List;
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
        String day = AsOfDay.read(asOf, model);
        if (!day.isEmpty()) {
            try {
                AsOf state = backend.query(AsOf.class, "/api/projects/{id}/as-of", path, Map.of("date", day));
                model.addAttribute("asOfState", state);
                model.addAttribute("project", state.project());
                Map<String, String> money = new LinkedHashMap<>();
                state.funding().forEach(f -> money.put(f.source(), f.amount()));
                model.addAttribute("money", money);
            } catch (BackendException e) {
                if (e.status() == 400 || e.status() == 404) {
                    model.addAttribute("asOfProblem", e.problem());
                } else {
                    throw e;
                }
            }
        }
        History history = backend.query(History.class, "/api/projects/{id}/history", path, Map.of());
        model.addAttribute("history", history);
        model.addAttribute("progressSeries", ProgressSeries.of(history.events(), live.plannedCompletion()));
        SignedInUser user = Backend.currentUser();
        model.addAttribute("actions", actions(user, live));
        model.addAttribute("correctable", CorrectionForm.correctable(user, live, history));
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

    /**
     * The recording forms offered to {@code user} on the project as it is now: a manager of the owning organisation
     * the lifecycle steps that make sense for its track and status, a supervisor covering it the supervisors'
     * actions (a re-check only while an order is open).
     */
    static List<RecordingForm> actions(SignedInUser user, Summary project) {
        return RecordingForm.all().stream()
                .filter(form -> !form.operation().equals(RecordingForm.REGISTER))
                .filter(form -> form.appliesTo(project.track(), project.kind(), project.status()))
                .filter(form -> RecordingFormController.mayRecord(user, form, project))
                .filter(form -> !form.operation().equals("rechecks") || !project.openOrders().isEmpty())
                .toList();
    }
}
