package cn.edutrack.command.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.plan.web.PlanRequests;
import cn.edutrack.command.project.web.ProjectRequests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request body is serialised for its Idempotency-Key fingerprint. Without a comment it must serialise exactly as it
 * did before the field existed: otherwise a retry of a request sent before an upgrade (and every demo request of an
 * existing local state) is refused as "a different request".
 */
class CommentFingerprintTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aBodyWithoutACommentSerialisesAsBeforeTheFieldExisted() {
        ProjectRequests.AllocateRequest request = JSON.readValue("""
                {"businessDate": "2022-04-01", "source": "CENTRAL_FISCAL", "amount": {"amount": "800", "unit": "WAN_YUAN"},
                 "documentNumber": "X财教〔2022〕18号"}""", ProjectRequests.AllocateRequest.class);

        assertThat(JSON.writeValueAsString(request)).isEqualTo("{\"businessDate\":\"2022-04-01\",\"expectedVersion\":null,"
                + "\"allocationId\":null,\"source\":\"CENTRAL_FISCAL\",\"amount\":{\"amount\":800,\"unit\":\"WAN_YUAN\"},"
                + "\"documentNumber\":\"X财教〔2022〕18号\"}");
    }

    @Test
    void aCommentIsPartOfTheFingerprint() {
        ProjectRequests.CancelRequest request = JSON.readValue("""
                {"businessDate": "2022-04-01", "reason": "规划调整", "comment": "据区政府常务会议纪要"}""",
                ProjectRequests.CancelRequest.class);

        assertThat(JSON.writeValueAsString(request)).contains("\"comment\":\"据区政府常务会议纪要\"");
    }

    @Test
    void planRequestsLeaveAnAbsentCommentOutToo() {
        PlanRequests.RegisterJurisdictionRequest request = JSON.readValue("""
                {"businessDate": "2021-01-01", "code": "CN-13/邯郸市/魏县", "name": "魏县", "level": "COUNTY"}""", PlanRequests.RegisterJurisdictionRequest.class);

        assertThat(JSON.writeValueAsString(request)).doesNotContain("comment");
    }
}
