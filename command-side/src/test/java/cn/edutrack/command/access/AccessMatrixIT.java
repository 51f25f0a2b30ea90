package cn.edutrack.command.access;

import static cn.edutrack.command.support.PlanBodies.indicator;
import static cn.edutrack.command.support.PlanBodies.jurisdiction;
import static cn.edutrack.command.support.PlanBodies.measurement;
import static cn.edutrack.command.support.PlanBodies.newDistrictCode;
import static cn.edutrack.command.support.PlanBodies.newPlanId;
import static cn.edutrack.command.support.PlanBodies.plan;
import static cn.edutrack.command.support.PlanBodies.programme;
import static cn.edutrack.command.support.PlanBodies.target;
import static cn.edutrack.command.support.Requests.newProjectId;
import static cn.edutrack.command.support.Requests.register;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.plan.file.PlanFile;
import cn.edutrack.command.support.CommandSideIntegrationTest;
import cn.edutrack.command.support.PlanFiles;
import cn.edutrack.command.support.Requests;
import cn.edutrack.security.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Role x jurisdiction x endpoint over HTTP, on the real event store: who gets 401, 403 and 2xx, and that every
 * refusal leaves the event store as it was. Users: test-users.yaml (XX市 with its districts XX区 and YY区; 邯郸市).
 */
class AccessMatrixIT extends CommandSideIntegrationTest {

    static final String XXQ = "CN-45/XX市/XX区";
    static final String YYQ = "CN-45/XX市/YY区";

    /** A plan of XX区 with programme col7, target kg and indicator retention; recorded once. */
    static final String PLAN = newPlanId();
    private static boolean planRecorded;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /**
     * One endpoint of the command API: the roles the endpoint rules admit, the path (for a project endpoint, of the
     * given project) and a body that is valid on a freshly registered project.
     */
    record Endpoint(String method, String pattern, Set<Role> roles, Function<String, String> path,
                    Function<String, String> body, String contentType) {

        static Endpoint post(String pattern, Set<Role> roles, Function<String, String> path, Function<String, String> body) {
            return new Endpoint("POST", pattern, roles, path, body, "application/json");
        }

        static Endpoint onProject(String operation, Set<Role> roles, String body) {
            return post("/api/projects/{projectId}/" + operation, roles,
                    id -> "/api/projects/" + id + "/" + operation, id -> body);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static final Set<Role> MANAGER = Set.of(Role.MANAGER);
    static final Set<Role> SUPERVISOR = Set.of(Role.SUPERVISOR);
    static final Set<Role> ADMINISTRATOR = Set.of(Role.ADMINISTRATOR);
    static final Set<Role> MANAGER_OR_ADMINISTRATOR = Set.of(Role.MANAGER, Role.ADMINISTRATOR);
    static final Set<Role> MANAGER_SUPERVISOR_OR_ADMINISTRATOR = Set.of(Role.MANAGER, Role.SUPERVISOR, Role.ADMINISTRATOR);
    /** A correction of the registration (event 0) of a freshly registered project. */
    static final String CORRECTION = """
            {"correctedSequence": 0, "changes": {"title": "XX区第三实验幼儿园新建工程（更正）"}, "reason": "以立项批复名称为准"}""";

    static final Map<String, String> LIFECYCLE = lifecycleBodies();
    static final Map<String, String> SUPERVISION = Map.of(
            "rectification-orders", """
                    {"businessDate": "2022-06-01", "issuingBody": "XX市人民政府教育督导室", "findings": "进度滞后",
                     "deadline": "2022-07-01"}""",
            "summonses", """
                    {"businessDate": "2022-06-01", "issuingBody": "XX市人民政府教育督导室", "summonedParty": "XX区教育局局长",
                     "reason": "进度滞后"}""",
            "rechecks", """
                    {"businessDate": "2022-06-01", "orderNumber": 1, "result": "RECTIFIED", "findings": "已整改"}""");

    private static Map<String, String> lifecycleBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("approval", Requests.approve("1000"));
        bodies.put("allocations", Requests.allocate("CENTRAL_FISCAL", "1000"));
        bodies.put("construction-start", Requests.start());
        bodies.put("progress-reports", Requests.progress(10));
        bodies.put("completion", Requests.complete(360));
        bodies.put("acceptance-passes", Requests.passAcceptance());
        bodies.put("acceptance-failures", Requests.failAcceptance());
        bodies.put("service-entry", Requests.putIntoService());
        bodies.put("suspension", "{\"businessDate\": \"2022-06-01\", \"reason\": \"征地纠纷\"}");
        bodies.put("resumption", "{\"businessDate\": \"2022-07-01\"}");
        bodies.put("schedule-rebaselines", """
                {"businessDate": "2022-06-01", "plannedStart": "2022-05-01", "plannedCompletion": "2023-12-31", "reason": "延期"}""");
        bodies.put("budget-revisions", """
                {"businessDate": "2022-06-01", "approvedBudget": {"amount": "2000", "unit": "WAN_YUAN"}, "reason": "调整"}""");
        bodies.put("scope-revisions", """
                {"businessDate": "2022-06-01", "scope": "扩建", "plannedCapacity": {"places": 400, "streams": 4, "classes": 12},
                 "reason": "调整"}""");
        bodies.put("handover", """
                {"businessDate": "2022-06-01", "handedOverBy": "开发商", "actualCapacity": {"places": 360, "streams": 4, "classes": 12}}""");
        bodies.put("site-decommissioning", "{\"businessDate\": \"2022-06-01\", \"siteDescription\": \"老校区\", \"placesRemoved\": 100}");
        bodies.put("cancellation", "{\"businessDate\": \"2022-06-01\", \"reason\": \"规划调整\"}");
        bodies.put("reform-launch", "{\"businessDate\": \"2022-06-01\", \"participatingUnits\": [\"ORG-SCH-001\"]}");
        bodies.put("reform-evaluations", """
                {"businessDate": "2022-06-01", "evaluator": "XX区教育督导室", "rating": "优秀", "passed": true}""");
        bodies.put("reform-conclusion", "{\"businessDate\": \"2022-06-01\", \"scaledUp\": false, \"outcome\": \"完成\"}");
        bodies.put("designation-applications", """
                {"businessDate": "2022-06-01", "designation": "标准化学校", "level": "provincial", "applicationBody": "XX区教育局"}""");
        bodies.put("designation-grant", "{\"businessDate\": \"2022-06-01\", \"level\": \"provincial\", \"grantingBody\": \"教育厅\"}");
        bodies.put("designation-rejection", "{\"businessDate\": \"2022-06-01\", \"reason\": \"不达标\"}");
        return bodies;
    }

    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(Endpoint.post("/api/projects", MANAGER_OR_ADMINISTRATOR, id -> "/api/projects",
                id -> register(newProjectId(), "NEW_BUILD")));
        LIFECYCLE.forEach((operation, body) -> endpoints.add(Endpoint.onProject(operation, MANAGER, body)));
        SUPERVISION.forEach((operation, body) -> endpoints.add(Endpoint.onProject(operation, SUPERVISOR, body)));
        endpoints.add(Endpoint.onProject("plan-assignment", MANAGER_OR_ADMINISTRATOR,
                "{\"businessDate\": \"2022-01-10\", \"planId\": \"" + PLAN + "\"}"));
        endpoints.add(Endpoint.onProject("corrections", MANAGER_SUPERVISOR_OR_ADMINISTRATOR, CORRECTION));
        endpoints.add(Endpoint.post("/api/jurisdictions", ADMINISTRATOR, id -> "/api/jurisdictions",
                id -> jurisdiction(newDistrictCode(), "T区", "DISTRICT", "CN-45/XX市")));
        endpoints.add(Endpoint.post("/api/plans", ADMINISTRATOR, id -> "/api/plans", id -> plan(newPlanId())));
        String base = "/api/plans/" + PLAN;
        endpoints.add(Endpoint.post("/api/plans/{planId}/indicators", ADMINISTRATOR, id -> base + "/indicators",
                id -> indicator("97")));
        endpoints.add(Endpoint.post("/api/plans/{planId}/indicators/{indicatorId}/target-revisions", ADMINISTRATOR,
                id -> base + "/indicators/retention/target-revisions", id -> """
                        {"businessDate": "2023-06-01", "targetYear": 2025,
                         "target": {"comparator": "AT_LEAST", "value": 98, "asWritten": "98以上"}, "reason": "调整"}"""));
        endpoints.add(Endpoint.post("/api/plans/{planId}/indicators/{indicatorId}/measurements", ADMINISTRATOR,
                id -> base + "/indicators/retention/measurements", id -> measurement(2022, "96.9")));
        endpoints.add(Endpoint.post("/api/plans/{planId}/programmes", ADMINISTRATOR, id -> base + "/programmes",
                id -> programme()));
        endpoints.add(Endpoint.post("/api/plans/{planId}/targets", ADMINISTRATOR, id -> base + "/targets", id -> target("15")));
        endpoints.add(Endpoint.post("/api/plans/{planId}/targets/{targetId}/revisions", ADMINISTRATOR,
                id -> base + "/targets/kg/revisions", id -> """
                        {"businessDate": "2023-06-01", "planned": {"comparator": "EQUAL", "value": 16, "asWritten": "16所"},
                         "reason": "调整"}"""));
        endpoints.add(new Endpoint("POST", "/api/plan-imports", ADMINISTRATOR,
                id -> "/api/plan-imports?fileName=minimal.yaml&dryRun=true",
                id -> PlanFiles.read("/plan-files/minimal.yaml"), "application/yaml"));
        endpoints.add(Endpoint.post("/api/operations/publisher/replay", ADMINISTRATOR,
                id -> "/api/operations/publisher/replay?since=" + Instant.now(), id -> ""));
        endpoints.add(new Endpoint("GET", "/actuator/info", ADMINISTRATOR, id -> "/actuator/info", id -> null, null));
        endpoints.add(new Endpoint("GET", "/actuator/metrics", ADMINISTRATOR, id -> "/actuator/metrics", id -> null, null));
        return endpoints;
    }

    @BeforeEach
    void planOfXxDistrict() {
        if (!planRecorded) {
            String base = "/api/plans/" + PLAN;
            assertThat(post("/api/plans", plan(PLAN)).status()).isEqualTo(201);
            assertThat(post(base + "/indicators", indicator("97")).status()).isEqualTo(201);
            assertThat(post(base + "/programmes", programme()).status()).isEqualTo(201);
            assertThat(post(base + "/targets", target("15")).status()).isEqualTo(201);
            planRecorded = true;
        }
    }

    // ---------------------------------------------------------------- every endpoint is in the matrix

    @Test
    void theMatrixNamesEveryEndpointOfTheCommandApi() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            // the audit endpoints (reads, and checkpoints an auditor takes) have their own matrix: AuditAccessIT
            if (handler.getBeanType().getPackageName().startsWith("cn.edutrack.command")
                    && !handler.getBeanType().getPackageName().startsWith("cn.edutrack.command.audit")) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    info.getPathPatternsCondition().getPatternValues().forEach(p -> mapped.add(method + " " + p));
                }
            }
        });
        Set<String> inMatrix = new TreeSet<>();
        endpoints().forEach(endpoint -> inMatrix.add(endpoint.toString()));

        assertThat(inMatrix).containsAll(mapped);
        assertThat(mapped).containsAll(inMatrix.stream().filter(endpoint -> endpoint.startsWith("POST ")).toList());
    }

    // ---------------------------------------------------------------- 401

    @Test
    void anAnonymousCallerGets401OnEveryEndpointAndNothingIsStored() {
        String project = registeredProject(CommandSideIntegrationTest.MANAGER, XXQ, "ORG-XXQ-JYJ");
        for (Endpoint endpoint : endpoints()) {
            long before = storedEvents();
            Answer answer = call(null, endpoint, project);
            assertThat(answer.status()).as(endpoint + " anonymous").isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).as(endpoint.toString()).isEqualTo("Basic realm=\"edutrack\"");
            assertThat(answer.body().get("type").asString()).isEqualTo("urn:edutrack:problem:unauthenticated");
            assertThat(storedEvents()).as(endpoint + " stored nothing").isEqualTo(before);
        }
    }

    @Test
    void aWrongPasswordGets401OnEveryEndpointAndNothingIsStored() {
        String project = registeredProject(CommandSideIntegrationTest.MANAGER, XXQ, "ORG-XXQ-JYJ");
        for (Endpoint endpoint : endpoints()) {
            long before = storedEvents();
            Answer answer = call(null, endpoint, project, Map.of("Authorization", basic("admin-cn", "wrong-password")));
            assertThat(answer.status()).as(endpoint + " wrong password").isEqualTo(401);
            assertThat(answer.body().get("detail").asString()).contains("user name or password is wrong");
            assertThat(storedEvents()).isEqualTo(before);
        }
        Answer unknownUser = postAs(null, "/api/projects", register(newProjectId(), "NEW_BUILD"),
                Map.of("Authorization", basic("nobody", PASSWORD)));
        assertThat(unknownUser.status()).isEqualTo(401);
    }

    // ---------------------------------------------------------------- 403 by role

    @Test
    void anAuditorWritesNothingAnywhere() {
        String project = registeredProject(CommandSideIntegrationTest.MANAGER, XXQ, "ORG-XXQ-JYJ");
        for (String auditor : List.of("auditor-cn", "auditor-xxq")) {
            for (Endpoint endpoint : endpoints()) {
                assertRefused(() -> call(auditor, endpoint, project), 403, "role-may-not", auditor + " " + endpoint);
            }
        }
    }

    /**
     * Each role (the national administrator, supervisor and auditor, and XX区's manager, whose organisation owns the
     * project) on each endpoint: a role the endpoint does not admit gets 403 {@code role-may-not} and stores nothing;
     * a role it admits is not refused (what it answers then is the domain's business: 2xx, or a rule of the
     * lifecycle such as completion before the start of construction).
     */
    @Test
    void eachRoleOnEachEndpoint() {
        Map<String, Role> users = Map.of("admin-cn", Role.ADMINISTRATOR, "supervisor-cn", Role.SUPERVISOR,
                "auditor-cn", Role.AUDITOR, "manager-xxq", Role.MANAGER);
        for (Endpoint endpoint : endpoints()) {
            for (Map.Entry<String, Role> user : users.entrySet()) {
                String project = registeredProject(CommandSideIntegrationTest.MANAGER, XXQ, "ORG-XXQ-JYJ");
                String what = user.getKey() + " " + endpoint;
                if (!endpoint.roles().contains(user.getValue())) {
                    assertRefused(() -> call(user.getKey(), endpoint, project), 403, "role-may-not", what);
                } else if (endpoint.pattern().endsWith("/corrections") && user.getValue() == Role.SUPERVISOR) {
                    // the endpoint admits supervisors for their own records; a registration is not one of them
                    assertRefused(() -> call(user.getKey(), endpoint, project), 403, "role-may-not", what);
                } else {
                    Answer answer = call(user.getKey(), endpoint, project);
                    assertThat(answer.status()).as(what + " -> " + answer.raw().body()).isNotIn(401, 403);
                    if (!endpoint.pattern().endsWith("/rechecks") && LIFECYCLE.keySet().stream()
                            .noneMatch(step -> endpoint.pattern().endsWith("/" + step))) {
                        assertThat(answer.status()).as(what + " -> " + answer.raw().body()).isBetween(200, 299);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- managers: their organisation's projects

    @Test
    void aManagerOfAnotherOrganisationCannotRecordAnyStepOfTheProject() {
        String project = registeredProject(CommandSideIntegrationTest.MANAGER, XXQ, "ORG-XXQ-JYJ");
        for (String other : List.of("manager-yyq", "manager-xxq-fgj")) {
            for (Endpoint endpoint : endpoints()) {
                if (endpoint.roles().contains(Role.MANAGER) && endpoint.pattern().startsWith("/api/projects/{projectId}")) {
                    Answer answer = assertRefused(() -> call(other, endpoint, project), 403, "not-your-organisation",
                            other + " " + endpoint);
                    assertThat(answer.body().get("detail").asString()).contains("ORG-XXQ-JYJ");
                }
            }
        }
    }

    @Test
    void theOwningOrganisationsManagerRecordsTheLifecycle() {
        String project = registeredProject(CommandSideIntegrationTest.MANAGER, XXQ, "ORG-XXQ-JYJ");
        assertThat(postAs("manager-xxq", "/api/projects/" + project + "/approval", Requests.approve("1000")).status())
                .isEqualTo(200);
        assertThat(postAs("manager-xxq", "/api/projects/" + project + "/construction-start", Requests.start()).status())
                .isEqualTo(200);
        assertThat(storedEvents(project)).isEqualTo(3);
    }

    @Test
    void aManagerRegistersOnlyForItsOrganisationInItsJurisdiction() {
        String forOther = newProjectId();
        String elsewhere = newProjectId();
        String own = newProjectId();
        assertRefused(() -> postAs("manager-xxq", "/api/projects", registration(forOther, XXQ, "ORG-YYQ-JYJ")),
                403, "not-your-organisation", "for another organisation");
        assertRefused(() -> postAs("manager-xxq", "/api/projects", registration(elsewhere, YYQ, "ORG-XXQ-JYJ")),
                403, "outside-jurisdiction", "in a sibling district");
        assertThat(postAs("manager-xxq", "/api/projects", registration(own, XXQ + "/XX街道", "ORG-XXQ-JYJ")).status())
                .isEqualTo(201);
        assertThat(storedEvents(forOther) + storedEvents(elsewhere)).isZero();
        assertThat(storedEvents(own)).isEqualTo(1);
    }

    @Test
    void anUnknownProjectIsStill404() {
        String unknown = newProjectId();
        assertThat(postAs("manager-yyq", "/api/projects/" + unknown + "/approval", Requests.approve("1")).status())
                .isEqualTo(404);
        assertThat(postAs("supervisor-yyq", "/api/projects/" + unknown + "/summonses", SUPERVISION.get("summonses"))
                .status()).isEqualTo(404);
        assertThat(storedEvents(unknown)).isZero();
    }

    // ---------------------------------------------------------------- supervisors: their jurisdiction and below

    @Test
    void aDistrictSupervisorActsInItsDistrictNotInASiblingDistrict() {
        String xx = registeredProject("manager-xxq", XXQ, "ORG-XXQ-JYJ");
        for (String action : SUPERVISION.keySet()) {
            assertRefused(() -> postAs("supervisor-yyq", "/api/projects/" + xx + "/" + action, SUPERVISION.get(action)),
                    403, "outside-jurisdiction", "supervisor-yyq " + action);
        }

        Answer ordered = postAs("supervisor-xxq", "/api/projects/" + xx + "/rectification-orders",
                SUPERVISION.get("rectification-orders"));
        Answer summoned = postAs("supervisor-xxq", "/api/projects/" + xx + "/summonses", SUPERVISION.get("summonses"));
        Answer rechecked = postAs("supervisor-xxq", "/api/projects/" + xx + "/rechecks", SUPERVISION.get("rechecks"));

        assertThat(ordered.status()).as(ordered.raw().body()).isEqualTo(200);
        assertThat(ordered.body().get("orderNumber").asInt()).isEqualTo(1);
        assertThat(summoned.status()).isEqualTo(200);
        assertThat(rechecked.status()).as(rechecked.raw().body()).isEqualTo(200);
        assertThat(storedEventTypes(xx)).containsExactly("ProjectRegistered", "RectificationOrdered", "SummonsIssued",
                "RecheckRecorded");
    }

    @Test
    void aCitySupervisorActsInEachOfItsDistricts() {
        String xx = registeredProject("manager-xxq", XXQ, "ORG-XXQ-JYJ");
        String yy = registeredProject("manager-yyq", YYQ, "ORG-YYQ-JYJ");
        for (String project : List.of(xx, yy)) {
            Answer ordered = postAs("supervisor-xxs", "/api/projects/" + project + "/rectification-orders",
                    SUPERVISION.get("rectification-orders"));
            assertThat(ordered.status()).as(ordered.raw().body()).isEqualTo(200);
            assertThat(storedEventTypes(project)).containsExactly("ProjectRegistered", "RectificationOrdered");
        }
        String handan = registeredProject("admin-cn", "CN-13/邯郸市/魏县", "魏县教育体育局");
        assertRefused(() -> postAs("supervisor-xxs", "/api/projects/" + handan + "/rectification-orders",
                SUPERVISION.get("rectification-orders")), 403, "outside-jurisdiction", "another city's project");
    }

    // ---------------------------------------------------------------- administrators: their jurisdiction

    @Test
    void anAdministratorOfOneCityCannotDefineAPlanOfAnother() {
        String handanPlan = newPlanId();
        assertRefused(() -> postAs("admin-handan", "/api/plans", plan(handanPlan)), 403, "outside-jurisdiction",
                "a plan of XX区");
        assertThat(storedEvents(handanPlan)).isZero();
        String base = "/api/plans/" + PLAN;
        assertRefused(() -> postAs("admin-handan", base + "/indicators", indicator("99").replace("retention", "other")),
                403, "outside-jurisdiction", "an indicator of XX区's plan");
        assertRefused(() -> postAs("admin-handan", base + "/targets/kg/revisions", """
                {"businessDate": "2023-06-01", "planned": {"comparator": "EQUAL", "value": 99}, "reason": "x"}"""),
                403, "outside-jurisdiction", "a target revision of XX区's plan");
        assertRefused(() -> postAs("admin-handan", base + "/indicators/retention/measurements", measurement(2021, "10")),
                403, "outside-jurisdiction", "a measurement of XX区's plan");

        String cityPlan = newPlanId();
        assertThat(postAs("admin-xxs", "/api/plans", plan(cityPlan)).status()).isEqualTo(201);
        assertThat(postAs("admin-xxs", "/api/plans/" + cityPlan + "/programmes", programme()).status()).isEqualTo(201);
    }

    @Test
    void anAdministratorRegistersJurisdictionsInAndAboveItsOwn() {
        String district = newDistrictCode();
        assertThat(postAs("admin-xxs", "/api/jurisdictions", jurisdiction(district, "T区", "DISTRICT", "CN-45/XX市"))
                .status()).isEqualTo(201);
        assertThat(postAs("admin-xxs", "/api/jurisdictions", jurisdiction("CN-45", "广西壮族自治区", "PROVINCE", null))
                .status()).isIn(200, 201);
        String elsewhere = "CN-13/邯郸市/T" + district.substring(district.lastIndexOf('T') + 1);
        assertRefused(() -> postAs("admin-xxs", "/api/jurisdictions", jurisdiction(elsewhere, "T区", "DISTRICT", "CN-13/邯郸市")),
                403, "outside-jurisdiction", "a district of another city");
        assertRefused(() -> postAs("admin-xxs", "/api/jurisdictions", jurisdiction("CN-45/YY市", "YY市", "CITY", "CN-45")),
                403, "outside-jurisdiction", "a sibling city");
        assertThat(storedEvents(elsewhere)).isZero();
    }

    @Test
    void anAdministratorPlacesProjectsOfItsJurisdictionInPlans() {
        String xx = registeredProject("manager-xxq", XXQ, "ORG-XXQ-JYJ");
        String handan = registeredProject("admin-cn", "CN-13/邯郸市/魏县", "魏县教育体育局");
        String assignment = "{\"businessDate\": \"2022-01-10\", \"planId\": \"" + PLAN + "\"}";

        assertThat(postAs("admin-xxs", "/api/projects/" + xx + "/plan-assignment", assignment).status()).isEqualTo(201);
        assertRefused(() -> postAs("admin-xxs", "/api/projects/" + handan + "/plan-assignment", assignment), 403,
                "outside-jurisdiction", "a project of another city");
        assertRefused(() -> postAs("manager-yyq", "/api/projects/" + xx + "/plan-assignment", assignment), 403,
                "not-your-organisation", "another organisation's project");
        assertRefused(() -> postAs("admin-xxs", "/api/projects", registration(newProjectId(), "CN-13/邯郸市/魏县", "魏县教育体育局")),
                403, "outside-jurisdiction", "registering in another city");
        assertThat(postAs("admin-xxs", "/api/projects", registration(newProjectId(), YYQ, "ORG-YYQ-JYJ")).status())
                .isEqualTo(201);
    }

    @Test
    void anAdministratorOfOneCityCannotImportAPlanFileOfAnotherAndNothingIsStored() {
        String text = PlanFiles.uniqueCopy("xx-district-2021-2025.yaml");
        PlanFile file = PlanFiles.parse("xx.yaml", text);
        long before = storedEvents();

        Answer imported = importAs("admin-handan", text, false);
        Answer dryRun = importAs("admin-handan", text, true);

        for (Answer answer : List.of(imported, dryRun)) {
            assertThat(answer.status()).as(answer.raw().body()).isEqualTo(403);
            assertThat(answer.body().get("type").asString()).isEqualTo("urn:edutrack:problem:forbidden");
            assertThat(answer.body().get("rule").asString()).isEqualTo("outside-jurisdiction");
            JsonNode errors = answer.body().get("errors");
            // the parent jurisdiction, the jurisdiction, the plan and every project
            assertThat(errors).hasSize(3 + file.projects().size());
            assertThat(errors.get(0).get("field").asString()).isEqualTo("jurisdiction.parent");
            assertThat(errors.get(0).get("kind").asString()).isEqualTo("jurisdiction");
            assertThat(errors.get(0).get("id").asString()).isEqualTo("CN-45/XX市");
            assertThat(errors.get(2).get("kind").asString()).isEqualTo("plan");
            assertThat(errors.get(2).get("id").asString()).isEqualTo(file.plan().id());
            assertThat(errors.get(3).get("field").asString()).isEqualTo("projects[0]");
            assertThat(errors.get(3).get("kind").asString()).isEqualTo("project");
            assertThat(errors.get(3).get("jurisdiction").asString()).startsWith(XXQ);
        }
        assertThat(storedEvents()).isEqualTo(before);

        Answer cityAdministrator = importAs("admin-xxs", text, false);
        assertThat(cityAdministrator.status()).as(cityAdministrator.raw().body()).isEqualTo(201);
        assertThat(storedEvents(file.plan().id())).isPositive();
    }

    @Test
    void anImportNamingAProjectRecordedElsewhereIsRefused() {
        // the file names a project that is already recorded in another city: it would be assigned to this plan
        String handan = registeredProject("admin-cn", "CN-13/邯郸市/魏县", "魏县教育体育局");
        String text = PlanFiles.uniqueCopy("xx-district-2021-2025.yaml");
        PlanFile file = PlanFiles.parse("xx.yaml", text);
        // the file's project keys are its project ids; one that is nobody's portfolio
        String key = file.projects().stream().map(PlanFile.Project::key)
                .filter(k -> file.childrenOf(k).isEmpty()).findFirst().orElseThrow();
        String changed = text.replaceAll(java.util.regex.Pattern.quote(key) + "(?![0-9A-Z-])", handan);
        long before = storedEvents();

        Answer answer = importAs("admin-xxs", changed, false);

        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(403);
        assertThat(answer.body().get("errors")).hasSize(1);
        assertThat(answer.body().get("errors").get(0).get("id").asString()).isEqualTo(handan);
        assertThat(answer.body().get("errors").get(0).get("jurisdiction").asString()).isEqualTo("CN-13/邯郸市/魏县");
        assertThat(storedEvents()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- operations

    @Test
    void onlyAnAdministratorReadsInfoAndMetricsAndEveryoneTheirHealth() {
        assertThat(getAs("admin-cn", "/actuator/metrics").status()).isEqualTo(200);
        assertThat(getAs("manager-xxq", "/actuator/metrics").status()).isEqualTo(403);
        assertThat(getAs(null, "/actuator/info").status()).isEqualTo(401);
        assertThat(getAs(null, "/actuator/health").status()).isEqualTo(200);
        Answer me = getAs("supervisor-xxq", "/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("jurisdiction").asString()).isEqualTo(XXQ);
    }

    // ----------------------------------------------------------------

    /** A project registered by {@code user} (201), in {@code jurisdiction}, owned by {@code owner}. */
    private String registeredProject(String user, String jurisdiction, String owner) {
        String id = newProjectId();
        Answer answer = postAs(user, "/api/projects", registration(id, jurisdiction, owner));
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
        return id;
    }

    private static String registration(String id, String jurisdiction, String owner) {
        return register(id, "NEW_BUILD").replace("\"CN-45/XX市/XX区\"", "\"" + jurisdiction + "\"")
                .replace("ORG-XXQ-JYJ", owner);
    }

    private Answer call(String user, Endpoint endpoint, String projectId) {
        return call(user, endpoint, projectId, Map.of());
    }

    private Answer call(String user, Endpoint endpoint, String projectId, Map<String, String> headers) {
        String path = endpoint.path().apply(projectId);
        if (endpoint.method().equals("GET")) {
            return headers.isEmpty() ? getAs(user, path) : get(path, headers);
        }
        return postAs(user, path, endpoint.body().apply(projectId).getBytes(StandardCharsets.UTF_8),
                endpoint.contentType(), headers);
    }

    private Answer importAs(String user, String text, boolean dryRun) {
        return postAs(user, "/api/plan-imports?fileName=" + URLEncoder.encode("xx.yaml", StandardCharsets.UTF_8)
                + "&dryRun=" + dryRun, text.getBytes(StandardCharsets.UTF_8), "application/yaml", Map.of());
    }

    /** A refusal with this status and rule, as a problem, that leaves the event store as it was. */
    private Answer assertRefused(Supplier<Answer> call, int status, String rule, String what) {
        long before = storedEvents();
        Answer answer = call.get();
        assertThat(answer.status()).as(what + " -> " + answer.raw().body()).isEqualTo(status);
        assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        assertThat(answer.rule()).as(what + " -> " + answer.raw().body()).isEqualTo(rule);
        assertThat(storedEvents()).as(what + " stored nothing").isEqualTo(before);
        return answer;
    }
}
