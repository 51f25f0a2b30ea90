package cn.edutrack.query.project.api;

import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.web.QueryParameters;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditor's view of one project: its history with what each event changed, and its state as of a business date as
 * known at a recording time, alone or compared. Readable by whoever may read the project ({@link CallerScope}: a
 * manager its organisation's, the other roles their jurisdiction's and below); the scope is checked on the project as
 * it stands now, before anything is replayed.
 */
@RestController
@RequestMapping("/api/projects")
class ProjectHistoryController {

    private final ProjectQueries projects;
    private final ProjectHistoryQueries queries;
    private final Clock clock;

    ProjectHistoryController(ProjectQueries projects, ProjectHistoryQueries queries, Clock clock) {
        this.projects = projects;
        this.queries = queries;
        this.clock = clock;
    }

    /** Every event in sequence order with who recorded it and why, corrections, and the fields it changed. */
    @GetMapping("/{id}/history")
    HistoryView history(@PathVariable String id) {
        String projectId = readable(id);
        return queries.history(projectId).orElseThrow(() -> new ProjectNotFoundException(projectId));
    }

    /**
     * The project as of {@code date} (default today in Asia/Shanghai) as known at {@code knownAt} (default now; an
     * RFC 3339 instant, or a date meaning the end of that day in Asia/Shanghai).
     */
    @GetMapping("/{id}/as-of")
    AsOfView asOf(@PathVariable String id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String knownAt) {
        LocalDate day = QueryParameters.date("date", date, clock);
        Instant known = QueryParameters.knownAt("knownAt", knownAt, clock);
        String projectId = readable(id);
        return queries.asOf(projectId, day, known);
    }

    /** The fields that differ between the project as of {@code from} and as of {@code to}, each as known at its time. */
    @GetMapping("/{id}/as-of/compare")
    ComparisonView compare(@PathVariable String id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String fromKnownAt,
            @RequestParam(required = false) String toKnownAt) {
        LocalDate fromDate = QueryParameters.requiredDate("from", from);
        LocalDate toDate = QueryParameters.requiredDate("to", to);
        Instant fromKnown = QueryParameters.knownAt("fromKnownAt", fromKnownAt, clock);
        Instant toKnown = QueryParameters.knownAt("toKnownAt", toKnownAt, clock);
        String projectId = readable(id);
        Map<String, Object> before = queries.stateAsOf(projectId, fromDate, fromKnown, "from");
        Map<String, Object> after = queries.stateAsOf(projectId, toDate, toKnown, "to");
        return new ComparisonView(projectId, new ComparisonView.Point(fromDate, fromKnown),
                new ComparisonView.Point(toDate, toKnown), ProjectState.differences(before, after).stream()
                        .map(d -> new ComparisonView.Difference(d.field(), d.from(), d.to())).toList());
    }

    /** The project's id, once the project is known and the caller may read it (404, 403 otherwise). */
    private String readable(String id) {
        String projectId = ProjectQueryController.projectId(id);
        ProjectQueries.Ownership ownership = projects.ownership(projectId)
                .orElseThrow(() -> new ProjectNotFoundException(projectId));
        CallerScope.current().requireProject(projectId, ownership.jurisdiction(), ownership.ownerOrganisation());
        return projectId;
    }
}
