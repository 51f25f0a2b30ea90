package cn.edutrack.query.projection;

import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.web.InvalidParameterException;
import cn.edutrack.security.OutOfScopeException;
import cn.edutrack.query.web.PageView;
import cn.edutrack.query.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets operators see what the projection could not apply: administrators and auditors (the endpoint rules) of the
 * whole country, since an anomaly may concern any jurisdiction, or none that can be told.
 */
@RestController
@RequestMapping("/api/projection/anomalies")
class AnomalyController {

    private final ProjectionAnomalies anomalies;

    AnomalyController(ProjectionAnomalies anomalies) {
        this.anomalies = anomalies;
    }

    /**
     * {@code subject} is a project id, a plan id or a jurisdiction code; {@code projectId} is the name the first
     * version of this endpoint gave it, still accepted.
     */
    @GetMapping
    PageView<AnomalyView> list(
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String projectId,
            @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        if (subject != null && projectId != null && !subject.equals(projectId)) {
            throw new InvalidParameterException("subject", "subject and projectId name the same thing; give one of them");
        }
        String which = subject != null ? subject : projectId;
        Paging paging = Paging.parse(page, size);
        CallerScope scope = CallerScope.current();
        if (!scope.national()) {
            throw new OutOfScopeException("outside-jurisdiction", "projection anomalies concern records of every "
                    + "jurisdiction (a poison record may name none); only an administrator or auditor of the whole "
                    + "country reads them, not one of " + scope.jurisdiction());
        }
        return PageView.of(
                anomalies.find(which, open, paging.offset(), paging.size()),
                paging,
                anomalies.count(which, open));
    }
}
