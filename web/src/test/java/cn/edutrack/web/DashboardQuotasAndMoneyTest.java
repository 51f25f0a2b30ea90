package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * The dashboard's per-unit, per-year quotas (每个乡镇每年1—2所) as a grid of units by years, and the plan's money:
 * approved budgets against allocations in 万元, in total, by source and per district.
 */
class DashboardQuotasAndMoneyTest extends WebTestSupport {

    private void stubDashboard(String quotas, String money) {
        DashboardTest.stubDashboard();
        BACKEND.answer("GET /api/plans/xx-district-2021/quotas", 200, quotas).answer("GET /api/money", 200, money);
    }

    private String page(MockHttpSession session, String query) throws Exception {
        return mvc.perform(get("/" + query).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void eachQuotaIsAGridOfUnitsByYearsWithWhatWasDeliveredAndWhetherItMeetsTheQuota() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        stubDashboard(Fixtures.QUOTAS, Fixtures.MONEY);

        String quotas = section(page(session, "?plan=xx-district-2021&asOf=2024-06-30"), "quotas-section");

        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery)
                .contains("/api/plans/xx-district-2021/quotas?asOf=2024-06-30");
        assertThat(quotas).contains("<h2 id=\"quotas-heading\">分单位逐年任务：XX区教育发展十四五规划</h2>",
                "<p id=\"quotas-as-of\">统计截至 2024-06-30</p>",
                "<h3 id=\"quota-heading-PRJ-Q1\"><a href=\"/projects/PRJ-Q1\">乡镇公办幼儿园建设</a></h3>",
                "<p class=\"quota-summary\">每乡镇每年 1—2所，2023–2024 年；2 个单位，共 4 项年度任务，已完成 1 项</p>",
                "<table class=\"quota-grid\" id=\"quota-PRJ-Q1\"> <caption>乡镇公办幼儿园建设：各乡镇逐年完成数量</caption>",
                "<th scope=\"col\">单位</th> <th scope=\"col\">2023</th> <th scope=\"col\">2024</th>",
                "<tr data-unit=\"CN-45/XX市/XX区/甲镇\"> <th scope=\"row\">甲镇</th>"
                        + " <td data-year=\"2023\" data-status=\"MET\" class=\"status-MET\">2（已完成）</td>"
                        + " <td data-year=\"2024\" data-status=\"OPEN\" class=\"status-OPEN\">0（本年进行中）</td> </tr>",
                "<tr data-unit=\"CN-45/XX市/XX区/乙镇\"> <th scope=\"row\">乙镇</th>"
                        + " <td data-year=\"2023\" data-status=\"NOT_MET\" class=\"status-NOT_MET\">0（未完成）</td>"
                        + " <td data-year=\"2024\" data-status=\"OPEN\" class=\"status-OPEN\">1（本年进行中）</td> </tr>");
        String first = quotas.substring(quotas.indexOf("data-project-id=\"PRJ-Q1\""), quotas.indexOf("data-project-id=\"PRJ-Q2\""));
        String second = quotas.substring(quotas.indexOf("data-project-id=\"PRJ-Q2\""));
        assertThat(first).doesNotContain("quota-note");
        // a quota whose towns are not registered says so instead of an empty grid
        assertThat(second).contains("<a href=\"/projects/PRJ-Q2\">乡镇卫生室改造</a>",
                "<p class=\"quota-summary\">每乡镇每年 1，2021–2025 年；0 个单位，共 0 项年度任务，已完成 0 项</p>",
                "<p class=\"quota-note\">尚未登记“乡镇”一级的下级行政区划，暂无法逐单位统计；请管理员登记后再看。</p>")
                .doesNotContain("id=\"quota-PRJ-Q2\"");

        String english = section(page(session, "?plan=xx-district-2021&lang=en"), "quotas-section");
        assertThat(english).contains("<h2 id=\"quotas-heading\">Quotas per unit and year: XX区教育发展十四五规划</h2>",
                "<p class=\"quota-summary\">1—2所 per 乡镇 each year, 2023–2024; 2 units, 4 yearly obligations, 1 met</p>",
                "<caption>乡镇公办幼儿园建设: delivered per 乡镇 and year</caption>", "2 (met)</td>", "1 (year running)</td>",
                "0 (not met)</td>");
    }

    @Test
    void aPlanWithoutQuotasHasNoQuotasSectionAndARefusalShowsInTheSection() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        stubDashboard(Fixtures.noQuotas("xx-district-2021"), Fixtures.MONEY);

        assertThat(page(session, "")).doesNotContain("quotas-section").contains("<table id=\"targets\">");

        BACKEND.answer("GET /api/plans/xx-district-2021/quotas", 403, Fixtures.FORBIDDEN);
        assertThat(section(page(session, ""), "quotas-section")).contains("<p class=\"error\" role=\"alert\">")
                .doesNotContain("<table");
    }

    @Test
    void thePlansMoneyInWanYuanInTotalBySourceAndPerDistrict() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        stubDashboard(Fixtures.noQuotas("xx-district-2021"), Fixtures.MONEY);

        String money = section(page(session, ""), "money-section");

        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery)
                .contains("/api/money?planId=xx-district-2021");
        assertThat(money).contains("<h2 id=\"money-heading\">资金：XX区教育发展十四五规划</h2>",
                "<table id=\"money-totals\"> <caption>批复概算与已下达资金合计（万元）</caption>",
                "<th scope=\"col\">项目数</th> <th scope=\"col\">批复概算（万元）</th> <th scope=\"col\">已下达（万元）</th>"
                        + " <th scope=\"col\">到位率</th>",
                // 386,500,000.00 yuan and 125,012,345.60 yuan, exactly, in 万元
                "<td class=\"num\">4</td> <td class=\"num\">38650</td> <td class=\"num\">12501.23456</td>"
                        + " <td class=\"num\">32.3%</td>",
                "<p id=\"money-portfolios\">1 个项目包未单独计入（其子项目已计入，避免重复）。</p>",
                "<tr data-source=\"CENTRAL_FISCAL\"> <th scope=\"row\">中央财政</th> <td class=\"num\">8000</td>"
                        + " <td class=\"num\">2</td> <td class=\"num\">2</td> </tr>",
                "<tr data-source=\"COUNTY_DISTRICT_FISCAL\"> <th scope=\"row\">县区财政</th> <td class=\"num\">4501.23456</td>",
                "<tr data-jurisdiction=\"CN-45/XX市/XX区\"> <th scope=\"row\"><a href=\"/projects?jurisdiction=CN-45/XX%E5%B8%82/XX%E5%8C%BA\">XX区</a></th>"
                        + " <td class=\"num\">3</td> <td class=\"num\">30000</td> <td class=\"num\">10000</td>"
                        + " <td class=\"num\">33.3%</td> </tr>",
                // 25,012,345.60 of 86,500,000.00 is 28.916...%; a jurisdiction without a registered name is named by its code's last part
                "<th scope=\"row\"><a href=\"/projects?jurisdiction=CN-45/XX%E5%B8%82/XX%E5%8C%BA/%E7%94%B2%E9%95%87\">甲镇</a></th>"
                        + " <td class=\"num\">1</td> <td class=\"num\">8650</td> <td class=\"num\">2501.23456</td>"
                        + " <td class=\"num\">28.9%</td>")
                .doesNotContain("money-not-dated").doesNotContain("money-none");

        String english = section(page(session, "?lang=en"), "money-section");
        assertThat(english).contains("<h2 id=\"money-heading\">Money: XX区教育发展十四五规划</h2>",
                "<caption>Money allocated by source (10,000 yuan)</caption>", "<th scope=\"row\">Central budget</th>",
                "<p id=\"money-portfolios\">1 portfolio projects are not counted on their own");
    }

    @Test
    void withADayChosenTheMoneySaysItIsAsRecordedNowAndWithoutMoneyItSaysSo() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        stubDashboard(Fixtures.noQuotas("xx-district-2021"), Fixtures.MONEY);

        String dated = section(page(session, "?plan=xx-district-2021&asOf=2023-12-31"), "money-section");
        assertThat(dated).contains("<p id=\"money-not-dated\">资金为当前记录数，不随所选统计日期变化。</p>",
                "<table id=\"money-totals\">");

        BACKEND.answer("GET /api/money", 200, Fixtures.noMoney("xx-district-2021"));
        String none = section(page(session, ""), "money-section");
        assertThat(none).contains("<p id=\"money-none\">本规划的项目暂无批复概算或资金下达记录。</p>")
                .doesNotContain("<table");
    }
}
