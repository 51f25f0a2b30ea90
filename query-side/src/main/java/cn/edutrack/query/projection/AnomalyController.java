package cn.edutrack.query.projection;

import cn.edutrack.query.web.PageView;
import cn.edutrack.query.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets operators see what the projection could not apply. */
@RestController
@RequestMapping("/api/projection/anomalies")
class AnomalyController {

    private final ProjectionAnomalies anomalies;

    AnomalyController(ProjectionAnomalies anomalies) {
        this.anomalies = anomalies;
    }

    @GetMapping
    PageView<AnomalyView> list(
            @RequestParam(required = false) String projectId,
            @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging paging = Paging.parse(page, size);
        return PageView.of(
                anomalies.find(projectId, open, paging.offset(), paging.size()),
                paging,
                anomalies.count(projectId, open));
    }
}
