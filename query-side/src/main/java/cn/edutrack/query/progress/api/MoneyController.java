package cn.edutrack.query.progress.api;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.plan.api.PlanQueries;
import cn.edutrack.query.plan.api.PlanView;
import cn.edutrack.query.progress.TargetRules;
import cn.edutrack.query.web.QueryParameters;
import cn.edutrack.query.web.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Approved budgets against allocations, in total, by funding source and per child jurisdiction. */
@RestController
class MoneyController {

    private final PlanQueries plans;
    private final MoneyQueries queries;

    MoneyController(PlanQueries plans, MoneyQueries queries) {
        this.plans = plans;
        this.queries = queries;
    }

    /**
     * The projects assigned to {@code planId} and/or lying in {@code jurisdiction} and below (both optional; with
     * neither, every project of the caller's jurisdiction and below). The plan's jurisdiction and the one asked for
     * must lie in the caller's; projects outside it are never counted.
     */
    @GetMapping("/api/money")
    MoneyView money(@RequestParam(required = false) String planId, @RequestParam(required = false) String jurisdiction) {
        JurisdictionCode code = QueryParameters.jurisdiction("jurisdiction", jurisdiction);
        CallerScope scope = CallerScope.current();
        if (code != null) {
            scope.requireCovered("money", code.value());
        }
        PlanView plan = null;
        if (planId != null && !planId.isBlank()) {
            String id = QueryParameters.planId("planId", planId).value();
            plan = plans.plan(id).orElseThrow(() -> new ResourceNotFoundException("no plan " + id));
            scope.requireCovered("the money of plan " + id, plan.jurisdiction());
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        conditions.add(scope.jurisdictionCondition("s.jurisdiction", params));
        if (plan != null) {
            conditions.add("a.plan_id = :planId");
            params.put("planId", plan.planId());
        }
        if (code != null) {
            conditions.add("(s.jurisdiction = :code or s.jurisdiction like :subtree escape '\\')");
            params.put("code", code.value());
            params.put("subtree", QueryParameters.belowPattern(code.value()));
        }
        MoneyQueries.Selection selection = new MoneyQueries.Selection(String.join(" and ", conditions), params);
        // the groups of byJurisdiction lie one level below the base; below a country, that is its provinces
        String base = code != null ? code.value() : plan != null ? plan.jurisdiction()
                : scope.national() ? null : scope.jurisdiction();
        MoneyQueries.Totals totals = queries.totals(selection);
        return new MoneyView(plan == null ? null : plan.planId(), base, totals.projects(), totals.portfoliosExcluded(),
                MoneyQueries.money(totals.approvedBudget()), MoneyQueries.money(totals.allocated()),
                TargetRules.percentOf(totals.allocated(), totals.approvedBudget()), queries.bySource(selection),
                queries.byJurisdiction(selection, base));
    }
}
