package cn.edutrack.query.progress.api;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.IndicatorAttribute;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.query.plan.api.PlanDetailView;
import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.plan.api.PlanQueries;
import cn.edutrack.query.plan.api.PlanView;
import cn.edutrack.query.progress.Decimals;
import cn.edutrack.query.progress.IndicatorRules;
import cn.edutrack.query.progress.IndicatorStatus;
import cn.edutrack.query.web.InvalidParameterException;
import cn.edutrack.query.web.QueryParameters;
import cn.edutrack.query.web.ResourceNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Indicators against their targets: of a plan, those behind in a jurisdiction subtree, one concept across plans. */
@RestController
class IndicatorController {

    private final PlanQueries plans;
    private final IndicatorQueries queries;
    private final Clock clock;

    IndicatorController(PlanQueries plans, IndicatorQueries queries, Clock clock) {
        this.plans = plans;
        this.queries = queries;
        this.clock = clock;
    }

    /** The plan's indicators (binding first, then expected, then not stated) with their measurements and status. */
    @GetMapping("/api/plans/{planId}/indicators")
    IndicatorProgressView.OfPlan ofPlan(@PathVariable String planId, @RequestParam(required = false) String asOf) {
        LocalDate date = QueryParameters.asOf(asOf, clock);
        String id = QueryParameters.planId("planId", planId).value();
        PlanView plan = plans.plan(id).orElseThrow(() -> new ResourceNotFoundException("no plan " + id));
        CallerScope.current().requireCovered("the indicators of plan " + id, plan.jurisdiction());
        List<IndicatorProgressView> indicators = queries.indicators(
                        new IndicatorQueries.Selection("p.plan_id = :planId", Map.of("planId", id)), date, "")
                .stream()
                .map(row -> view(row, date))
                .toList();
        return new IndicatorProgressView.OfPlan(id, date, indicators);
    }

    /**
     * Indicators of the plans of {@code jurisdiction} and below (which the caller's jurisdiction must cover; without
     * it, the plans of the caller's jurisdiction and below) whose status is BEHIND or NOT_MET as of the date,
     * optionally of one {@code attribute} (BINDING, EXPECTED, NOT_STATED); binding first.
     */
    @GetMapping("/api/indicators/behind")
    List<IndicatorProgressView.InPlan> behind(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String attribute) {
        JurisdictionCode code = QueryParameters.jurisdiction("jurisdiction", jurisdiction);
        IndicatorAttribute which = QueryParameters.enumValue("attribute", IndicatorAttribute.class, attribute);
        LocalDate date = QueryParameters.asOf(asOf, clock);
        CallerScope scope = CallerScope.current();
        if (code != null) {
            scope.requireCovered("indicators", code.value());
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>(PlanQueries.subtree(code));
        conditions.add(scope.jurisdictionCondition("p.jurisdiction", params));
        if (code != null) {
            conditions.add("(p.jurisdiction = :code or p.jurisdiction like :below escape '\\')");
        }
        if (which != null) {
            conditions.add("i.attribute = :attribute");
            params.put("attribute", which.name());
        }
        return queries.indicators(new IndicatorQueries.Selection(String.join(" and ", conditions), params), date,
                        "p.jurisdiction")
                .stream()
                .map(row -> inPlan(row, view(row, date)))
                .filter(row -> row.status().equals(IndicatorStatus.BEHIND.name())
                        || row.status().equals(IndicatorStatus.NOT_MET.name()))
                .toList();
    }

    /**
     * One row per plan of the caller's jurisdiction and below with an indicator of this concept code (e.g.
     * COMPULSORY_RETENTION_RATE), by jurisdiction.
     */
    @GetMapping("/api/indicators/by-concept/{concept}")
    List<IndicatorProgressView.InPlan> byConcept(@PathVariable String concept, @RequestParam(required = false) String asOf) {
        if (!concept.matches("[A-Z][A-Z0-9_]{1,79}")) {
            throw new InvalidParameterException("concept",
                    "concept must be an upper-case code such as COMPULSORY_RETENTION_RATE: " + concept);
        }
        LocalDate date = QueryParameters.asOf(asOf, clock);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("concept", concept);
        String inScope = CallerScope.current().jurisdictionCondition("p.jurisdiction", params);
        return queries.indicators(new IndicatorQueries.Selection("i.concept = :concept and " + inScope, params), date,
                        "p.jurisdiction, p.period_from")
                .stream()
                .map(row -> inPlan(row, view(row, date)))
                .toList();
    }

    private static IndicatorProgressView view(IndicatorQueries.Row row, LocalDate asOf) {
        PlanDetailView.Indicator indicator = row.indicator();
        PlanDetailView.IndicatorTarget t = indicator.target();
        IndicatorRules.Definition definition = new IndicatorRules.Definition(
                new Quantity(Comparator.valueOf(t.comparator()), t.value(), t.min(), t.max(), t.asWritten()), t.year(),
                indicator.baseline() == null ? null : indicator.baseline().year(),
                indicator.baseline() == null ? null : indicator.baseline().value());
        IndicatorRules.Evaluation evaluation = IndicatorRules.evaluate(definition,
                row.measurements().stream().map(m -> new IndicatorRules.Measured(m.year(), m.value())).toList(),
                asOf, row.periodFrom());
        IndicatorProgressView.Measurement latest = evaluation.latest() == null ? null : row.measurements().stream()
                .filter(m -> m.year() == evaluation.latest().year()).findFirst().orElse(null);
        return new IndicatorProgressView(indicator.indicatorId(), indicator.name(), indicator.unit(), indicator.attribute(),
                indicator.concept(), indicator.baseline(), t, indicator.flags(), indicator.revisions(), row.measurements(),
                latest, Decimals.round(evaluation.expected(), 2), evaluation.status().name(),
                Decimals.round(evaluation.gap(), 2));
    }

    private static IndicatorProgressView.InPlan inPlan(IndicatorQueries.Row row, IndicatorProgressView view) {
        return new IndicatorProgressView.InPlan(row.planId(), row.planTitle(), row.jurisdiction(), row.jurisdictionName(),
                row.periodFrom(), row.periodTo(), view.indicatorId(), view.name(), view.unit(), view.attribute(),
                view.concept(), view.target(), view.latest(), view.expectedByDate(), view.status(), view.gap());
    }
}
