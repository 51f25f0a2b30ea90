package cn.edutrack.query.progress.api;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.query.web.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a supervisor chases: overdue projects, failed acceptances awaiting re-inspection, projects gone quiet. */
@RestController
class LaggingController {

    private final LaggingQueries queries;
    private final Clock clock;

    LaggingController(LaggingQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Lagging projects of {@code jurisdiction} and below (all without it) as of {@code asOf} (default today). */
    @GetMapping("/api/lagging")
    LaggingView lagging(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String asOf) {
        JurisdictionCode code = QueryParameters.jurisdiction("jurisdiction", jurisdiction);
        LocalDate date = QueryParameters.asOf(asOf, clock);
        return new LaggingView(code == null ? null : code.value(), date, queries.overdue(code, date),
                queries.failedAcceptance(code, date), queries.stale(code, date));
    }
}
