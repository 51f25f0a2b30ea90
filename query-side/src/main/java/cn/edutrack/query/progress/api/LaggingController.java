package cn.edutrack.query.progress.api;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.web.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a supervisor chases: overdue projects, failed acceptances awaiting re-inspection, projects gone quiet, and
 * rectification orders past their deadline.
 */
@RestController
class LaggingController {

    private final LaggingQueries queries;
    private final Clock clock;

    LaggingController(LaggingQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * Lagging projects and overdue rectification orders of {@code jurisdiction} and below (which the caller's
     * jurisdiction must cover; without it, the caller's jurisdiction and below) as of {@code asOf} (default today).
     */
    @GetMapping("/api/lagging")
    LaggingView lagging(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String asOf) {
        JurisdictionCode code = QueryParameters.jurisdiction("jurisdiction", jurisdiction);
        LocalDate date = QueryParameters.asOf(asOf, clock);
        CallerScope scope = CallerScope.current();
        if (code != null) {
            scope.requireCovered("lagging projects", code.value());
        }
        return new LaggingView(code == null ? scope.jurisdiction() : code.value(), date, queries.overdue(code, scope, date),
                queries.failedAcceptance(code, scope, date), queries.stale(code, scope, date),
                queries.rectificationOverdue(code, scope, date));
    }
}
