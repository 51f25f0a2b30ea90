package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * A target's breakdown per district ({@code /plans/{planId}/targets/{targetId}}): the query side's rows in rank order
 * with their figures and links, as of the day asked for (never a day that is no date), in Chinese or English; a
 * refused or unknown target on the refusal page; not a manager's page; linked from the dashboard's targets tables.
 */
class TargetBreakdownTest extends WebTestSupport {

    static final String CITY_SUPERVISOR = """
            {"userId":"supervisor-xxs","role":"SUPERVISOR","organisation":null,"jurisdiction":"CN-45/XX市"}""";

    static final String BREAKDOWN_PATH = "/api/plans/xx-city-2021/targets/T-PLACES/breakdown";

    /**
     * The city plan's places target per district, in rank order: XX区 and ZZ区 share rank 1 (half completed), YY区
     * (nothing completed) ranks 3, and a row of the city's own level without a registered name.
     */
    static final String BREAKDOWN = """
            {"planId":"xx-city-2021","targetId":"T-PLACES","name":"新增公办学位","counts":"PLACES","by":"jurisdiction",\
            "asOf":"2024-06-30","jurisdiction":"CN-45/XX市","rows":[\
            {"jurisdiction":"CN-45/XX市/XX区","name":"XX区","projects":4,"stages":{"approved":4,"funded":3,\
            "constructionStarted":3,"completed":2,"accepted":1,"inService":1,"acceptanceFailed":0,"cancelled":0},\
            "delivered":1800,"pipeline":{"approved":1,"underConstruction":1,"completed":1},"completionShare":0.500,"rank":1},\
            {"jurisdiction":"CN-45/XX市/ZZ区","name":"ZZ区","projects":2,"stages":{"approved":2,"funded":2,\
            "constructionStarted":2,"completed":1,"accepted":1,"inService":0,"acceptanceFailed":0,"cancelled":0},\
            "delivered":450,"pipeline":{"approved":0,"underConstruction":1,"completed":0},"completionShare":0.5,"rank":1},\
            {"jurisdiction":"CN-45/XX市/YY区","name":"YY区","projects":3,"stages":{"approved":3,"funded":1,\
            "constructionStarted":1,"completed":0,"accepted":0,"inService":0,"acceptanceFailed":0,"cancelled":0},\
            "delivered":0,"pipeline":{"approved":2,"underConstruction":1,"completed":0},"completionShare":0.000,"rank":3},\
            {"jurisdiction":"CN-45/XX市","name":null,"projects":0,"stages":{"approved":0,"funded":0,\
            "constructionStarted":0,"completed":0,"accepted":0,"inService":0,"acceptanceFailed":0,"cancelled":0},\
            "delivered":0,"pipeline":{"approved":0,"underConstruction":0,"completed":0},"completionShare":null,"rank":4}]}""";

    static final String PAGE = "/plans/xx-city-2021/targets/T-PLACES";

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String table(String page) {
        String flat = flat(page);
        int start = flat.indexOf("<table id=\"breakdown\"");
        assertThat(start).as("the breakdown table").isNotNegative();
        return flat.substring(start, flat.indexOf("</table>", start));
    }

    @Test
    void theDistrictsInRankOrderWithTheirFiguresAndLinksInChinese() throws Exception {
        MockHttpSession session = login("supervisor-xxs", CITY_SUPERVISOR);
        BACKEND.answer("GET " + BREAKDOWN_PATH, 200, BREAKDOWN);

        String page = page(session, PAGE);

        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery).containsExactly(BREAKDOWN_PATH);
        assertThat(BACKEND.requests()).allSatisfy(r -> assertThat(r.authorization()).isEqualTo(basic("supervisor-xxs")));
        assertThat(flat(page)).contains("<html lang=\"zh-CN\">", "<title>新增公办学位：分区县完成情况 · ",
                "<h1 id=\"breakdown-heading\">新增公办学位：分区县完成情况</h1>",
                "<p id=\"breakdown-as-of\">统计截至 2024-06-30</p>",
                "<section id=\"breakdown-section\" aria-labelledby=\"breakdown-heading\">",
                "<p id=\"breakdown-unit\">计量单位：学位（个）</p>",
                "<input id=\"breakdown-date\" name=\"asOf\" type=\"date\" value=\"\">",
                "<a id=\"breakdown-back\" href=\"/?plan=xx-city-2021\">返回本规划的总览</a>")
                .doesNotContain("breakdown-date-error").doesNotContain("aria-invalid").doesNotContain("breakdown-today")
                .doesNotContain("breakdown-none");
        String table = table(page);
        assertThat(table).contains(
                "<table id=\"breakdown\" aria-describedby=\"breakdown-unit breakdown-ranking\">"
                        + " <caption>新增公办学位：XX市 下辖各区划按竣工率排名（统计截至 2024-06-30）</caption>",
                "<thead> <tr> <th scope=\"col\">排名</th> <th scope=\"col\">行政区划</th> <th scope=\"col\">项目数</th>"
                        + " <th scope=\"col\">已立项</th> <th scope=\"col\">已开工</th> <th scope=\"col\">已竣工</th>"
                        + " <th scope=\"col\">已验收</th> <th scope=\"col\">已投用</th> <th scope=\"col\">已交付</th>"
                        + " <th scope=\"col\">竣工率</th> </tr> </thead>",
                "<tr data-jurisdiction=\"CN-45/XX市/XX区\" data-rank=\"1\"> <td class=\"num\">1</td>"
                        + " <th scope=\"row\"><a href=\"/projects?jurisdiction=CN-45/XX%E5%B8%82/XX%E5%8C%BA\""
                        + " aria-label=\"XX区 的项目列表\">XX区</a></th> <td class=\"num\">4</td>"
                        + " <td class=\"num\">4</td> <td class=\"num\">3</td> <td class=\"num\">2</td>"
                        + " <td class=\"num\">1</td> <td class=\"num\">1</td>"
                        + " <td class=\"num delivered\">1800</td> <td class=\"num share\">50.0%</td> </tr>",
                "<tr data-jurisdiction=\"CN-45/XX市/ZZ区\" data-rank=\"1\"> <td class=\"num\">1</td>",
                "<td class=\"num delivered\">450</td> <td class=\"num share\">50.0%</td>",
                "<tr data-jurisdiction=\"CN-45/XX市/YY区\" data-rank=\"3\"> <td class=\"num\">3</td>"
                        + " <th scope=\"row\"><a href=\"/projects?jurisdiction=CN-45/XX%E5%B8%82/YY%E5%8C%BA\""
                        + " aria-label=\"YY区 的项目列表\">YY区</a></th> <td class=\"num\">3</td>",
                "<td class=\"num delivered\">0</td> <td class=\"num share\">0.0%</td>",
                // the city's own level, its name not registered: named by its code's last part; no share without projects
                "<tr data-jurisdiction=\"CN-45/XX市\" data-rank=\"4\"> <td class=\"num\">4</td>"
                        + " <th scope=\"row\"><a href=\"/projects?jurisdiction=CN-45/XX%E5%B8%82\""
                        + " aria-label=\"XX市 的项目列表\">XX市</a></th>",
                "<td class=\"num share\">—</td>");
        // the rows as the query side ranked them
        assertThat(table.indexOf("CN-45/XX市/XX区\" data-rank")).isLessThan(table.indexOf("CN-45/XX市/ZZ区\" data-rank"));
        assertThat(table.indexOf("CN-45/XX市/ZZ区\" data-rank")).isLessThan(table.indexOf("CN-45/XX市/YY区\" data-rank"));
        assertThat(table.indexOf("CN-45/XX市/YY区\" data-rank")).isLessThan(table.indexOf("CN-45/XX市\" data-rank"));
        assertThat(page).contains("<p id=\"breakdown-ranking\" class=\"hint\">排名按竣工率");
    }

    @Test
    void theDayAskedForIsSentAndKeptByTheWayBackToTheDashboardAndTheLanguageLinks() throws Exception {
        MockHttpSession session = login("supervisor-xxs", CITY_SUPERVISOR);
        BACKEND.answer("GET " + BREAKDOWN_PATH, 200, BREAKDOWN.replace("\"asOf\":\"2024-06-30\"", "\"asOf\":\"2024-12-31\""));

        String page = flat(page(session, PAGE + "?asOf=2024-12-31"));

        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery)
                .containsExactly(BREAKDOWN_PATH + "?asOf=2024-12-31");
        assertThat(page).contains("<p id=\"breakdown-as-of\">统计截至 2024-12-31</p>",
                "<form id=\"breakdown-date-chooser\" action=\"/plans/xx-city-2021/targets/T-PLACES\" method=\"get\"",
                "<label for=\"breakdown-date\">统计截至日期</label>",
                "<input id=\"breakdown-date\" name=\"asOf\" type=\"date\" value=\"2024-12-31\">",
                "<a id=\"breakdown-today\" href=\"/plans/xx-city-2021/targets/T-PLACES\">返回今日数据</a>",
                "<a id=\"breakdown-back\" href=\"/?plan=xx-city-2021&amp;asOf=2024-12-31\">",
                "id=\"lang-en\" href=\"/plans/xx-city-2021/targets/T-PLACES?asOf=2024-12-31&amp;lang=en\"")
                .doesNotContain("breakdown-date-error");
    }

    @Test
    void aDayThatIsNoDateIsSaidAtItsInputNeverSentAndThePageIsAsOfToday() throws Exception {
        MockHttpSession session = login("supervisor-xxs", CITY_SUPERVISOR);
        BACKEND.answer("GET " + BREAKDOWN_PATH, 200, BREAKDOWN);

        String page = flat(page(session, PAGE + "?asOf=2024-13-45"));

        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery).containsExactly(BREAKDOWN_PATH);
        assertThat(page).contains(
                "<input id=\"breakdown-date\" name=\"asOf\" type=\"date\" value=\"2024-13-45\" aria-invalid=\"true\""
                        + " aria-describedby=\"breakdown-date-error\">",
                "<p id=\"breakdown-date-error\" class=\"error\"> <span>请填写日期，格式为 YYYY-MM-DD。</span> </p>",
                "<p id=\"breakdown-as-of\">统计截至 2024-06-30</p>", "<table id=\"breakdown\"",
                "<a id=\"breakdown-today\" href=\"/plans/xx-city-2021/targets/T-PLACES\">",
                "<a id=\"breakdown-back\" href=\"/?plan=xx-city-2021\">");
    }

    @Test
    void aDayTheQuerySideRefusesIsSaidAtItsInput() throws Exception {
        MockHttpSession session = login("supervisor-xxs", CITY_SUPERVISOR);
        BACKEND.answer("GET " + BREAKDOWN_PATH, 400, """
                {"type":"urn:edutrack:problem:invalid-parameter","title":"Invalid parameter","status":400,\
                "detail":"asOf must be a date such as 2024-06-30: +10000-01-01","parameter":"asOf"}""");

        String page = flat(mvc.perform(get(PAGE).param("asOf", "+10000-01-01").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery)
                .containsExactly(BREAKDOWN_PATH + "?asOf=%2B10000-01-01");
        assertThat(page).contains("<h1 id=\"breakdown-heading\">T-PLACES：分区县完成情况</h1>",
                "value=\"+10000-01-01\" aria-invalid=\"true\" aria-describedby=\"breakdown-date-error\">",
                "<p id=\"breakdown-date-error\" class=\"error\"> <span>无法按该日期统计："
                        + "asOf must be a date such as 2024-06-30: +10000-01-01</span> </p>")
                .doesNotContain("<table").doesNotContain("breakdown-section").doesNotContain("breakdown-as-of\"");

        // any other bad request is the general refusal page, in the query side's words
        BACKEND.answer("GET " + BREAKDOWN_PATH, 400, """
                {"type":"urn:edutrack:problem:invalid-parameter","status":400,"parameter":"targetId",\
                "detail":"targetId must be 1 to 80 letters, digits, '.', '_' or '-'"}""");
        String other = flat(mvc.perform(get(PAGE).session(session)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString());
        assertThat(other).contains("<h1 id=\"error-heading\">无法完成请求</h1>", "<p id=\"error-status\">请求有误。</p>",
                "<p id=\"error-detail\">targetId must be 1 to 80 letters");
    }

    @Test
    void inEnglish() throws Exception {
        MockHttpSession session = login("supervisor-xxs", CITY_SUPERVISOR);
        BACKEND.answer("GET " + BREAKDOWN_PATH, 200, BREAKDOWN);

        String page = flat(page(session, PAGE + "?lang=en"));

        assertThat(page).contains("<html lang=\"en\">", "<h1 id=\"breakdown-heading\">新增公办学位: by district</h1>",
                "<p id=\"breakdown-as-of\">Figures as of 2024-06-30</p>", "<p id=\"breakdown-unit\">Unit: Places</p>",
                "<caption>新增公办学位 in the jurisdictions below XX市, ranked by completion share, as of 2024-06-30</caption>",
                "<th scope=\"col\">Rank</th> <th scope=\"col\">Jurisdiction</th> <th scope=\"col\">Projects</th>",
                "<th scope=\"col\">Delivered</th> <th scope=\"col\">Completion share</th>",
                "aria-label=\"XX区: project list\">XX区</a>",
                "Ranked by completion share (projects completed ÷ projects), highest first; equal shares share a rank.",
                "<a id=\"breakdown-back\" href=\"/?plan=xx-city-2021\">Back to the plan&#39;s dashboard</a>");
    }

    @Test
    void aTargetWithoutProjectsSaysSoWithoutATable() throws Exception {
        MockHttpSession session = login("supervisor-xxs", CITY_SUPERVISOR);
        BACKEND.answer("GET " + BREAKDOWN_PATH, 200, """
                {"planId":"xx-city-2021","targetId":"T-PLACES","name":"新增公办学位","counts":"PLACES",\
                "by":"jurisdiction","asOf":"2024-06-30","jurisdiction":"CN-45/XX市","rows":[]}""");

        String page = flat(page(session, PAGE));

        assertThat(page).contains("<h1 id=\"breakdown-heading\">新增公办学位：分区县完成情况</h1>",
                "<p id=\"breakdown-unit\">计量单位：学位（个）</p>",
                "<p id=\"breakdown-none\">本目标暂无可按下辖区划分列的项目。</p>")
                .doesNotContain("<table").doesNotContain("breakdown-ranking");

        String english = flat(page(session, PAGE + "?lang=en"));
        assertThat(english).contains("<p id=\"breakdown-none\">The target has no projects to show per jurisdiction.</p>");
    }

    @Test
    void anUnknownTargetIsNamedOnTheNotFoundPageWithTheWayBackToItsPlan() throws Exception {
        MockHttpSession session = login("supervisor-xxs", CITY_SUPERVISOR);
        BACKEND.answer("GET /api/plans/xx-city-2021/targets/T-NONE/breakdown", 404, """
                {"type":"about:blank","title":"Not Found","status":404,"detail":"no target T-NONE in plan xx-city-2021"}""");

        String page = flat(mvc.perform(get("/plans/xx-city-2021/targets/T-NONE").session(session))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<h1 id=\"error-heading\">未找到</h1>",
                "<div id=\"backend-error\" role=\"alert\" data-reason=\"not-found\">",
                "<p id=\"error-status\">规划 xx-city-2021 中没有编号为 T-NONE 的目标，或没有该规划。</p>",
                "<p id=\"error-advice\"> 请从总览的目标表中选择目标。 </p>",
                "<p id=\"error-detail\">no target T-NONE in plan xx-city-2021</p>",
                "<a id=\"error-back-dashboard\" href=\"/?plan=xx-city-2021\">返回总览</a>")
                .doesNotContain("项目列表中查找").doesNotContain("的项目。");

        String english = flat(mvc.perform(get("/plans/xx-city-2021/targets/T-NONE").param("lang", "en").session(session))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString());
        assertThat(english).contains("<p id=\"error-status\">There is no target T-NONE in plan xx-city-2021, or no such plan.</p>",
                "Choose the target from the dashboard&#39;s targets table.");
    }

    @Test
    void aTargetOutsideTheJurisdictionIsRefusedWithTheRefusalPage() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        BACKEND.answer("GET " + BREAKDOWN_PATH, 403, """
                {"type":"urn:edutrack:problem:forbidden","title":"Forbidden","status":403,"rule":"outside-jurisdiction",\
                "detail":"plan xx-city-2021 lies outside CN-45/XX市/XX区"}""");

        String page = flat(mvc.perform(get(PAGE).session(session))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<h1 id=\"error-heading\">超出您的管辖范围</h1>",
                "data-reason=\"outside-jurisdiction\"", "<p id=\"error-status\">您无权查看或执行此操作。</p>",
                "您只能查看和督导本辖区（CN-45/XX市/XX区）及下辖区划的内容。",
                "<p id=\"error-detail\">plan xx-city-2021 lies outside CN-45/XX市/XX区</p>",
                "<a id=\"error-back-dashboard\" href=\"/\">返回总览</a>")
                .doesNotContain("没有编号为").doesNotContain("breakdown-heading");
    }

    @Test
    void aManagerIsNotOfferedThePageAndGoesToItsProjects() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);

        mvc.perform(get(PAGE).param("asOf", "2024-12-31").session(session)).andExpect(redirectedUrl("/projects"));
        assertThat(BACKEND.requests()).isEmpty();
    }

    @Test
    void theDashboardsTargetNamesLinkToTheirBreakdownWithTheDayAskedFor() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        BACKEND.answer("GET /api/plans", 200, Fixtures.PLANS)
                .answer("GET /api/plans/xx-district-2021/progress", 200, Fixtures.PROGRESS_WITH_SOFT_TARGET)
                .answer("GET /api/plans/xx-district-2021/indicators", 200, Fixtures.INDICATORS)
                .answer("GET /api/plans/xx-district-2021/rollup", 200, Fixtures.emptyRollup("xx-district-2021", "jurisdiction"))
                .answer("GET /api/plans/xx-district-2021/rollup?by=programme", 200, Fixtures.PROGRAMME_ROLLUP)
                .answer("GET /api/progress/rollup", 200, Fixtures.emptyDistrictPlans("CN-45/XX市/XX区"))
                .answer("GET /api/lagging", 200, Fixtures.LAGGING);

        String dated = page(session, "/?plan=xx-district-2021&asOf=2024-12-31");
        assertThat(dated).contains("<tr data-target-id=\"T-PLACES\">",
                "<th scope=\"row\"><a href=\"/plans/xx-district-2021/targets/T-PLACES?asOf=2024-12-31\""
                        + " aria-label=\"新增公办学位：分区县完成情况\">新增公办学位</a></th>",
                "<th scope=\"row\"><a href=\"/plans/xx-district-2021/targets/T-SCHOOLS?asOf=2024-12-31\"",
                // the soft targets' table too
                "<th scope=\"row\"><a href=\"/plans/xx-district-2021/targets/T-BRANDS?asOf=2024-12-31\""
                        + " aria-label=\"争创优质教育品牌：分区县完成情况\">争创优质教育品牌</a></th>");

        String today = page(session, "/?plan=xx-district-2021");
        assertThat(today).contains("<a href=\"/plans/xx-district-2021/targets/T-PLACES\" aria-label=",
                "<a href=\"/plans/xx-district-2021/targets/T-BRANDS\" aria-label=").doesNotContain("targets/T-PLACES?");

        // a day that is no date is not carried on
        String invalid = page(session, "/?plan=xx-district-2021&asOf=2024-13-45");
        assertThat(invalid).contains("<a href=\"/plans/xx-district-2021/targets/T-PLACES\" aria-label=")
                .doesNotContain("targets/T-PLACES?");

        String english = page(session, "/?plan=xx-district-2021&lang=en");
        assertThat(english).contains("aria-label=\"新增公办学位: by district\">新增公办学位</a>");
    }
}
