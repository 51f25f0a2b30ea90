package cn.edutrack.query;

import cn.edutrack.query.support.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The query API describes itself (every endpoint, plans, progress and histories included), so clients can be built
 * against it.
 */
class OpenApiIT extends QuerySideIntegrationTest {

    @Test
    void theOpenApiDescriptionListsTheQueries() {
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/projects/{id}'].get").exists()
                .jsonPath("$.paths['/api/projects'].get").exists()
                .jsonPath("$.paths['/api/projects/{id}/timeline'].get").exists()
                .jsonPath("$.paths['/api/projects/{id}/history'].get").exists()
                .jsonPath("$.paths['/api/projects/{id}/as-of'].get").exists()
                .jsonPath("$.paths['/api/projects/{id}/as-of/compare'].get").exists()
                .jsonPath("$.paths['/api/projection/anomalies'].get").exists()
                .jsonPath("$.paths['/api/jurisdictions'].get").exists()
                .jsonPath("$.paths['/api/plans'].get").exists()
                .jsonPath("$.paths['/api/plans/{planId}'].get").exists()
                .jsonPath("$.paths['/api/plans/{planId}/progress'].get").exists()
                .jsonPath("$.paths['/api/plans/{planId}/progress/compare'].get").exists()
                .jsonPath("$.paths['/api/plans/{planId}/targets/{targetId}/breakdown'].get").exists()
                .jsonPath("$.paths['/api/plans/{planId}/rollup'].get").exists()
                .jsonPath("$.paths['/api/plans/{planId}/indicators'].get").exists()
                .jsonPath("$.paths['/api/indicators/behind'].get").exists()
                .jsonPath("$.paths['/api/indicators/by-concept/{concept}'].get").exists()
                .jsonPath("$.paths['/api/lagging'].get").exists()
                .jsonPath("$.paths['/api/money'].get").exists()
                // the progress shapes are described, field by field
                .jsonPath("$.components.schemas.PlanProgressView.properties.softTargets").exists()
                .jsonPath("$.components.schemas.TargetProgress.properties.expectedByDate").exists()
                .jsonPath("$.components.schemas.PlanTarget.properties.revisions").exists()
                .jsonPath("$.components.schemas.PlanDetailView.properties.planId").exists()
                // who recorded an event, the supervisors' actions
                .jsonPath("$.components.schemas.Entry.properties.recordedBy").exists()
                // why and in which request, corrections, and what each event changed; states as of a date
                .jsonPath("$.components.schemas.Entry.properties.correlationId").exists()
                .jsonPath("$.components.schemas.HistoryEvent.properties.correctedBy").exists()
                .jsonPath("$.components.schemas.HistoryEvent.properties.changes").exists()
                .jsonPath("$.components.schemas.FieldChange.properties.before").exists()
                .jsonPath("$.components.schemas.AsOfView.properties.counted").exists()
                .jsonPath("$.components.schemas.ComparisonView.properties.changes").exists()
                .jsonPath("$.components.schemas.PlanProgressView.properties.knownAt").exists()
                .jsonPath("$.components.schemas.ProjectSummaryView.properties.rectificationOrders").exists()
                .jsonPath("$.components.schemas.LaggingView.properties.rectificationOverdue").exists()
                .jsonPath("$.components.schemas.OverdueRectificationOrder.properties.deadline").exists();
    }
}
