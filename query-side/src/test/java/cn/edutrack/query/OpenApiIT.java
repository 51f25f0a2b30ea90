package cn.edutrack.query;

import cn.edutrack.query.support.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;

/** The query API describes itself, so clients and the later web UI can be built against it. */
class OpenApiIT extends QuerySideIntegrationTest {

    @Test
    void theOpenApiDescriptionListsTheQueries() {
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/projects/{id}'].get").exists()
                .jsonPath("$.paths['/api/projects'].get").exists()
                .jsonPath("$.paths['/api/projects/{id}/timeline'].get").exists();
    }
}
