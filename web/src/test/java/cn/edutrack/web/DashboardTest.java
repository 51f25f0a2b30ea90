package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** The supervisors' dashboard shows the backend's plans, progress and lagging lists, in Chinese or English. */
class DashboardTest extends WebTestSupport {

    private void stubDashboard() {
        BACKEND.answer("GET /api/plans", 200, Fixtures.PLANS)
                .answer("GET /api/plans/xx-district-2021/progress", 200, Fixtures.PROGRESS)
                .answer("GET /api/lagging", 200, Fixtures.LAGGING);
    }

    @Test
    void theChosenPlansTargetsChartAndLaggingListsInChinese() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        stubDashboard();

        String page = mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"zh-CN\">", "<h1>总览</h1>",
                "<option value=\"xx-district-2021\" selected=\"selected\">XX区教育发展十四五规划 (XX区, 2021–2025)</option>",
                "<table id=\"targets\">", "<tr data-target-id=\"T-PLACES\">", "<th scope=\"row\">新增公办学位</th>",
                "<td class=\"num delivered\">2160</td>", "<td class=\"num\">18.0%</td>", "<td class=\"num\">8400</td>",
                ">滞后</td>", ">存在风险</td>", "<section id=\"lagging\"", "第三小学扩建", "逾期 91 天",
                "验收未通过日期 2024-05-10", "第 2 号整改通知，期限 2024-06-01，逾期 29 天",
                "id=\"current-user\">supervisor-xxq</span>", "id=\"current-role\">督导</span>",
                "/dist/echarts.min.js\"></script>", "/js/charts.js");
        assertThat(page).contains("id=\"progress-chart\"").contains(
                "data-chart=\"{&quot;labels&quot;:[&quot;新增公办学位&quot;,&quot;新建学校&quot;],"
                        + "&quot;delivered&quot;:[2160,3],&quot;expected&quot;:[8400,4.2],"
                        + "&quot;deliveredLabel&quot;:&quot;已交付&quot;,&quot;expectedLabel&quot;:&quot;按期应完成&quot;}\"");
        assertThat(page).doesNotContain("<script>").doesNotContain("style=\"");
        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery).containsExactly(
                "/api/plans", "/api/plans/xx-district-2021/progress",
                "/api/lagging?jurisdiction=CN-45%2FXX%E5%B8%82%2FXX%E5%8C%BA");
        assertThat(BACKEND.requests()).allSatisfy(r -> assertThat(r.authorization()).isEqualTo(basic("supervisor-xxq")));
    }

    @Test
    void englishWithLangEnRememberedInACookie() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        stubDashboard();

        MvcResult result = mvc.perform(get("/").param("lang", "en").session(session)).andExpect(status().isOk())
                .andReturn();
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("<html lang=\"en\">", "<h1>Dashboard</h1>", ">Behind</td>", "91 days overdue",
                "Lagging projects", "&quot;deliveredLabel&quot;:&quot;Delivered&quot;", "id=\"current-role\">Supervisor</span>");
        Cookie lang = result.getResponse().getCookie("edutrack-lang");
        assertThat(lang).isNotNull();
        assertThat(lang.getValue()).isEqualTo("en");

        BACKEND.answer("GET /api/projects", 200, Fixtures.page(0, 0, 0));
        String again = mvc.perform(get("/projects").cookie(lang).session(session)
                        .header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("<html lang=\"en\">", "<h1>Projects</h1>");

        String back = mvc.perform(get("/").param("lang", "zh-CN").cookie(lang).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(back).contains("<html lang=\"zh-CN\">", "<h1>总览</h1>");
    }

    @Test
    void anotherPlanIsChosenWithThePlanParameterAndLaggingStaysInTheCallersJurisdiction() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        stubDashboard();
        BACKEND.answer("GET /api/plans/xx-city-2021/progress", 403, """
                {"type":"urn:edutrack:problem:forbidden","status":403,"rule":"outside-jurisdiction",\
                "detail":"CN-45/XX市 lies outside CN-45/XX市/XX区"}""");

        String page = mvc.perform(get("/").param("plan", "xx-city-2021").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<option value=\"xx-city-2021\" selected=\"selected\">",
                "CN-45/XX市 lies outside CN-45/XX市/XX区").doesNotContain("<table id=\"targets\">");
        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery)
                .contains("/api/lagging?jurisdiction=CN-45%2FXX%E5%B8%82%2FXX%E5%8C%BA");
    }

    @Test
    void aManagerHasNoDashboardAndGoesToItsProjects() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/projects"));
        assertThat(BACKEND.requests()).isEmpty();
    }
}
