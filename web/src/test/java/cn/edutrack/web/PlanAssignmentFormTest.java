package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The plan assignment form: the targets of the plans of the project's jurisdiction and above, grouped by plan; the
 * request it sends; the command side's problems at the target choice; who is offered it.
 */
class PlanAssignmentFormTest extends WebTestSupport {


    /** The district's and the city's plans, and a neighbouring district's (of no use to an XX区 project). */
    private static final String PLANS = """
            [{"planId":"xx-district-2021","jurisdiction":"CN-45/XX市/XX区","title":"XX区教育发展十四五规划",\
            "type":"FIVE_YEAR","periodFrom":2021,"periodTo":2025},\
            {"planId":"xx-city-2021","jurisdiction":"CN-45/XX市","title":"XX市教育发展十四五规划",\
            "type":"FIVE_YEAR","periodFrom":2021,"periodTo":2025},\
            {"planId":"yy-district-2021","jurisdiction":"CN-45/XX市/YY区","title":"YY区教育发展十四五规划",\
            "type":"FIVE_YEAR","periodFrom":2021,"periodTo":2025}]""";

    private static final String DISTRICT_PLAN = """
            {"planId":"xx-district-2021","jurisdiction":"CN-45/XX市/XX区","jurisdictionName":"XX区",\
            "title":"XX区教育发展十四五规划","type":"FIVE_YEAR","periodFrom":2021,"periodTo":2025,"version":7,\
            "programmes":[{"programmeId":"PRG-01","name":"学前教育普惠扩容工程","kind":"PROGRAMME","number":"专栏1",\
            "source":null,"targets":[\
            {"targetId":"TGT-K","programmeId":"PRG-01","name":"新建公办幼儿园","counts":"KINDERGARTENS",\
            "planned":{"comparator":"AT_LEAST","value":15,"min":null,"max":null,"asWritten":"15所"},"goal":15,\
            "firmness":"FIRM","indicatorId":null,"per":null,"flags":[],"revisions":0,"source":null},\
            {"targetId":"TGT-PLACES","programmeId":"PRG-01","name":"新增学前学位","counts":"PLACES",\
            "planned":{"comparator":"AT_LEAST","value":5400},"goal":5400,"firmness":"FIRM","flags":[],"revisions":1}]},\
            {"programmeId":"PRG-02","name":"教育质量提升工程","targets":[\
            {"targetId":"TGT-QUALITY","programmeId":"PRG-02","name":"课堂教学改革","counts":"ITEMS","planned":null,\
            "goal":null,"firmness":"SOFT","flags":["unquantified"],"revisions":0}]}],"indicators":[]}""";

    private static final String CITY_PLAN = """
            {"planId":"xx-city-2021","jurisdiction":"CN-45/XX市","title":"XX市教育发展十四五规划",\
            "programmes":[{"programmeId":"C-3","name":"义务教育扩容","targets":[\
            {"targetId":"C-3-PLACES","programmeId":"C-3","name":"新增义务教育学位","counts":"PLACES","goal":30000}]}],\
            "indicators":[]}""";

    private static final String ASSIGNED_HISTORY = """
            {"projectId":"PRJ-1","version":4,"events":[\
            {"sequence":0,"type":"cn.edutrack.project.registered.v1","businessDate":"2023-01-05",\
            "recordedAt":"2023-01-05T01:00:00Z","payload":{},"correctedBy":[],"changes":[]},\
            {"sequence":4,"type":"cn.edutrack.project.assigned-to-plan.v1","businessDate":"2023-03-20",\
            "recordedAt":"2023-03-20T07:12:44Z","correctedBy":[],"changes":[],\
            "payload":{"projectId":"PRJ-1","businessDate":"2023-03-20","recordedAt":"2023-03-20T07:12:44.019Z",\
            "planId":"xx-district-2021","programmeId":"PRG-01","targetId":"TGT-PLACES",\
            "contributions":[{"targetId":null,"counts":"PLACES","value":360,"asWritten":"360个"}],\
            "parent":"PRJ-PORTFOLIO-7","quota":null,"dueYear":2024,"flags":[],"source":null}}]}""";

    private MockHttpSession as(String username, String me, String status) throws Exception {
        MockHttpSession session = login(username, me);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, Fixtures.summary("PRJ-1", "第一小学新建", status, "ORG-XXQ-EDU"))
                .answer("GET /api/plans", 200, PLANS)
                .answer("GET /api/plans/xx-district-2021", 200, DISTRICT_PLAN)
                .answer("GET /api/plans/xx-city-2021", 200, CITY_PLAN)
                .answer("GET /api/projects/PRJ-1/history", 200, Fixtures.HISTORY)
                .answer("GET /api/audit/projects/PRJ-1/verification", 403, Fixtures.FORBIDDEN);
        return session;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private StubBackend.Request sentPost() {
        return BACKEND.requests().stream().filter(r -> r.method().equals("POST")).reduce((a, b) -> b).orElseThrow();
    }

    private MockHttpServletRequestBuilder assign(MockHttpSession session, String target) {
        return post("/projects/PRJ-1/actions/plan-assignment").session(session).with(csrf())
                .param("businessDate", "2025-01-10").param("target", target).param("contributionValue", "1")
                .param("dueYear", "2025").param("parentProjectId", "PRJ-PORTFOLIO-1").param("comment", "");
    }

    @Test
    void theTargetsOfThePlansOfTheProjectsJurisdictionAndAboveAreOfferedGroupedByPlan() throws Exception {
        MockHttpSession manager = as("manager-xxq", MANAGER, "UNDER_CONSTRUCTION");

        String form = page(get("/projects/PRJ-1/actions/plan-assignment").session(manager));

        assertThat(form).contains("<label for=\"target\">计入的规划目标</label>",
                "<select id=\"target\" name=\"target\" required aria-invalid=\"false\" "
                        + "aria-describedby=\"target-hint\">",
                "<optgroup label=\"XX区教育发展十四五规划\">",
                "<option value=\"xx-district-2021/PRG-01/TGT-K/KINDERGARTENS\">新建公办幼儿园（15 所幼儿园）</option>",
                "<option value=\"xx-district-2021/PRG-01/TGT-PLACES/PLACES\">新增学前学位（5400 个学位）</option>",
                "<option value=\"xx-district-2021/PRG-02/TGT-QUALITY/ITEMS\">课堂教学改革（项）</option>",
                "<optgroup label=\"XX市教育发展十四五规划\">",
                "<option value=\"xx-city-2021/C-3/C-3-PLACES/PLACES\">新增义务教育学位（30000 个学位）</option>",
                "id=\"contributionValue\"", "id=\"dueYear\"", "id=\"parentProjectId\"", "id=\"businessDate\"",
                "<p id=\"target-hint\" class=\"hint\">按规划分组列出，请选择本项目计入的目标。</p>")
                .doesNotContain("YY区教育发展十四五规划", "id=\"current-assignment\"");
        assertThat(form.indexOf("XX区教育发展十四五规划\">")).isLessThan(form.indexOf("XX市教育发展十四五规划\">"));
        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery)
                .contains("/api/plans", "/api/plans/xx-district-2021", "/api/plans/xx-city-2021")
                .doesNotContain("/api/plans/yy-district-2021");
        assertThat(BACKEND.requests()).allSatisfy(r -> assertThat(r.authorization()).isEqualTo(basic("manager-xxq")));

        String english = page(get("/projects/PRJ-1/actions/plan-assignment").param("lang", "en").session(manager));
        assertThat(english).contains("<label for=\"target\">Plan target</label>",
                "<option value=\"xx-district-2021/PRG-01/TGT-K/KINDERGARTENS\">新建公办幼儿园 (15 kindergartens)</option>",
                "Targets grouped by plan: choose the one the project counts towards.");
    }

    @Test
    void theChosenTargetIsSentAsPlanProgrammeAndTargetWithTheContributionInItsUnit() throws Exception {
        MockHttpSession manager = as("manager-xxq", MANAGER, "UNDER_CONSTRUCTION");
        BACKEND.answer("POST /api/projects/PRJ-1/plan-assignment", 201,
                "{\"projectId\":\"PRJ-1\",\"version\":10,\"recorded\":true}");

        mvc.perform(assign(manager, "xx-district-2021/PRG-01/TGT-K/KINDERGARTENS"))
                .andExpect(redirectedUrl("/projects/PRJ-1"))
                .andExpect(flash().attribute("flash", "已保存：纳入规划。"));

        StubBackend.Request sent = sentPost();
        assertThat(sent.pathAndQuery()).isEqualTo("/api/projects/PRJ-1/plan-assignment");
        assertThat(sent.body()).isEqualTo("{\"businessDate\":\"2025-01-10\",\"planId\":\"xx-district-2021\","
                + "\"programmeId\":\"PRG-01\",\"targetId\":\"TGT-K\",\"contributions\":[{\"counts\":\"KINDERGARTENS\","
                + "\"value\":1}],\"dueYear\":2025,\"parentProjectId\":\"PRJ-PORTFOLIO-1\"}");
        assertThat(sent.authorization()).isEqualTo(basic("manager-xxq"));

        mvc.perform(post("/projects/PRJ-1/actions/plan-assignment").session(manager).with(csrf())
                        .param("businessDate", "2025-01-10").param("target", "xx-city-2021/C-3/C-3-PLACES/PLACES"))
                .andExpect(redirectedUrl("/projects/PRJ-1"));
        assertThat(sentPost().body()).isEqualTo("{\"businessDate\":\"2025-01-10\",\"planId\":\"xx-city-2021\","
                + "\"programmeId\":\"C-3\",\"targetId\":\"C-3-PLACES\"}");
    }

    @Test
    void theCurrentAssignmentIsShownAndChosenSoThatSendingAgainKeepsIt() throws Exception {
        MockHttpSession manager = as("manager-xxq", MANAGER, "UNDER_CONSTRUCTION");
        BACKEND.answer("GET /api/projects/PRJ-1/history", 200, ASSIGNED_HISTORY);

        String form = page(get("/projects/PRJ-1/actions/plan-assignment").session(manager)).replaceAll("\\s+", " ");

        assertThat(form).contains("<section id=\"current-assignment\"",
                "<dd class=\"assignment-plan\">XX区教育发展十四五规划</dd>",
                "<dd class=\"assignment-target\">新增学前学位（5400 个学位）</dd>",
                "<dd class=\"assignment-contributions\">360 个学位</dd>", "<dd>2024</dd>", "<dd>PRJ-PORTFOLIO-7</dd>",
                "<option value=\"xx-district-2021/PRG-01/TGT-PLACES/PLACES\" selected=\"selected\">",
                "id=\"contributionValue\" name=\"contributionValue\" type=\"text\" inputmode=\"decimal\" value=\"360\"",
                "id=\"dueYear\" name=\"dueYear\" type=\"number\" min=\"0\" step=\"1\" value=\"2024\"",
                "value=\"PRJ-PORTFOLIO-7\"");
    }

    @Test
    void aProblemNamingThePlanOrTargetIsShownAtTheTargetChoiceKeepingWhatWasChosen() throws Exception {
        MockHttpSession manager = as("manager-xxq", MANAGER, "UNDER_CONSTRUCTION");
        BACKEND.answer("POST /api/projects/PRJ-1/plan-assignment", 422, """
                {"type":"urn:edutrack:problem:unknown-plan-reference","status":422,"rule":"unknown-plan-reference",\
                "detail":"plan xx-district-2021 has no target TGT-K",\
                "planId":"xx-district-2021","targetId":"TGT-K"}""");

        String page = page(assign(manager, "xx-district-2021/PRG-01/TGT-K/KINDERGARTENS"));

        assertThat(page).contains(
                "<p id=\"target-error\" class=\"field-error\">计入的规划目标：该规划中没有所选的专栏或目标。</p>",
                "aria-invalid=\"true\" aria-describedby=\"target-error\"",
                "<option value=\"xx-district-2021/PRG-01/TGT-K/KINDERGARTENS\" selected=\"selected\">",
                "value=\"2025\"", "value=\"PRJ-PORTFOLIO-1\"").doesNotContain("id=\"form-error\"");

        BACKEND.answer("POST /api/projects/PRJ-1/plan-assignment", 400, """
                {"type":"urn:edutrack:problem:invalid-request","status":400,"detail":"programmeId: must be 1 to 80",\
                "errors":[{"field":"dueYear","message":"must be less than or equal to 2100"},\
                {"field":"programmeId","message":"must be 1 to 80 letters, digits, '.', '_' or '-'"}]}""");
        page = page(assign(manager, "xx-district-2021/PRG-01/TGT-K/KINDERGARTENS").param("lang", "en"));
        assertThat(page).contains("<p id=\"target-error\" class=\"field-error\">Plan target: "
                        + "must be 1 to 80 letters, digits, &#39;.&#39;, &#39;_&#39; or &#39;-&#39;</p>",
                "<p id=\"dueYear-error\" class=\"field-error\">Year due: must be less than or equal to 2100</p>");

        String malformed = page(assign(manager, "not-a-target"));
        assertThat(malformed).contains("<p id=\"target-error\" class=\"field-error\">计入的规划目标：请从列表中选择。</p>");
        assertThat(BACKEND.requests()).filteredOn(r -> r.method().equals("POST")).hasSize(2);
    }

    @Test
    void theOwnersManagerAndAnAdministratorCoveringTheProjectAreOfferedTheFormOthersAreRefused() throws Exception {
        MockHttpSession administrator = as("admin-xxq", ADMINISTRATOR, "IN_SERVICE");
        assertThat(page(get("/projects/PRJ-1").session(administrator)))
                .containsPattern("id=\"action-plan-assignment\"\\s+"
                        + "href=\"/projects/PRJ-1/actions/plan-assignment\">纳入规划</a>")
                .doesNotContain("id=\"action-progress\"");
        BACKEND.answer("POST /api/projects/PRJ-1/plan-assignment", 201, "{\"projectId\":\"PRJ-1\",\"version\":10}");
        mvc.perform(assign(administrator, "xx-district-2021/PRG-01/TGT-K/KINDERGARTENS"))
                .andExpect(redirectedUrl("/projects/PRJ-1"));
        assertThat(sentPost().authorization()).isEqualTo(basic("admin-xxq"));

        assertThat(page(get("/projects/PRJ-1").session(as("manager-xxq", MANAGER, "CANCELLED"))))
                .doesNotContain("action-plan-assignment");

        for (MockHttpSession refused : new MockHttpSession[] {as("admin-yyq", OTHER_ADMINISTRATOR, "IN_SERVICE"),
                as("supervisor-xxq", SUPERVISOR, "IN_SERVICE"), as("manager-yyq", OTHER_MANAGER, "IN_SERVICE"),
                as("auditor-cn", AUDITOR, "IN_SERVICE")}) {
            assertThat(page(get("/projects/PRJ-1").session(refused))).doesNotContain("action-plan-assignment");
            mvc.perform(get("/projects/PRJ-1/actions/plan-assignment").session(refused))
                    .andExpect(status().isForbidden());
            mvc.perform(assign(refused, "xx-district-2021/PRG-01/TGT-K/KINDERGARTENS"))
                    .andExpect(status().isForbidden());
        }
        assertThat(BACKEND.requests()).noneMatch(r -> r.method().equals("POST"));
    }
}
