package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * The project page: state, key dates, money, progress over time, the timeline with who and why, as of a date, the
 * integrity check.
 */
class ProjectPageTest extends WebTestSupport {

    private void stubProject(int verificationStatus, String verification) {
        BACKEND.answer("GET /api/projects/PRJ-1", 200,
                        Fixtures.summary("PRJ-1", "第一小学新建", "UNDER_CONSTRUCTION", "ORG-XXQ-EDU"))
                .answer("GET /api/projects/PRJ-1/history", 200, Fixtures.HISTORY)
                .answer("GET /api/audit/projects/PRJ-1/verification", verificationStatus, verification);
    }

    @Test
    void anAuditorSeesTheStateTheTimelineAndTheIntegrityResult() throws Exception {
        MockHttpSession session = login("auditor-cn", AUDITOR);
        stubProject(200, Fixtures.VERIFICATION_INTACT);

        String page = mvc.perform(get("/projects/PRJ-1").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 id=\"project-title\">第一小学新建</h1>",
                "<dd id=\"project-status\" data-status=\"UNDER_CONSTRUCTION\">在建</dd>",
                "<dt>立项</dt>", "<dd data-milestone=\"approvedOn\">2023-02-10</dd>",
                "<th scope=\"row\">中央财政</th>", "<td class=\"num\">5000000.00</td>",
                "<td class=\"num\" id=\"approved-budget\">12000000.00</td>",
                "<section id=\"integrity\"", "data-intact=\"true\"", "完整：3 条事件，3 条已封存，未发现篡改。",
                "<ol id=\"timeline\" class=\"timeline\">",
                "<span class=\"event-type\">资金下达</span>", "<span class=\"event-type\">更正记录</span>",
                "<dd class=\"recorded-at\">2023-03-01T10:30:15+08:00</dd>",
                "<dd class=\"recorded-by\">manager-xxq (项目管理人)</dd>",
                "<dd class=\"recorded-by\">（启用用户前的记录）</dd>",
                "<dd class=\"comment\">第一笔市级资金</dd>", "<dd class=\"corrects\">#1</dd>",
                "<dd class=\"corrected-by\">#2</dd>", "<th scope=\"row\">funding.MUNICIPAL_FISCAL</th>",
                "<td>3000000.00</td>", "<td>300000.00</td>", "id=\"as-of-date\"", "id=\"as-of-submit\"");
        assertThat(page).doesNotContain("completedOn").doesNotContain("id=\"action-progress\"");
        assertThat(BACKEND.requests()).allSatisfy(r -> assertThat(r.authorization()).isEqualTo(basic("auditor-cn")));

        String english = mvc.perform(get("/projects/PRJ-1").param("lang", "en").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("<dd id=\"project-status\" data-status=\"UNDER_CONSTRUCTION\">Under construction</dd>",
                "<span class=\"event-type\">Funding allocated</span>", "<dd class=\"recorded-by\">manager-xxq (Manager)</dd>",
                "Intact: 3 events, 3 sealed, nothing altered.");
    }

    @Test
    void theIntegrityCheckIsHiddenFromWhoMayNotRunItAndTheManagerOfTheOwnerMayReportProgress() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        stubProject(403, Fixtures.FORBIDDEN);

        String page = mvc.perform(get("/projects/PRJ-1").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("id=\"integrity\"")
                .containsPattern("id=\"action-progress\"\\s+href=\"/projects/PRJ-1/actions/progress\">报告进度</a>");
    }

    @Test
    void aManagerOfAnotherOrganisationGetsNoProgressAction() throws Exception {
        MockHttpSession session = login("manager-yyq", OTHER_MANAGER);
        stubProject(403, Fixtures.FORBIDDEN);

        String page = mvc.perform(get("/projects/PRJ-1").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("action-progress");
        mvc.perform(get("/projects/PRJ-1/actions/progress").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void asOfADateShowsThatStateInsteadOfTheLiveOne() throws Exception {
        MockHttpSession session = login("auditor-cn", AUDITOR);
        stubProject(200, Fixtures.VERIFICATION_INTACT);
        BACKEND.answer("GET /api/projects/PRJ-1/as-of", 200, """
                {"projectId":"PRJ-1","date":"2023-02-15","knownAt":"2024-07-01T00:00:00Z","counted":[0,1],\
                "corrections":[],"project":%s,"funding":[{"source":"PROVINCIAL_FISCAL","amount":"1000000.00",\
                "allocations":1}]}""".formatted(Fixtures.summary("PRJ-1", "第一小学新建", "APPROVED", "ORG-XXQ-EDU")));

        String page = mvc.perform(get("/projects/PRJ-1").param("asOf", "2023-02-15").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<dd id=\"project-status\" data-status=\"APPROVED\">已立项</dd>",
                "以下为 2023-02-15 当日的状态（按当前所知）。", "<th scope=\"row\">省级财政</th>",
                "<td class=\"num\">1000000.00</td>", "value=\"2023-02-15\"").doesNotContain("中央财政");
        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery)
                .contains("/api/projects/PRJ-1/as-of?date=2023-02-15");

        String bad = mvc.perform(get("/projects/PRJ-1").param("asOf", "15.02.2023").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("<p id=\"as-of-error\" class=\"error\">请填写日期，格式为 YYYY-MM-DD。</p>",
                "aria-describedby=\"as-of-error\"", "data-status=\"UNDER_CONSTRUCTION\"");
    }

    @Test
    void progressOverTimeShowsTheReportsInForceAsALineChartAndATable() throws Exception {
        MockHttpSession session = login("auditor-cn", AUDITOR);
        BACKEND.answer("GET /api/projects/PRJ-2", 200,
                        Fixtures.summary("PRJ-2", "第二小学扩建", "UNDER_CONSTRUCTION", "ORG-XXQ-EDU"))
                .answer("GET /api/projects/PRJ-2/history", 200, Fixtures.PROGRESS_HISTORY)
                .answer("GET /api/audit/projects/PRJ-2/verification", 200, Fixtures.VERIFICATION_INTACT);

        String page = mvc.perform(get("/projects/PRJ-2").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String section = page.substring(page.indexOf("<section id=\"progress-over-time\""),
                page.indexOf("<section id=\"integrity\"")).replaceAll("\\s+", " ");
        assertThat(section).contains("<h2 id=\"progress-over-time-heading\">进度变化</h2>",
                "<div id=\"progress-history-chart\" class=\"chart\" role=\"img\" aria-label=\"完成百分比随时间变化折线图，数据见下表\""
                        + " data-chart=\"{&quot;type&quot;:&quot;line&quot;,&quot;series&quot;:[{&quot;name&quot;:&quot;完成百分比&quot;,"
                        + "&quot;data&quot;:[[&quot;2024-03-31&quot;,30],[&quot;2024-04-28&quot;,40],[&quot;2024-05-31&quot;,55]]}],"
                        + "&quot;yMax&quot;:100,&quot;marks&quot;:[{&quot;date&quot;:&quot;2024-08-31&quot;,"
                        + "&quot;label&quot;:&quot;计划竣工&quot;}]}\"></div>",
                "<table id=\"progress-history\"> <caption>历次进度报告（已按更正后的数值列示）</caption>",
                "<th scope=\"col\">业务日期</th> <th scope=\"col\">完成百分比</th> <th scope=\"col\">进展说明</th>",
                "<tbody> <tr data-sequence=\"1\"> <th scope=\"row\">2024-03-31</th> <td class=\"num\">30%</td> <td>主体结构施工</td> </tr>"
                        + " <tr data-sequence=\"2\"> <th scope=\"row\">2024-04-28</th> <td class=\"num\">40%</td> <td>一层主体完成八成</td> </tr>"
                        + " <tr data-sequence=\"5\"> <th scope=\"row\">2024-05-31</th> <td class=\"num\">55%</td>"
                        + " <td>更正：按监理月报为 55%</td> </tr> </tbody>",
                "/dist/echarts.min.js\"></script>", "<script defer src=\"/js/charts.js\"></script>")
                .doesNotContain("45%").doesNotContain("60%").doesNotContain("progress-history-none");
        assertThat(page.indexOf("id=\"money\"")).isLessThan(page.indexOf("id=\"progress-over-time\""));
        assertThat(page).doesNotContain("<script>").doesNotContain("style=\"");

        String english = mvc.perform(get("/projects/PRJ-2").param("lang", "en").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("<h2 id=\"progress-over-time-heading\">Progress over time</h2>",
                "<caption>Progress reports (as corrected)</caption>", "&quot;label&quot;:&quot;Planned completion&quot;");
    }

    @Test
    void withoutProgressReportsASentenceInsteadOfAnEmptyChart() throws Exception {
        MockHttpSession session = login("auditor-cn", AUDITOR);
        stubProject(200, Fixtures.VERIFICATION_INTACT);

        String page = mvc.perform(get("/projects/PRJ-1").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<section id=\"progress-over-time\"",
                        "<p id=\"progress-history-none\">尚无进度报告。</p>")
                .doesNotContain("progress-history-chart").doesNotContain("<table id=\"progress-history\"")
                .doesNotContain("charts.js");
    }
}
