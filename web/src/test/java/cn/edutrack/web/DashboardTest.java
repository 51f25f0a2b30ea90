package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The supervisors' dashboard shows the backend's plans, progress, indicators, roll-ups per district and lagging
 * lists, in Chinese or English; a problem with one section shows in that section only.
 */
class DashboardTest extends WebTestSupport {

    static final String CITY_SUPERVISOR = """
            {"userId":"supervisor-xxs","role":"SUPERVISOR","organisation":null,"jurisdiction":"CN-45/XX市"}""";

    /** The district's plan's dashboard: its progress, roll-ups, indicators, lagging lists; no quotas, no money. */
    static void stubDashboard() {
        BACKEND.answer("GET /api/plans", 200, Fixtures.PLANS)
                .answer("GET /api/plans/xx-district-2021/progress", 200, Fixtures.PROGRESS)
                .answer("GET /api/plans/xx-district-2021/indicators", 200, Fixtures.INDICATORS)
                .answer("GET /api/plans/xx-district-2021/rollup", 200, Fixtures.emptyRollup("xx-district-2021", "jurisdiction"))
                .answer("GET /api/plans/xx-district-2021/rollup?by=programme", 200, Fixtures.PROGRAMME_ROLLUP)
                .answer("GET /api/plans/xx-district-2021/quotas", 200, Fixtures.noQuotas("xx-district-2021"))
                .answer("GET /api/money", 200, Fixtures.noMoney("xx-district-2021"))
                .answer("GET /api/progress/rollup", 200, Fixtures.emptyDistrictPlans("CN-45/XX市/XX区"))
                .answer("GET /api/lagging", 200, Fixtures.LAGGING);
    }

    /** The city's plan with its targets summed per district, and every district's own plans. */
    private void stubCityDashboard() {
        BACKEND.answer("GET /api/plans", 200, Fixtures.PLANS)
                .answer("GET /api/plans/xx-city-2021/progress", 200, Fixtures.PROGRESS)
                .answer("GET /api/plans/xx-city-2021/indicators", 200, """
                        {"planId":"xx-city-2021","asOf":"2024-06-30","indicators":[]}""")
                .answer("GET /api/plans/xx-city-2021/rollup", 200, Fixtures.CITY_ROLLUP)
                .answer("GET /api/plans/xx-city-2021/rollup?by=programme", 200, Fixtures.emptyRollup("xx-city-2021", "programme"))
                .answer("GET /api/plans/xx-city-2021/quotas", 200, Fixtures.noQuotas("xx-city-2021"))
                .answer("GET /api/money", 200, Fixtures.noMoney("xx-city-2021"))
                .answer("GET /api/progress/rollup", 200, Fixtures.CITY_DISTRICT_PLANS)
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
                "<table id=\"targets\">", "<tr data-target-id=\"T-PLACES\">", "<th scope=\"row\"><a href=\"/plans/xx-district-2021/targets/T-PLACES\" aria-label=\"新增公办学位：分区县完成情况\">新增公办学位</a></th>",
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
        assertThat(section(page, "indicators-section")).contains("<table id=\"indicators\">",
                "<caption>规划主要指标（约束性指标在前，统计截至 2024-06-30）</caption>",
                "<tr data-indicator-id=\"retention\" data-attribute=\"BINDING\"> <th scope=\"row\">九年义务教育巩固率</th>"
                        + " <td>约束性</td> <td>%</td> <td class=\"num\">96.83（2020年）</td>"
                        + " <td class=\"num\">97以上（2025年）</td> <td class=\"num\">96.9（2023年）</td>"
                        + " <td class=\"num\">96.95</td> <td class=\"status-BEHIND\">滞后</td> </tr>",
                "<td>预期性</td> <td>%</td> <td class=\"num\">—</td> <td class=\"num\">90–92（2025年）</td>"
                        + " <td class=\"num\">—</td> <td class=\"num\">—</td> <td class=\"status-NO_DATA\">暂无监测数据</td>");
        assertThat(page.indexOf("data-indicator-id=\"retention\"")).isLessThan(page.indexOf("data-indicator-id=\"preschool\""));
        assertThat(section(page, "rollup-section")).contains("<p id=\"rollup-none\">本规划暂无可按区县汇总的数据。</p>")
                .doesNotContain("<table").doesNotContain("data-chart");
        assertThat(section(page, "district-plans-section"))
                .contains("<p id=\"district-plans-none\">本辖区及下辖区县暂无规划项目数据。</p>").doesNotContain("<table");
        assertThat(section(page, "lagging")).contains(
                "<h3>逾期未完成</h3> <ul id=\"lagging-overdue\"> <li> <a href=\"/projects/PRJ-OVERDUE\">第三小学扩建</a>"
                        + " <span>逾期 91 天</span> </li> </ul>",
                "<h3>验收未通过</h3> <ul id=\"lagging-failed\"> <li> <a href=\"/projects/PRJ-FAILED\">第五中学新建</a>"
                        + " <span>验收未通过日期 2024-05-10</span> </li> </ul>",
                "<h3>90 天无进展</h3> <p>无。</p>",
                "<h3>整改逾期</h3> <ul id=\"lagging-rectification\"> <li> <a href=\"/projects/PRJ-FAILED\">第五中学新建</a>"
                        + " <span>第 2 号整改通知，期限 2024-06-01，逾期 29 天</span> </li> </ul>")
                .doesNotContain("lagging-stale");
        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery).containsExactly(
                "/api/plans", "/api/plans/xx-district-2021/progress", "/api/plans/xx-district-2021/rollup?by=programme",
                "/api/plans/xx-district-2021/indicators", "/api/plans/xx-district-2021/quotas",
                "/api/plans/xx-district-2021/rollup?by=jurisdiction", "/api/money?planId=xx-district-2021",
                "/api/progress/rollup?jurisdiction=CN-45%2FXX%E5%B8%82%2FXX%E5%8C%BA",
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
                "Lagging projects", "&quot;deliveredLabel&quot;:&quot;Delivered&quot;", "id=\"current-role\">Supervisor</span>",
                "<h2 id=\"indicators-heading\">Main indicators</h2>", "<td>Binding</td>", "<td class=\"num\">96.83 (2020)</td>",
                "<td class=\"status-NO_DATA\">No data</td>", "The plan has no figures to sum per district.",
                "There are no plan projects in this jurisdiction or below it.");
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
    void aCitySupervisorSeesTheCityPlanRolledUpToItsDistrictsAndTheDistrictsOwnPlans() throws Exception {
        MockHttpSession session = login("supervisor-xxs", CITY_SUPERVISOR);
        stubCityDashboard();

        String page = mvc.perform(get("/").param("plan", "xx-city-2021").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String rollup = section(page, "rollup-section");
        assertThat(rollup).contains("<h2 id=\"rollup-heading\">分区县汇总：XX市教育发展十四五规划</h2>",
                "<table id=\"rollup\"> <caption>本规划各项目标按区县、计量单位汇总（统计截至 2024-06-30）</caption>",
                "<th scope=\"col\">行政区划</th> <th scope=\"col\">计量单位</th> <th scope=\"col\">目标数</th>",
                "<tr data-jurisdiction=\"CN-45/XX市/XX区\" data-counts=\"PLACES\"> <th scope=\"row\">"
                        + "<a href=\"/projects?jurisdiction=CN-45/XX%E5%B8%82/XX%E5%8C%BA\">XX区</a></th> <td>学位（个）</td>"
                        + " <td class=\"num\">1</td> <td class=\"num\">5</td> <td class=\"num\">5</td> <td class=\"num\">4</td>"
                        + " <td class=\"num\">2</td> <td class=\"num\">2</td> <td class=\"num\">1</td>"
                        + " <td class=\"num delivered\">2160</td> </tr>",
                "<tr data-jurisdiction=\"CN-45/XX市/XX区\" data-counts=\"SCHOOLS\">",
                "<tr data-jurisdiction=\"CN-45/XX市/YY区\" data-counts=\"PLACES\"> <th scope=\"row\">"
                        + "<a href=\"/projects?jurisdiction=CN-45/XX%E5%B8%82/YY%E5%8C%BA\">YY区</a></th>",
                "<td class=\"num delivered\">900</td>",
                "<div id=\"rollup-chart\" class=\"chart\" role=\"img\" aria-label=\"各区县按计量单位分组的已交付数量柱状图，数据见上表\""
                        + " data-chart=\"{&quot;type&quot;:&quot;bar&quot;,&quot;labels&quot;:[&quot;XX区&quot;,&quot;YY区&quot;],"
                        + "&quot;series&quot;:[{&quot;name&quot;:&quot;学位（个）&quot;,&quot;data&quot;:[2160,900]},"
                        + "{&quot;name&quot;:&quot;学校（所）&quot;,&quot;data&quot;:[3,null]}]}\"></div>");
        String districtPlans = section(page, "district-plans-section");
        assertThat(districtPlans).contains("<table id=\"district-plans\"> <caption>XX市 及下辖各区县",
                "<th scope=\"col\">规划数</th>",
                "<tr data-jurisdiction=\"CN-45/XX市/YY区\" data-counts=\"KINDERGARTENS\"> <th scope=\"row\">"
                        + "<a href=\"/projects?jurisdiction=CN-45/XX%E5%B8%82/YY%E5%8C%BA\">YY区</a></th> <td>幼儿园（所）</td>"
                        + " <td class=\"num\">1</td> <td class=\"num\">4</td>",
                "<td class=\"num delivered\">2700</td>");
        assertThat(page).doesNotContain("id=\"indicators-section\"");
        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery).contains(
                "/api/plans/xx-city-2021/rollup?by=jurisdiction", "/api/progress/rollup?jurisdiction=CN-45%2FXX%E5%B8%82",
                "/api/lagging?jurisdiction=CN-45%2FXX%E5%B8%82");

        mvc.perform(get("/projects").param("jurisdiction", "CN-45/XX市/YY区").session(session));
        assertThat(BACKEND.requests().get(BACKEND.requests().size() - 1).pathAndQuery())
                .startsWith("/api/projects?jurisdiction=CN-45%2FXX%E5%B8%82%2FYY%E5%8C%BA&");

        String english = mvc.perform(get("/").param("plan", "xx-city-2021").param("lang", "en").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("<h2 id=\"rollup-heading\">By district: XX市教育发展十四五规划</h2>",
                "<th scope=\"col\">Targets</th>", "<th scope=\"col\">Plans</th>", "<td>Places</td>", "<td>Kindergartens</td>",
                "&quot;name&quot;:&quot;Places&quot;", "<caption>The projects of every plan of XX市 and its districts");

        // the chosen plan of a district within the city: the districts' plans and lagging lists are the district's
        BACKEND.reset();
        stubDashboard();
        String district = mvc.perform(get("/").param("plan", "xx-district-2021").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery).contains(
                "/api/progress/rollup?jurisdiction=CN-45%2FXX%E5%B8%82%2FXX%E5%8C%BA",
                "/api/lagging?jurisdiction=CN-45%2FXX%E5%B8%82%2FXX%E5%8C%BA");
        assertThat(district).doesNotContain("<table id=\"district-plans\">");
    }

    @Test
    void aProblemWithOneSectionShowsInThatSectionOnly() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        stubDashboard();
        BACKEND.answer("GET /api/plans/xx-district-2021/rollup", 403, """
                        {"type":"urn:edutrack:problem:forbidden","status":403,"rule":"outside-jurisdiction",\
                        "detail":"the progress of plan xx-district-2021 lies outside CN-45/XX市/YY区"}""")
                .answer("GET /api/plans/xx-district-2021/indicators", 500, "");

        String page = mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(section(page, "rollup-section")).contains("<p class=\"error\" role=\"alert\"> <span>该内容不在您的管辖范围内。</span>"
                + " <span>the progress of plan xx-district-2021 lies outside CN-45/XX市/YY区</span> </p>")
                .doesNotContain("<table").doesNotContain("rollup-none");
        assertThat(section(page, "indicators-section")).contains("<p class=\"error\" role=\"alert\"> <span>发生未知错误。</span> </p>")
                .doesNotContain("<table");
        assertThat(page).contains("<table id=\"targets\">", "id=\"district-plans-none\"", "<ul id=\"lagging-overdue\">")
                .containsOnlyOnce("该内容不在您的管辖范围内");
    }

    @Test
    void aPlanWithoutIndicatorsHasNoIndicatorsSection() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        stubDashboard();
        BACKEND.answer("GET /api/plans/xx-district-2021/indicators", 200, """
                {"planId":"xx-district-2021","asOf":"2024-06-30","indicators":[]}""");

        String page = mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("indicators-section").doesNotContain("<table id=\"indicators\">")
                .contains("<table id=\"targets\">");
    }

    @Test
    void theDayAskedForIsPassedToEveryRequestThatTakesItAndKeptByThePlanAndLanguageLinks() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        stubDashboard();
        BACKEND.answer("GET /api/plans/xx-district-2021/progress", 200,
                Fixtures.PROGRESS.replace("\"asOf\":\"2024-06-30\"", "\"asOf\":\"2024-12-31\""));

        // as a browser sends the chooser's form (the language links are made from the query string)
        String page = mvc.perform(get("/?plan=xx-district-2021&asOf=2024-12-31").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery).containsExactly(
                "/api/plans", "/api/plans/xx-district-2021/progress?asOf=2024-12-31",
                "/api/plans/xx-district-2021/rollup?by=programme&asOf=2024-12-31",
                "/api/plans/xx-district-2021/indicators?asOf=2024-12-31",
                "/api/plans/xx-district-2021/quotas?asOf=2024-12-31",
                "/api/plans/xx-district-2021/rollup?by=jurisdiction&asOf=2024-12-31",
                // the money API is not dated
                "/api/money?planId=xx-district-2021",
                "/api/progress/rollup?jurisdiction=CN-45%2FXX%E5%B8%82%2FXX%E5%8C%BA&asOf=2024-12-31",
                "/api/lagging?jurisdiction=CN-45%2FXX%E5%B8%82%2FXX%E5%8C%BA&asOf=2024-12-31");
        String form = page.substring(page.indexOf("<form id=\"plan-chooser\""), page.indexOf("</form>",
                page.indexOf("<form id=\"plan-chooser\""))).replaceAll("\\s+", " ");
        // one GET form: choosing another plan sends the day along
        assertThat(form).contains("<select id=\"plan\" name=\"plan\">",
                "<label for=\"dashboard-as-of\">统计截至日期</label>",
                "<input id=\"dashboard-as-of\" name=\"asOf\" type=\"date\" value=\"2024-12-31\">",
                "<a id=\"dashboard-today\" href=\"/?plan=xx-district-2021\">返回今日数据</a>");
        assertThat(page).contains("<p id=\"progress-as-of\">统计截至 2024-12-31</p>",
                "id=\"lang-en\" href=\"/?plan=xx-district-2021&amp;asOf=2024-12-31&amp;lang=en\"")
                .doesNotContain("dashboard-as-of-error").doesNotContain("aria-invalid");

        // today: nothing dated is sent, and there is no way back to today to offer
        BACKEND.reset();
        stubDashboard();
        String today = mvc.perform(get("/").param("plan", "xx-district-2021").param("asOf", "").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery).noneMatch(q -> q.contains("asOf"));
        assertThat(today).contains("<input id=\"dashboard-as-of\" name=\"asOf\" type=\"date\" value=\"\">")
                .doesNotContain("dashboard-today");
    }

    @Test
    void aDayThatIsNoDateIsSaidAtItsInputAndThePageIsAsOfToday() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        stubDashboard();

        String page = mvc.perform(get("/").param("plan", "xx-district-2021").param("asOf", "2024-13-45")
                        .session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page.replaceAll("\\s+", " ")).contains(
                "<input id=\"dashboard-as-of\" name=\"asOf\" type=\"date\" value=\"2024-13-45\" aria-invalid=\"true\""
                        + " aria-describedby=\"dashboard-as-of-error\">",
                "<p id=\"dashboard-as-of-error\" class=\"error\"> <span>请填写日期，格式为 YYYY-MM-DD。</span> </p>",
                "<a id=\"dashboard-today\" href=\"/?plan=xx-district-2021\">",
                "<p id=\"progress-as-of\">统计截至 2024-06-30</p>", "<table id=\"targets\">", "<ul id=\"lagging-overdue\">");
        assertThat(BACKEND.requests()).hasSize(9).extracting(StubBackend.Request::pathAndQuery)
                .noneMatch(q -> q.contains("asOf") || q.contains("2024-13-45"));
    }

    @Test
    void aDayTheBackendRefusesShowsItsProblemAtTheInputAndInTheSections() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        stubDashboard();
        String refused = """
                {"type":"urn:edutrack:problem:invalid-parameter","title":"Invalid parameter","status":400,\
                "detail":"asOf must be a date such as 2024-06-30: +10000-01-01","parameter":"asOf",\
                "errors":[{"field":"asOf","message":"asOf must be a date such as 2024-06-30: +10000-01-01"}]}""";
        BACKEND.answer("GET /api/plans/xx-district-2021/progress", 400, refused)
                .answer("GET /api/lagging", 400, refused);

        String page = mvc.perform(get("/").param("asOf", "+10000-01-01").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page.replaceAll("\\s+", " ")).contains("aria-invalid=\"true\" aria-describedby=\"dashboard-as-of-error\">",
                "<p id=\"dashboard-as-of-error\" class=\"error\"> <span>无法按该日期统计："
                        + "asOf must be a date such as 2024-06-30: +10000-01-01</span> </p>");
        assertThat(section(page, "lagging")).contains("asOf must be a date such as 2024-06-30: +10000-01-01")
                .doesNotContain("<ul");
        assertThat(page).doesNotContain("<table id=\"targets\">").contains("<p id=\"programme-rollup-none\">");
        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery)
                .contains("/api/plans/xx-district-2021/progress?asOf=%2B10000-01-01");
    }

    @Test
    void softTargetsHaveTheirOwnTableAfterTheTargetsAndStayOutOfTheChart() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        stubDashboard();
        BACKEND.answer("GET /api/plans/xx-district-2021/progress", 200, Fixtures.PROGRESS_WITH_SOFT_TARGET);

        String page = mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String flat = page.replaceAll("\\s+", " ");
        assertThat(flat).contains("<table id=\"soft-targets\"> <caption>弹性目标（力争、争创类，不计入上图）</caption>"
                        + " <thead> <tr> <th scope=\"col\">目标</th> <th scope=\"col\">性质</th>",
                "<tr data-target-id=\"T-BRANDS\"> <th scope=\"row\"><a href=\"/plans/xx-district-2021/targets/T-BRANDS\" aria-label=\"争创优质教育品牌：分区县完成情况\">争创优质教育品牌</a></th> <td>弹性</td>"
                        + " <td class=\"num\">20</td> <td class=\"num\">4</td> <td class=\"num\">4</td>",
                "<td class=\"num delivered\">6</td> <td class=\"num\">30.0%</td> <td class=\"num\">14</td>"
                        + " <td class=\"status-BEHIND\">滞后</td> </tr>");
        assertThat(page.indexOf("<table id=\"targets\">")).isLessThan(page.indexOf("<table id=\"soft-targets\">"));
        assertThat(page.substring(page.indexOf("<table id=\"targets\">"), page.indexOf("<table id=\"soft-targets\">")))
                .doesNotContain("T-BRANDS");
        assertThat(page.substring(page.indexOf("data-chart="))).startsWith(
                "data-chart=\"{&quot;labels&quot;:[&quot;新增公办学位&quot;,&quot;新建学校&quot;],");
        assertThat(page).doesNotContain("soft-targets-none");

        String english = mvc.perform(get("/").param("lang", "en").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("<caption>Soft targets (the plan strives for them; not in the chart)</caption>",
                "<td>Soft</td>");

        BACKEND.answer("GET /api/plans/xx-district-2021/progress", 200, Fixtures.PROGRESS);
        String none = mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("<p id=\"soft-targets-none\">本规划没有弹性目标（力争、争创类）。</p>")
                .doesNotContain("<table id=\"soft-targets\">");
    }

    @Test
    void thePlansFiguresRolledUpPerProgrammeAndUnit() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        stubDashboard();

        String page = mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String programmes = section(page, "programme-rollup-section");
        assertThat(programmes).contains("<h2 id=\"programme-rollup-heading\">分专栏汇总：XX区教育发展十四五规划</h2>",
                "<table id=\"programme-rollup\"> <caption>本规划各项目标（含弹性目标）按专栏、计量单位汇总（统计截至 2024-06-30）</caption>",
                "<th scope=\"col\">专栏（工程）</th> <th scope=\"col\">计量单位</th> <th scope=\"col\">目标数</th>",
                "<tr data-programme=\"P1\" data-counts=\"PLACES\"> <th scope=\"row\">专栏7 学位建设工程</th> <td>学位（个）</td>"
                        + " <td class=\"num\">1</td> <td class=\"num\">5</td> <td class=\"num\">5</td> <td class=\"num\">4</td>"
                        + " <td class=\"num\">2</td> <td class=\"num\">2</td> <td class=\"num\">1</td>"
                        + " <td class=\"num delivered\">2160</td> </tr>",
                "<tr data-programme=\"P1\" data-counts=\"SCHOOLS\">",
                "<tr data-programme=\"P2\" data-counts=\"DESIGNATIONS\"> <th scope=\"row\">专栏8 优质品牌创建</th>"
                        + " <td>创建认定（项）</td>")
                .doesNotContain("<a ").doesNotContain("data-jurisdiction").doesNotContain("data-chart");
        assertThat(page.indexOf("id=\"programme-rollup-section\"")).isGreaterThan(page.indexOf("<table id=\"targets\">"));

        String english = mvc.perform(get("/").param("lang", "en").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(section(english, "programme-rollup-section")).contains(
                "<h2 id=\"programme-rollup-heading\">By programme: XX区教育发展十四五规划</h2>",
                "<caption>The plan&#39;s targets (soft ones included) summed per programme and unit, as of 2024-06-30</caption>",
                "<th scope=\"col\">Programme</th>", "<td>Places</td>", "<td>Designations</td>");

        BACKEND.answer("GET /api/plans/xx-district-2021/rollup?by=programme", 200,
                Fixtures.emptyRollup("xx-district-2021", "programme"));
        String none = mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(section(none, "programme-rollup-section"))
                .contains("<p id=\"programme-rollup-none\">本规划暂无可按专栏汇总的数据。</p>").doesNotContain("<table");
    }

    @Test
    void aManagerHasNoDashboardAndGoesToItsProjects() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/projects"));
        assertThat(BACKEND.requests()).isEmpty();
    }
}
