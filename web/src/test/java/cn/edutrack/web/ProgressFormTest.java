package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The manager's progress form: the command side decides, its problems appear next to the field they name. */
class ProgressFormTest extends WebTestSupport {

    private static final String PERCENT_PROBLEM = """
            {"type":"urn:edutrack:problem:invalid-request","title":"Invalid request","status":400,\
            "detail":"percentComplete: must be less than or equal to 100",\
            "errors":[{"field":"percentComplete","message":"must be less than or equal to 100"}]}""";

    private MockHttpSession session;

    @BeforeEach
    void manager() throws Exception {
        session = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200,
                Fixtures.summary("PRJ-1", "第一小学新建", "UNDER_CONSTRUCTION", "ORG-XXQ-EDU"));
    }

    private MockHttpServletRequestBuilder submit(String percent) {
        return submit(percent, "");
    }

    private MockHttpServletRequestBuilder submit(String percent, String comment) {
        return post("/projects/PRJ-1/progress").session(session)
                .param("businessDate", "2024-06-30").param("percentComplete", percent)
                .param("note", "主体结构封顶").param("comment", comment);
    }

    @Test
    void theFormHasTheFieldsTheBrowserTestsUse() throws Exception {
        String page = mvc.perform(get("/projects/PRJ-1/progress").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"businessDate\"", "id=\"percentComplete\"", "value=\"60\"", "id=\"note\"",
                "id=\"comment\"", "<button id=\"submit\" type=\"submit\">提交</button>", "name=\"_csrf\"",
                "<label for=\"percentComplete\">完成百分比</label>");
    }

    @Test
    void aProblemNamingPercentCompleteIsShownNextToItInTheUsersLanguageKeepingWhatWasTyped() throws Exception {
        BACKEND.answer("POST /api/projects/PRJ-1/progress-reports", 400, PERCENT_PROBLEM);

        String page = mvc.perform(submit("150").with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(
                "<p id=\"percentComplete-error\" class=\"field-error\">完成百分比：须为 0 到 100 之间的整数。</p>",
                "aria-invalid=\"true\" aria-describedby=\"percentComplete-error\"", "value=\"150\"",
                ">主体结构封顶</textarea>", "value=\"2024-06-30\"").doesNotContain("id=\"businessDate-error\"");
        StubBackend.Request sent = BACKEND.requests().stream()
                .filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.body()).isEqualTo("{\"businessDate\":\"2024-06-30\",\"percentComplete\":150,"
                + "\"note\":\"主体结构封顶\"}");
        assertThat(sent.authorization()).isEqualTo(basic("manager-xxq"));
        assertThat(sent.contentType()).startsWith("application/json");

        String english = mvc.perform(submit("150").with(csrf()).param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("<p id=\"percentComplete-error\" class=\"field-error\">"
                + "Percent complete: must be a whole number from 0 to 100.</p>");
    }

    @Test
    void aRuleTheWebAppKnowsIsShownInTheUsersLanguageAnUnknownOneAsTheBackendSaidIt() throws Exception {
        BACKEND.answer("POST /api/projects/PRJ-1/progress-reports", 400, """
                {"type":"urn:edutrack:problem:business-date-in-future","status":400,"rule":"business-date-in-future",\
                "detail":"business date 2099-01-01 is after today",\
                "errors":[{"field":"businessDate","message":"business date 2099-01-01 is after today"}]}""");
        String page = mvc.perform(submit("70").with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<p id=\"businessDate-error\" class=\"field-error\">业务日期：业务日期不能晚于今天。</p>");

        BACKEND.answer("POST /api/projects/PRJ-1/progress-reports", 422, """
                {"type":"urn:edutrack:problem:some-new-rule","status":422,"rule":"some-new-rule",\
                "detail":"the project has a new rule against this"}""");
        page = mvc.perform(submit("70").with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<p id=\"form-error\" class=\"error\" role=\"alert\">"
                + "the project has a new rule against this</p>");
    }

    @Test
    void whatIsNoNumberIsRefusedBeforeTheCommandSideIsCalled() throws Exception {
        String page = mvc.perform(submit("sixty").with(csrf())).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<p id=\"percentComplete-error\" class=\"field-error\">完成百分比: 请填写整数。</p>");
        assertThat(BACKEND.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void successRedirectsToTheProjectWithAFlashMessageAndSendsTheComment() throws Exception {
        BACKEND.answer("POST /api/projects/PRJ-1/progress-reports", 200, "{\"projectId\":\"PRJ-1\",\"version\":10}");

        mvc.perform(submit("70", "监理月报").with(csrf()))
                .andExpect(redirectedUrl("/projects/PRJ-1"))
                .andExpect(flash().attribute("flash", "进度已记录。"));

        assertThat(BACKEND.requests()).filteredOn(r -> r.method().equals("POST")).singleElement()
                .extracting(StubBackend.Request::body).isEqualTo("{\"businessDate\":\"2024-06-30\","
                        + "\"percentComplete\":70,\"note\":\"主体结构封顶\",\"comment\":\"监理月报\"}");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndNothingIsSent() throws Exception {
        mvc.perform(submit("70")).andExpect(status().isForbidden());

        assertThat(BACKEND.requests()).isEmpty();
    }
}
