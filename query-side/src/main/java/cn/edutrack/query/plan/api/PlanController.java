package cn.edutrack.query.plan.api;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.web.QueryParameters;
import cn.edutrack.query.web.ResourceNotFoundException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Jurisdictions and plans as registered. Parameters are read as text and checked here. */
@RestController
class PlanController {

    private final PlanQueries queries;

    PlanController(PlanQueries queries) {
        this.queries = queries;
    }

    /**
     * The jurisdictions the caller may see (its own, those below it and those above it), or {@code under} (which its
     * jurisdiction must cover) and those below it, ordered by code.
     */
    @GetMapping("/api/jurisdictions")
    List<JurisdictionView> jurisdictions(@RequestParam(required = false) String under) {
        JurisdictionCode code = QueryParameters.jurisdiction("under", under);
        CallerScope scope = CallerScope.current();
        if (code != null) {
            scope.requireCovered("jurisdictions", code.value());
        }
        return queries.jurisdictions(code, scope);
    }

    /**
     * The plans the caller may see (of its jurisdiction, those below it and those above it), or those of
     * {@code jurisdiction} (which its jurisdiction must cover) and below it.
     */
    @GetMapping("/api/plans")
    List<PlanView> plans(@RequestParam(required = false) String jurisdiction) {
        JurisdictionCode code = QueryParameters.jurisdiction("jurisdiction", jurisdiction);
        CallerScope scope = CallerScope.current();
        if (code != null) {
            scope.requireCovered("plans", code.value());
        }
        return queries.plans(code, scope);
    }

    /**
     * One plan with its programmes and their targets, and its indicators (binding first): a plan of the caller's
     * jurisdiction, of one below it or of one above it.
     */
    @GetMapping("/api/plans/{planId}")
    PlanDetailView plan(@PathVariable String planId) {
        String id = QueryParameters.planId("planId", planId).value();
        PlanView plan = queries.plan(id).orElseThrow(() -> new PlanNotFoundException(id));
        CallerScope.current().requireDefinition("plan " + id, plan.jurisdiction());
        return queries.detail(id).orElseThrow(() -> new PlanNotFoundException(id));
    }

    /** No plan with this id has been projected. */
    static class PlanNotFoundException extends ResourceNotFoundException {
        PlanNotFoundException(String planId) {
            super("no plan " + planId);
        }
    }
}
