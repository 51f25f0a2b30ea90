package cn.edutrack.web.page;

import cn.edutrack.web.backend.Backend;
import cn.edutrack.web.backend.BackendException;
import cn.edutrack.web.backend.PlanViews.DistrictRollup;
import cn.edutrack.web.backend.PlanViews.Indicators;
import cn.edutrack.web.backend.PlanViews.Lagging;
import cn.edutrack.web.backend.PlanViews.Money;
import cn.edutrack.web.backend.PlanViews.Plan;
import cn.edutrack.web.backend.PlanViews.Progress;
import cn.edutrack.web.backend.PlanViews.Quotas;
import cn.edutrack.web.backend.PlanViews.Rollup;
import cn.edutrack.web.backend.PlanViews.RollupRow;
import cn.edutrack.web.backend.PlanViews.Target;
import cn.edutrack.web.backend.Problem;
import cn.edutrack.web.security.SignedInUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervisors' dashboard: the plans the user sees; the chosen plan's targets with their figures and a chart of
 * delivered against expected, its soft targets apart, its figures rolled up per programme, its indicators, its
 * per-unit, per-year quotas, its figures rolled up per district, and its money (approved budgets against
 * allocations, by source and per district); every plan's figures per district below the jurisdiction the dashboard
 * is about; the lagging lists. All as of today or, with {@code asOf}, as of that day (passed to every request that
 * takes it, so that "where did we stand at the end of 2024" reads the same figures everywhere; the money is as
 * recorded now, and says so). Each section reads its own
 * answer, so a refusal or failure of one shows in that section only. A manager has no dashboard: it goes to its
 * projects.
 */
@Controller
class DashboardController {

    /** The page's sections in the order they are read; each may hold a problem instead of its answer. */
    private static final List<String> SECTIONS = List.of("progress", "programmeRollup", "indicators", "quotas",
            "rollup", "money", "districtPlans", "lagging");

    private final Backend backend;
    private final JsonMapper json;
    private final MessageSource messages;

    DashboardController(Backend backend, JsonMapper json, MessageSource messages) {
        this.backend = backend;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/")
    String dashboard(@RequestParam(required = false) String plan, @RequestParam(required = false) String asOf,
            Model model, Locale locale) {
        SignedInUser user = Backend.currentUser();
        if (user.isManager()) {
            return "redirect:/projects";
        }
        // every dated request carries the day asked for; none (blank, or not a date) means the backends' today
        String day = AsOfDay.read(asOf, model);
        List<Plan> plans = Arrays.asList(backend.query(Plan[].class, "/api/plans", Map.of(), Map.of()));
        model.addAttribute("plans", plans);
        Plan chosen = plans.stream().filter(p -> p.planId().equals(plan)).findFirst()
                .orElse(plan == null && !plans.isEmpty() ? plans.get(0) : null);
        model.addAttribute("chosen", chosen);
        if (chosen != null) {
            Map<String, String> id = Map.of("id", chosen.planId());
            Progress progress = section(model, "progress",
                    () -> backend.query(Progress.class, "/api/plans/{id}/progress", id, params("asOf", day)));
            if (progress != null) {
                model.addAttribute("chartData", chart(progress.targets(), locale));
            }
            section(model, "programmeRollup", () -> backend.query(Rollup.class, "/api/plans/{id}/rollup", id,
                    params("by", "programme", "asOf", day)));
            section(model, "indicators", () -> backend.query(Indicators.class, "/api/plans/{id}/indicators", id,
                    params("asOf", day)));
            section(model, "quotas", () -> backend.query(Quotas.class, "/api/plans/{id}/quotas", id,
                    params("asOf", day)));
            Rollup rollup = section(model, "rollup", () -> backend.query(Rollup.class, "/api/plans/{id}/rollup", id,
                    params("by", "jurisdiction", "asOf", day)));
            if (rollup != null && !rollup.rows().isEmpty()) {
                model.addAttribute("rollupChart", rollupChart(rollup.rows(), locale));
            }
            // the money API is not dated: it answers as recorded now, which the section says when a day is chosen
            section(model, "money", () -> backend.query(Money.class, "/api/money", Map.of(),
                    params("planId", chosen.planId())));
        } else if (plan != null) {
            model.addAttribute("unknownPlan", plan);
        }
        String jurisdiction = chosen != null && Jurisdictions.within(chosen.jurisdiction(), user.jurisdiction())
                ? chosen.jurisdiction() : user.jurisdiction();
        // the figures below are about this jurisdiction: named as the chosen plan names it when it is the plan's
        model.addAttribute("scopeName", chosen != null && chosen.jurisdictionName() != null
                && Objects.equals(jurisdiction, chosen.jurisdiction()) ? chosen.jurisdictionName() : jurisdiction);
        section(model, "districtPlans", () -> backend.query(DistrictRollup.class, "/api/progress/rollup", Map.of(),
                params("jurisdiction", jurisdiction, "asOf", day)));
        section(model, "lagging", () -> backend.query(Lagging.class, "/api/lagging", Map.of(),
                params("jurisdiction", jurisdiction, "asOf", day)));
        AsOfDay.concluded(model, dateRefused(model));
        return "dashboard";
    }

    /** Query parameters in the order given ({@code name, value, name, value ...}): the requests read as written. */
    private static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    /**
     * The first section's problem that names the date (the backend refused the day asked for), shown at the date's
     * input too: each section says it, but the input is where the user changes it.
     */
    private static Problem dateRefused(Model model) {
        return SECTIONS.stream()
                .map(name -> model.getAttribute(name + "Problem"))
                .filter(Problem.class::isInstance)
                .map(Problem.class::cast)
                .filter(AsOfDay::refused)
                .findFirst()
                .orElse(null);
    }

    /**
     * Reads one section's answer into {@code name}; a refusal or error answer goes into {@code nameProblem} instead
     * (the section shows it, the rest of the page stands). Returns the answer, null when there was none.
     */
    private static <T> T section(Model model, String name, Supplier<T> read) {
        try {
            T answer = read.get();
            model.addAttribute(name, answer);
            return answer;
        } catch (BackendException e) {
            model.addAttribute(name + "Problem", e.problem());
            return null;
        }
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

    /**
     * The roll-up chart's data: one group of bars per district (in the order of the rows), one series per unit with
     * what was delivered in it (null where a district has no figures in that unit: units are never added).
     */
    private String rollupChart(List<RollupRow> rows, Locale locale) {
        Map<String, String> districts = new LinkedHashMap<>();
        rows.forEach(r -> districts.putIfAbsent(r.group(), Jurisdictions.place(r.name(), r.group())));
        List<String> codes = List.copyOf(districts.keySet());
        Map<String, List<BigDecimal>> delivered = new LinkedHashMap<>();
        for (RollupRow row : rows) {
            List<BigDecimal> values = delivered.computeIfAbsent(row.counts(), unit -> nulls(codes.size()));
            values.set(codes.indexOf(row.group()), number(row.delivered()));
        }
        List<Series> series = new ArrayList<>();
        delivered.forEach((unit, values) -> series.add(
                new Series(messages.getMessage("counts." + unit, null, unit, locale), values)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "bar");
        data.put("labels", List.copyOf(districts.values()));
        data.put("series", series);
        return json.writeValueAsString(data);
    }

    /** A chart's series: its name in the legend and its values (one per label). */
    private record Series(String name, List<BigDecimal> data) {
    }

    private static List<BigDecimal> nulls(int size) {
        List<BigDecimal> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(null);
        }
        return values;
    }

    private static BigDecimal number(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
