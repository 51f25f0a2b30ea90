package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The recording forms: what each sends to the command side, the command side's problems next to the (nested) field
 * they name, and which actions the project page offers to whom in which status; the progress report among them.
 */
class RecordingFormsTest extends WebTestSupport {

    private static final Pattern ACTION = Pattern.compile("id=\"(action-[a-z-]+)\"");

    private static String project(String status) {
        return Fixtures.summary("PRJ-1", "第一小学新建", status, "ORG-XXQ-EDU");
    }

    private static String withOpenOrder(String summary) {
        return summary.replace("\"rectificationOrders\":[]", """
                "rectificationOrders":[{"orderNumber":1,"orderedOn":"2024-03-01","issuingBody":"XX区教育局",\
                "findings":"消防通道堵塞","deadline":"2024-04-01","originalDeadline":"2024-04-01","status":"RECTIFIED"},\
                {"orderNumber":2,"orderedOn":"2024-05-02","issuingBody":"XX区教育局","findings":"围挡破损",\
                "deadline":"2024-06-01","originalDeadline":"2024-06-01","status":"OPEN"}]""");
    }

    private StubBackend.Request sentPost() {
        return BACKEND.requests().stream().filter(r -> r.method().equals("POST")).reduce((a, b) -> b).orElseThrow();
    }

    private String actionsPage(MockHttpSession session) throws Exception {
        BACKEND.answer("GET /api/projects/PRJ-1/history", 200, Fixtures.HISTORY);
        BACKEND.answer("GET /api/audit/projects/PRJ-1/verification", 403, Fixtures.FORBIDDEN);
        return mvc.perform(get("/projects/PRJ-1").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private List<String> actionsOnProjectPage(MockHttpSession session) throws Exception {
        Matcher m = ACTION.matcher(actionsPage(session));
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void completionSendsTheNestedCapacityAndTheFloorAreaAsTypedAndReturnsToTheProject() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("UNDER_CONSTRUCTION"));
        BACKEND.answer("POST /api/projects/PRJ-1/completion", 200, "{\"projectId\":\"PRJ-1\",\"version\":10}");

        mvc.perform(post("/projects/PRJ-1/actions/completion").session(session).with(csrf())
                        .param("businessDate", "2024-08-20").param("actualCapacity.places", "1080")
                        .param("actualCapacity.streams", "24").param("actualCapacity.classes", "")
                        .param("floorAreaSquareMetres", "12345.60").param("comment", "竣工验收备案"))
                .andExpect(redirectedUrl("/projects/PRJ-1"))
                .andExpect(flash().attribute("flash", "已保存：记录竣工。"));

        StubBackend.Request sent = sentPost();
        assertThat(sent.pathAndQuery()).isEqualTo("/api/projects/PRJ-1/completion");
        assertThat(sent.body()).isEqualTo("{\"businessDate\":\"2024-08-20\",\"actualCapacity\":{\"places\":1080,"
                + "\"streams\":24},\"floorAreaSquareMetres\":12345.60,\"comment\":\"竣工验收备案\"}");
        assertThat(sent.authorization()).isEqualTo(basic("manager-xxq"));
    }

    @Test
    void allocationSendsTheSourceAndTheAmountInTheChosenUnit() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("APPROVED"));
        BACKEND.answer("POST /api/projects/PRJ-1/allocations", 200, "{\"projectId\":\"PRJ-1\",\"version\":4}");

        String form = mvc.perform(get("/projects/PRJ-1/actions/allocations").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<label for=\"amount-amount\">金额</label>", "id=\"amount-unit\"",
                "<option value=\"WAN_YUAN\" selected=\"selected\">万元</option>", "<option value=\"YUAN\">元</option>",
                "<option value=\"MUNICIPAL_FISCAL\">市级财政</option>", "id=\"documentNumber\"",
                "id=\"businessDate\"", "id=\"comment\"", "<button id=\"submit\" type=\"submit\">提交</button>");

        mvc.perform(post("/projects/PRJ-1/actions/allocations").session(session).with(csrf())
                        .param("businessDate", "2024-03-01").param("source", "MUNICIPAL_FISCAL")
                        .param("amount.amount", "1250.5").param("amount.unit", "WAN_YUAN")
                        .param("documentNumber", "X财教〔2024〕12号").param("comment", ""))
                .andExpect(redirectedUrl("/projects/PRJ-1"));

        assertThat(sentPost().body()).isEqualTo("{\"businessDate\":\"2024-03-01\",\"source\":\"MUNICIPAL_FISCAL\","
                + "\"amount\":{\"amount\":\"1250.5\",\"unit\":\"WAN_YUAN\"},\"documentNumber\":\"X财教〔2024〕12号\"}");
    }

    @Test
    void reformEvaluationSendsABooleanAndLaunchSendsOneUnitPerLine() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200,
                project("APPROVED").replace("\"CONSTRUCTION\"", "\"REFORM\""));
        BACKEND.answer("POST /api/projects/PRJ-1/reform-launch", 200, "{\"projectId\":\"PRJ-1\",\"version\":3}");
        BACKEND.answer("POST /api/projects/PRJ-1/reform-evaluations", 200, "{\"projectId\":\"PRJ-1\",\"version\":4}");

        mvc.perform(post("/projects/PRJ-1/actions/reform-launch").session(session).with(csrf())
                        .param("businessDate", "2024-02-01").param("participatingUnits", "第一小学\r\n\r\n 第二中学 \n"))
                .andExpect(redirectedUrl("/projects/PRJ-1"));
        assertThat(sentPost().body())
                .isEqualTo("{\"businessDate\":\"2024-02-01\",\"participatingUnits\":[\"第一小学\",\"第二中学\"]}");

        mvc.perform(post("/projects/PRJ-1/actions/reform-evaluations").session(session).with(csrf())
                        .param("businessDate", "2024-06-01").param("evaluator", "市教科院")
                        .param("rating", "良好").param("passed", "true"))
                .andExpect(redirectedUrl("/projects/PRJ-1"));
        assertThat(sentPost().body()).isEqualTo("{\"businessDate\":\"2024-06-01\",\"evaluator\":\"市教科院\","
                + "\"rating\":\"良好\",\"passed\":true}");
    }

    @Test
    void aProblemNamingANestedFieldIsShownNextToItsInputKeepingWhatWasTyped() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("UNDER_CONSTRUCTION"));
        BACKEND.answer("POST /api/projects/PRJ-1/completion", 400, """
                {"type":"urn:edutrack:problem:invalid-request","status":400,\
                "detail":"actualCapacity.places: must be less than or equal to 100000",\
                "errors":[{"field":"actualCapacity.places","message":"must be less than or equal to 100000"}]}""");

        String page = mvc.perform(post("/projects/PRJ-1/actions/completion").session(session).with(csrf())
                        .param("businessDate", "2024-08-20").param("actualCapacity.places", "200000")
                        .param("actualCapacity.streams", "24").param("floorAreaSquareMetres", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<p id=\"actualCapacity-places-error\" class=\"field-error\">"
                        + "实际学位数：must be less than or equal to 100000</p>",
                "aria-invalid=\"true\" aria-describedby=\"actualCapacity-places-error\"", "value=\"200000\"",
                "value=\"24\"", "value=\"2024-08-20\"").doesNotContain("id=\"actualCapacity-streams-error\"");
    }

    @Test
    void whatIsMissingOrNoNumberIsRefusedBeforeTheCommandSideIsCalledInTheUsersLanguage() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("UNDER_CONSTRUCTION"));

        String page = mvc.perform(post("/projects/PRJ-1/actions/completion").session(session).with(csrf())
                        .param("lang", "en").param("businessDate", "2024-08-20").param("actualCapacity.places", "")
                        .param("floorAreaSquareMetres", "big"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(
                "<p id=\"actualCapacity-places-error\" class=\"field-error\">Actual places: This is required.</p>",
                "<p id=\"floorAreaSquareMetres-error\" class=\"field-error\">Floor area (square metres): "
                        + "Enter a number, such as 1250.5.</p>", "value=\"big\"");
        assertThat(BACKEND.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void theManagerOfTheOwnerIsOfferedTheStepsForTheTrackAndStatus() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("UNDER_CONSTRUCTION"));
        assertThat(actionsOnProjectPage(session)).containsExactly("action-allocations", "action-progress",
                "action-completion", "action-schedule-rebaselines", "action-budget-revisions",
                "action-scope-revisions", "action-suspension", "action-cancellation", "action-plan-assignment");

        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("ACCEPTED"));
        assertThat(actionsOnProjectPage(session)).containsExactly("action-allocations", "action-service-entry",
                "action-schedule-rebaselines", "action-budget-revisions", "action-suspension", "action-cancellation",
                "action-plan-assignment");

        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("COMPLETED"));
        assertThat(actionsOnProjectPage(session)).contains("action-acceptance-passes", "action-acceptance-failures")
                .doesNotContain("action-completion", "action-progress", "action-scope-revisions",
                        "action-site-decommissioning");

        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("SUSPENDED"));
        assertThat(actionsOnProjectPage(session)).containsExactly("action-schedule-rebaselines",
                "action-budget-revisions", "action-scope-revisions", "action-resumption", "action-cancellation",
                "action-plan-assignment");

        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("LAUNCHED").replace("\"CONSTRUCTION\"", "\"REFORM\""));
        assertThat(actionsOnProjectPage(session)).contains("action-progress", "action-reform-evaluations");

        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("APPLIED").replace("\"CONSTRUCTION\"", "\"DESIGNATION\""));
        assertThat(actionsOnProjectPage(session)).containsExactly("action-suspension", "action-cancellation",
                "action-designation-grant", "action-designation-rejection", "action-plan-assignment");

        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("REGISTERED").replace("NEW_SCHOOL", "HANDOVER"));
        assertThat(actionsOnProjectPage(session)).containsExactly("action-approval", "action-scope-revisions",
                "action-handover", "action-suspension", "action-cancellation", "action-plan-assignment");

        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("IN_SERVICE").replace("NEW_SCHOOL", "RELOCATION"));
        assertThat(actionsOnProjectPage(session)).containsExactly("action-site-decommissioning",
                "action-plan-assignment");

        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("IN_SERVICE"));
        assertThat(actionsOnProjectPage(session)).containsExactly("action-plan-assignment");

        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("CANCELLED"));
        assertThat(actionsOnProjectPage(session)).isEmpty();
    }

    @Test
    void anotherManagerAndAnAuditorAreOfferedNothingASupervisorItsActions() throws Exception {
        MockHttpSession otherManager = login("manager-yyq", OTHER_MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("UNDER_CONSTRUCTION"));
        assertThat(actionsOnProjectPage(otherManager)).isEmpty();
        MockHttpSession auditor = login("auditor", AUDITOR);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("UNDER_CONSTRUCTION"));
        assertThat(actionsOnProjectPage(auditor)).isEmpty();

        MockHttpSession supervisor = login("supervisor-xxq", SUPERVISOR);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("UNDER_CONSTRUCTION"));
        assertThat(actionsOnProjectPage(supervisor))
                .containsExactly("action-rectification-orders", "action-summonses");
        BACKEND.answer("GET /api/projects/PRJ-1", 200, withOpenOrder(project("IN_SERVICE")));
        assertThat(actionsOnProjectPage(supervisor))
                .containsExactly("action-rectification-orders", "action-summonses", "action-rechecks");
        BACKEND.answer("GET /api/projects/PRJ-1", 200, withOpenOrder(project("CANCELLED")));
        assertThat(actionsOnProjectPage(supervisor)).isEmpty();
    }

    @Test
    void aFormOfAnotherRoleIsRefusedWithoutCallingTheCommandSide() throws Exception {
        MockHttpSession supervisor = login("supervisor-xxq", SUPERVISOR);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("UNDER_CONSTRUCTION"));

        mvc.perform(post("/projects/PRJ-1/actions/completion").session(supervisor).with(csrf())
                .param("businessDate", "2024-08-20").param("actualCapacity.places", "10"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/projects/new").session(supervisor)).andExpect(status().isForbidden());
        mvc.perform(get("/projects/PRJ-1/actions/no-such-thing").session(supervisor)).andExpect(status().isNotFound());
        assertThat(BACKEND.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void aRecheckChoosesAnOpenOrderAndSendsItsNumber() throws Exception {
        MockHttpSession supervisor = login("supervisor-xxq", SUPERVISOR);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, withOpenOrder(project("UNDER_CONSTRUCTION")));
        BACKEND.answer("POST /api/projects/PRJ-1/rechecks", 200, "{\"projectId\":\"PRJ-1\",\"version\":12}");

        String form = mvc.perform(get("/projects/PRJ-1/actions/rechecks").session(supervisor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<option value=\"2\">第 2 号整改通知（2024-05-02 下达，期限 2024-06-01）：围挡破损</option>")
                .doesNotContain("<option value=\"1\"");

        mvc.perform(post("/projects/PRJ-1/actions/rechecks").session(supervisor).with(csrf())
                        .param("businessDate", "2024-06-02").param("orderNumber", "2")
                        .param("result", "NOT_RECTIFIED").param("findings", "围挡仍未修复")
                        .param("newDeadline", "2024-07-01"))
                .andExpect(redirectedUrl("/projects/PRJ-1"));
        assertThat(sentPost().body()).isEqualTo("{\"businessDate\":\"2024-06-02\",\"orderNumber\":2,"
                + "\"result\":\"NOT_RECTIFIED\",\"findings\":\"围挡仍未修复\",\"newDeadline\":\"2024-07-01\"}");
        assertThat(sentPost().authorization()).isEqualTo(basic("supervisor-xxq"));
    }

    @Test
    void aManagerRegistersAProjectForTheirOwnOrganisationByDefault() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects", 200, Fixtures.page(0, 1, 1, project("APPROVED")));
        assertThat(mvc.perform(get("/projects").session(session)).andReturn().getResponse().getContentAsString())
                .contains("<a id=\"action-register\" class=\"button\" href=\"/projects/new\">登记新项目</a>");

        String form = mvc.perform(get("/projects/new").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"kind\"", "<option value=\"NEW_BUILD\">新建</option>",
                "id=\"jurisdiction\" name=\"jurisdiction\" type=\"text\" value=\"CN-45/XX市/XX区\"",
                "value=\"ORG-XXQ-EDU\"", "id=\"plannedCapacity-places\"");

        BACKEND.answer("POST /api/projects", 201, "{\"projectId\":\"PRJ-NEW-1\",\"version\":0}");
        mvc.perform(post("/projects/new").session(session).with(csrf())
                        .param("businessDate", "2024-01-05").param("projectId", "").param("kind", "NEW_BUILD")
                        .param("title", "第三小学新建").param("jurisdiction", "CN-45/XX市/XX区")
                        .param("ownerOrganisation", "ORG-XXQ-EDU").param("responsiblePerson", "P-7")
                        .param("plannedCapacity.places", "1350").param("plannedCapacity.streams", "30")
                        .param("plannedCapacity.classes", "30"))
                .andExpect(redirectedUrl("/projects/PRJ-NEW-1"))
                .andExpect(flash().attribute("flash", "已保存：登记新项目。"));
        StubBackend.Request sent = sentPost();
        assertThat(sent.pathAndQuery()).isEqualTo("/api/projects");
        assertThat(sent.body()).isEqualTo("{\"businessDate\":\"2024-01-05\",\"kind\":\"NEW_BUILD\","
                + "\"title\":\"第三小学新建\",\"jurisdiction\":\"CN-45/XX市/XX区\",\"ownerOrganisation\":\"ORG-XXQ-EDU\","
                + "\"responsiblePerson\":\"P-7\",\"plannedCapacity\":{\"places\":1350,\"streams\":30,\"classes\":30}}");
    }

    @Test
    void onlyManagersSeeTheRegistrationLink() throws Exception {
        MockHttpSession supervisor = login("supervisor-xxq", SUPERVISOR);
        BACKEND.answer("GET /api/projects", 200, Fixtures.page(0, 1, 1, project("APPROVED")));
        assertThat(mvc.perform(get("/projects").session(supervisor)).andReturn().getResponse().getContentAsString())
                .doesNotContain("action-register");
    }

    // ---------------------------------------------------------------- the progress report, one row of the table

    private MockHttpServletRequestBuilder reportProgress(MockHttpSession session, String percent) {
        return post("/projects/PRJ-1/actions/progress").session(session)
                .param("businessDate", "2024-06-30").param("percentComplete", percent)
                .param("note", "主体结构封顶");
    }

    @Test
    void theProgressFormHasTheFieldsTheBrowserTestsUseAndTheOldAddressLeadsToIt() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("UNDER_CONSTRUCTION"));
        assertThat(actionsPage(session)).containsPattern(
                "id=\"action-progress\"\\s+href=\"/projects/PRJ-1/actions/progress\">报告进度</a>");

        String form = mvc.perform(get("/projects/PRJ-1/actions/progress").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form.replaceAll("\\s+", " ")).contains("<form id=\"progress-form\" method=\"post\" class=\"form\" "
                        + "novalidate action=\"/projects/PRJ-1/actions/progress\">", "id=\"businessDate\"",
                "<label for=\"percentComplete\">完成百分比</label>", "id=\"percentComplete\" name=\"percentComplete\" "
                        + "type=\"number\"", "<textarea id=\"note\" name=\"note\"", "id=\"evidenceReference\"",
                "id=\"comment\"", "<button id=\"submit\" type=\"submit\">提交</button>", "name=\"_csrf\"");

        mvc.perform(get("/projects/PRJ-1/progress").session(session))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/projects/PRJ-1/actions/progress"));
    }

    @Test
    void aReportedProgressIsSentToProgressReportsAndReturnsToTheProject() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("UNDER_CONSTRUCTION"));
        BACKEND.answer("POST /api/projects/PRJ-1/progress-reports", 200, "{\"projectId\":\"PRJ-1\",\"version\":10}");

        mvc.perform(reportProgress(session, "70").with(csrf()).param("evidenceReference", "DOC-JLYB-2024-06")
                        .param("comment", "监理月报"))
                .andExpect(redirectedUrl("/projects/PRJ-1"))
                .andExpect(flash().attribute("flash", "已保存：报告进度。"));

        StubBackend.Request sent = sentPost();
        assertThat(sent.pathAndQuery()).isEqualTo("/api/projects/PRJ-1/progress-reports");
        assertThat(sent.body()).isEqualTo("{\"businessDate\":\"2024-06-30\",\"percentComplete\":70,"
                + "\"note\":\"主体结构封顶\",\"evidenceReference\":\"DOC-JLYB-2024-06\",\"comment\":\"监理月报\"}");
        assertThat(sent.authorization()).isEqualTo(basic("manager-xxq"));
        assertThat(sent.contentType()).startsWith("application/json");
    }

    @Test
    void progressOutOfRangeIsShownNextToThePercentageInTheUsersLanguageKeepingWhatWasTyped() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("UNDER_CONSTRUCTION"));
        BACKEND.answer("POST /api/projects/PRJ-1/progress-reports", 422, """
                {"type":"urn:edutrack:problem:progress-out-of-range","status":422,"rule":"progress-out-of-range",\
                "detail":"percentComplete must be between 0 and 100, was 150"}""");

        String page = mvc.perform(reportProgress(session, "150").with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(
                "<p id=\"percentComplete-error\" class=\"field-error\">完成百分比：进度须在 0 到 100 之间。</p>",
                "aria-invalid=\"true\" aria-describedby=\"percentComplete-error\"", "value=\"150\"",
                ">主体结构封顶</textarea>", "value=\"2024-06-30\"").doesNotContain("id=\"form-error\"");
        assertThat(sentPost().body()).isEqualTo("{\"businessDate\":\"2024-06-30\",\"percentComplete\":150,"
                + "\"note\":\"主体结构封顶\"}");

        String english = mvc.perform(reportProgress(session, "150").with(csrf()).param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("<p id=\"percentComplete-error\" class=\"field-error\">"
                + "Percent complete: Progress must be between 0 and 100.</p>");
    }

    @Test
    void aPercentageThatIsNoWholeNumberIsRefusedBeforeTheCommandSideIsCalled() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("UNDER_CONSTRUCTION"));

        String page = mvc.perform(reportProgress(session, "sixty").with(csrf()))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<p id=\"percentComplete-error\" class=\"field-error\">完成百分比：请填写整数。</p>",
                "value=\"sixty\"");
        assertThat(BACKEND.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void anotherOrganisationsManagerMayNotReportProgressAndAPostWithoutCsrfIsRefused() throws Exception {
        MockHttpSession other = login("manager-yyq", OTHER_MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, project("UNDER_CONSTRUCTION"));

        assertThat(actionsOnProjectPage(other)).doesNotContain("action-progress");
        mvc.perform(get("/projects/PRJ-1/actions/progress").session(other)).andExpect(status().isForbidden());
        mvc.perform(reportProgress(other, "70").with(csrf())).andExpect(status().isForbidden());

        MockHttpSession manager = login("manager-xxq", MANAGER);
        mvc.perform(reportProgress(manager, "70")).andExpect(status().isForbidden());
        assertThat(BACKEND.requests()).noneMatch(r -> r.method().equals("POST"));
    }
}
