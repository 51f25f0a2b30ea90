package cn.edutrack.query.project.api;

import cn.edutrack.events.ProjectId;
import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.web.InvalidParameterException;
import cn.edutrack.query.web.PageView;
import cn.edutrack.query.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Questions about projects, answered from the read models. Parameters are read as text and checked here. A manager
 * sees the projects of its organisation, the other roles those of their jurisdiction and below ({@link CallerScope}).
 */
@RestController
@RequestMapping("/api/projects")
class ProjectQueryController {

    private final ProjectQueries queries;

    ProjectQueryController(ProjectQueries queries) {
        this.queries = queries;
    }

    /** One project: its organisation's managers, or a supervisor, auditor or administrator whose jurisdiction covers it. */
    @GetMapping("/{id}")
    ProjectSummaryView project(@PathVariable String id) {
        String projectId = projectId(id);
        ProjectSummaryView project = queries.summary(projectId).orElseThrow(() -> new ProjectNotFoundException(projectId));
        CallerScope.current().requireProject(projectId, project.jurisdiction(), project.ownerOrganisation());
        return project;
    }

    /** Its full history, each event with who recorded it; readable by whoever may read the project. */
    @GetMapping("/{id}/timeline")
    TimelineView timeline(@PathVariable String id) {
        String projectId = projectId(id);
        ProjectQueries.Ownership ownership = queries.ownership(projectId)
                .orElseThrow(() -> new ProjectNotFoundException(projectId));
        CallerScope.current().requireProject(projectId, ownership.jurisdiction(), ownership.ownerOrganisation());
        return queries.timeline(projectId).orElseThrow(() -> new ProjectNotFoundException(projectId));
    }

    @GetMapping
    PageView<ProjectSummaryView> projects(
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String track,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String sort) {
        ProjectSearch search = ProjectSearch.parse(jurisdiction, track, status, q);
        ProjectSort order = ProjectSort.parse(sort);
        Paging paging = Paging.parse(page, size);
        CallerScope scope = CallerScope.current();
        if (search.jurisdiction() != null) {
            scope.requireCovered("projects", search.jurisdiction().value());
        }
        return PageView.of(queries.search(search, scope, order, paging), paging, queries.count(search, scope));
    }

    /** The path's project id, checked (400 naming {@code id} otherwise). */
    static String projectId(String id) {
        try {
            return ProjectId.of(id).value();
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("id", e.getMessage());
        }
    }
}
