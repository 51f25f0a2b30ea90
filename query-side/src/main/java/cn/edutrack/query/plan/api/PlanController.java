package cn.edutrack.query.plan.api;

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

    /** Every jurisdiction, or {@code under} and those below it, ordered by code. */
    @GetMapping("/api/jurisdictions")
    List<JurisdictionView> jurisdictions(@RequestParam(required = false) String under) {
        return queries.jurisdictions(QueryParameters.jurisdiction("under", under));
    }

    /** The plans of {@code jurisdiction} and of the jurisdictions below it (every plan without it). */
    @GetMapping("/api/plans")
    List<PlanView> plans(@RequestParam(required = false) String jurisdiction) {
        return queries.plans(QueryParameters.jurisdiction("jurisdiction", jurisdiction));
    }

    /** One plan with its programmes and their targets, and its indicators (binding first). */
    @GetMapping("/api/plans/{planId}")
    PlanDetailView plan(@PathVariable String planId) {
        String id = QueryParameters.planId("planId", planId).value();
        return queries.detail(id).orElseThrow(() -> new PlanNotFoundException(id));
    }

    /** No plan with this id has been projected. */
    static class PlanNotFoundException extends ResourceNotFoundException {
        PlanNotFoundException(String planId) {
            super("no plan " + planId);
        }
    }
}
