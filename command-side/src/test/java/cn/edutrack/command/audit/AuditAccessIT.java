package cn.edutrack.command.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.support.Requests;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** Who may call the audit endpoints, and what a caller below national scope sees of a checkpoint verification. */
class AuditAccessIT extends AuditTestSupport {

    /** Every audit endpoint (method and pattern); the tests below call each. */
    static final List<String> ENDPOINTS = List.of(
            "GET /api/audit/projects/{id}/verification", "GET /api/audit/plans/{id}/verification",
            "POST /api/audit/checkpoints", "GET /api/audit/checkpoints", "GET /api/audit/checkpoints/{id}",
            "POST /api/audit/verifications", "GET /api/audit/projects/{id}/history",
            "GET /api/audit/jurisdictions/history");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void these_are_all_the_audit_endpoints() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().equals("cn.edutrack.command.audit")) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    info.getPathPatternsCondition().getPatternValues().forEach(p -> mapped.add(method + " " + p));
                }
            }
        });
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(ENDPOINTS);
    }

    /** Calls an endpoint of {@link #ENDPOINTS} as {@code user} on a real project, plan and checkpoint. */
    private Answer call(String user, String endpoint, String projectId, String planId, long checkpointId,
                        String file) {
        return switch (endpoint) {
            case "GET /api/audit/projects/{id}/verification" -> verification(user, projectId);
            case "GET /api/audit/plans/{id}/verification" -> getAs(user, "/api/audit/plans/" + planId + "/verification");
            case "POST /api/audit/checkpoints" -> postAs(user, "/api/audit/checkpoints", "");
            case "GET /api/audit/checkpoints" -> getAs(user, "/api/audit/checkpoints");
            case "GET /api/audit/checkpoints/{id}" -> getAs(user, "/api/audit/checkpoints/" + checkpointId);
            case "POST /api/audit/verifications" -> postAs(user, "/api/audit/verifications", file);
            case "GET /api/audit/projects/{id}/history" -> getAs(user, "/api/audit/projects/" + projectId + "/history");
            case "GET /api/audit/jurisdictions/history" -> getAs(user, "/api/audit/jurisdictions/history");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    private String recordPlan() {
        String file = cn.edutrack.command.support.PlanFiles.uniqueCopy("minimal.yaml");
        Answer imported = post("/api/plan-imports?fileName=minimal.yaml&dryRun=false",
                file.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/yaml", java.util.Map.of());
        assertThat(imported.status()).as(imported.raw().body()).isIn(200, 201);
        return cn.edutrack.command.support.PlanFiles.parse("minimal.yaml", file).plan().id();
    }

    @Test
    void every_audit_endpoint_refuses_anonymous_callers_and_managers_and_admits_the_national_auditor() {
        String projectId = recordProject();
        String planId = recordPlan();
        JsonNode file = checkpoint();
        long id = file.get("id").asLong();
        for (String endpoint : ENDPOINTS) {
            assertThat(call(null, endpoint, projectId, planId, id, file.toString()).status())
                    .as("anonymous " + endpoint).isEqualTo(401);
            Answer manager = call(MANAGER, endpoint, projectId, planId, id, file.toString());
            assertThat(manager.status()).as("manager " + endpoint).isEqualTo(403);
            assertThat(manager.rule()).as("manager " + endpoint).isEqualTo("role-may-not");
            Answer auditor = call(AUDITOR, endpoint, projectId, planId, id, file.toString());
            assertThat(auditor.status()).as("auditor " + endpoint).isIn(200, 201);
            Answer supervisor = call(SUPERVISOR, endpoint, projectId, planId, id, file.toString());
            assertThat(supervisor.status()).as("supervisor " + endpoint)
                    .isEqualTo(endpoint.endsWith("/verification") || endpoint.endsWith("/history") ? 200 : 403);
        }
    }

    /** A project in YY区, XX区's sibling district, owned by YY区's education bureau. */
    String recordSiblingProject() {
        return recordProject(Requests.register(Requests.newProjectId(), "NEW_BUILD")
                .replace("CN-45/XX市/XX区", "CN-45/XX市/YY区").replace("ORG-XXQ-JYJ", "ORG-YYQ-JYJ"));
    }

    @Test
    void an_anonymous_caller_gets_401_everywhere() {
        String projectId = recordProject();
        assertThat(verification(null, projectId).status()).isEqualTo(401);
        assertThat(getAs(null, "/api/audit/checkpoints").status()).isEqualTo(401);
        assertThat(postAs(null, "/api/audit/checkpoints", "").status()).isEqualTo(401);
        assertThat(postAs(null, "/api/audit/verifications", "{}").status()).isEqualTo(401);
    }

    @Test
    void a_manager_gets_403() {
        String projectId = recordProject();
        Answer answer = verification(MANAGER, projectId);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.rule()).isEqualTo("role-may-not");
        assertThat(getAs(MANAGER, "/api/audit/checkpoints").status()).isEqualTo(403);
        assertThat(postAs(MANAGER, "/api/audit/checkpoints", "").status()).isEqualTo(403);
    }

    @Test
    void a_project_is_verified_for_callers_whose_jurisdiction_covers_it() {
        String xx = recordProject();
        String yy = recordSiblingProject();

        assertThat(verification("auditor-xxq", xx).status()).isEqualTo(200);
        Answer sibling = verification("auditor-xxq", yy);
        assertThat(sibling.status()).isEqualTo(403);
        assertThat(sibling.rule()).isEqualTo("outside-jurisdiction");

        assertThat(verification("supervisor-xxs", yy).status()).isEqualTo(200);
        assertThat(verification("supervisor-yyq", xx).status()).isEqualTo(403);
        assertThat(verification("admin-xxs", yy).status()).isEqualTo(200);
        assertThat(verification("admin-handan", xx).status()).isEqualTo(403);
    }

    @Test
    void unknown_subjects_are_404() {
        assertThat(verification(AUDITOR, Requests.newProjectId()).status()).isEqualTo(404);
        assertThat(verification(AUDITOR, "not-a-project").status()).isEqualTo(404);
        assertThat(getAs(AUDITOR, "/api/audit/plans/no-such-plan/verification").status()).isEqualTo(404);
        assertThat(getAs(AUDITOR, "/api/audit/checkpoints/999999999").status()).isEqualTo(404);
        // a project is not verified as a plan, nor the other way round
        String projectId = recordProject();
        assertThat(getAs(AUDITOR, "/api/audit/plans/" + projectId + "/verification").status()).isEqualTo(404);
    }

    @Test
    void only_national_auditors_and_administrators_create_checkpoints() {
        Answer district = postAs("auditor-xxq", "/api/audit/checkpoints", "");
        assertThat(district.status()).isEqualTo(403);
        assertThat(district.rule()).isEqualTo("outside-jurisdiction");
        Answer city = postAs("admin-xxs", "/api/audit/checkpoints", "");
        assertThat(city.status()).isEqualTo(403);
        assertThat(city.rule()).isEqualTo("outside-jurisdiction");
        Answer supervisor = postAs(SUPERVISOR, "/api/audit/checkpoints", "");
        assertThat(supervisor.status()).isEqualTo(403);
        assertThat(supervisor.rule()).isEqualTo("role-may-not");

        Answer national = postAs(ADMINISTRATOR, "/api/audit/checkpoints", "");
        assertThat(national.status()).isEqualTo(201);
        long id = national.body().get("id").asLong();
        assertThat(national.header("Location")).isEqualTo("/api/audit/checkpoints/" + id);
        assertThat(national.body().get("createdBy").asString()).isEqualTo(ADMINISTRATOR);

        // listing and fetching: any auditor or administrator
        Answer list = getAs("auditor-xxq", "/api/audit/checkpoints");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get(0).get("id").asLong()).isGreaterThanOrEqualTo(id);
        assertThat(list.body().get(0).has("leaves")).isFalse();
        Answer fetched = getAs("admin-handan", "/api/audit/checkpoints/" + id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(national.body());
    }

    @Test
    void a_district_auditor_sees_the_root_result_and_only_its_own_problems() {
        String xx = recordProject();
        String yy = recordSiblingProject();
        JsonNode file = checkpoint();
        byte[] original = jdbc.sql("SELECT metadata FROM domainevententry WHERE aggregateidentifier = :id "
                + "AND sequencenumber = 1").param("id", yy).query(byte[].class).single();
        try {
            jdbc.sql("""
                            UPDATE domainevententry
                            SET metadata = convert_to(replace(convert_from(metadata, 'UTF8'), 'manager-yyq', 'manager-xxq'), 'UTF8')
                            WHERE aggregateidentifier = :id AND sequencenumber = 1""")
                    .param("id", yy).update();

            Answer district = verifyAgainst("auditor-xxq", file);
            assertThat(district.status()).isEqualTo(200);
            assertThat(district.body().get("rootMatches").asBoolean()).isFalse();
            assertThat(district.body().get("intact").asBoolean()).isFalse();
            assertThat(problemsOf(district.body(), yy)).isEmpty();
            assertThat(problemsOf(district.body(), xx)).isEmpty();

            JsonNode national = verifyAgainst(file);
            assertThat(problemsOf(national, yy)).containsExactlyInAnyOrder(
                    new Found(yy, 1L, "HEAD_DIFFERS"), new Found(yy, 1L, "ALTERED"));

            assertThat(verifyAgainst("supervisor-cn", file).status()).isEqualTo(403);
        } finally {
            jdbc.sql("UPDATE domainevententry SET metadata = :metadata WHERE aggregateidentifier = :id "
                    + "AND sequencenumber = 1").param("metadata", original).param("id", yy).update();
        }
        assertThat(verification(yy).get("intact").asBoolean()).isTrue();
    }
}
