package cn.edutrack.web.page;

import cn.edutrack.web.backend.Backend;
import cn.edutrack.web.backend.BackendException;
import cn.edutrack.web.backend.PlanViews.Lagging;
import cn.edutrack.web.backend.PlanViews.Plan;
import cn.edutrack.web.backend.PlanViews.Progress;
import cn.edutrack.web.backend.PlanViews.Target;
import cn.edutrack.web.security.SignedInUser;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervisors' dashboard: the plans the user sees, the chosen plan's targets with their figures and a chart of
 * delivered against expected, and the lagging lists. A manager has no dashboard: it goes to its projects.
 */
@Controller
class DashboardController {

    private final Backend backend;
    private final JsonMapper json;
    private final MessageSource messages;

    DashboardController(Backend backend, JsonMapper json, MessageSource messages) {
        this.backend = backend;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/")
    String dashboard(@RequestParam(required = false) String plan, Model model, Locale locale) {
        SignedInUser user = Backend.currentUser();
        if (user.isManager()) {
            return "redirect:/projects";
        }
        List<Plan> plans = Arrays.asList(backend.query(Plan[].class, "/api/plans", Map.of(), Map.of()));
        model.addAttribute("plans", plans);
        Plan chosen = plans.stream().filter(p -> p.planId().equals(plan)).findFirst()
                .orElse(plan == null && !plans.isEmpty() ? plans.get(0) : null);
        model.addAttribute("chosen", chosen);
        if (chosen != null) {
            try {
                Progress progress = backend.query(Progress.class, "/api/plans/{id}/progress",
                        Map.of("id", chosen.planId()), Map.of());
                model.addAttribute("progress", progress);
                model.addAttribute("chartData", chart(progress.targets(), locale));
            } catch (BackendException e) {
                model.addAttribute("progressProblem", e.problem());
            }
        } else if (plan != null) {
            model.addAttribute("unknownPlan", plan);
        }
        String jurisdiction = chosen != null && within(chosen.jurisdiction(), user.jurisdiction())
                ? chosen.jurisdiction() : user.jurisdiction();
        try {
            model.addAttribute("lagging", backend.query(Lagging.class, "/api/lagging", Map.of(),
                    Map.of("jurisdiction", jurisdiction)));
        } catch (BackendException e) {
            model.addAttribute("laggingProblem", e.problem());
        }
        return "dashboard";
    }

    /** Whether {@code code} is {@code scope} or lies below it. */
    static boolean within(String code, String scope) {
        return code != null && scope != null && (code.equals(scope) || code.startsWith(scope + "/"));
    }

    /** The chart's data for the static script: target names, delivered and expected by now, the series' labels. */
    private String chart(List<Target> targets, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", targets.stream().map(Target::name).toList());
        data.put("delivered", targets.stream().map(t -> number(t.delivered())).toList());
        data.put("expected", targets.stream().map(t -> number(t.expectedByDate())).toList());
        data.put("deliveredLabel", messages.getMessage("progress.delivered", null, locale));
        data.put("expectedLabel", messages.getMessage("progress.expected", null, locale));
        return json.writeValueAsString(data);
    }

    private static BigDecimal number(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
