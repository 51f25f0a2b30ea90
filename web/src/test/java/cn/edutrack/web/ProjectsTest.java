package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockHttpServletResponse;

/** The project list passes filters, paging and sorting through to the query side; the CSV export reads every page. */
class ProjectsTest extends WebTestSupport {

    @Test
    void filtersPagingAndSortingGoToTheQuerySideAndEveryProjectIsARow() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        BACKEND.answer("GET /api/projects", 200, Fixtures.page(1, 3, 45,
                Fixtures.summary("PRJ-1", "第一小学新建", "UNDER_CONSTRUCTION", "ORG-XXQ-EDU"),
                Fixtures.summary("PRJ-2", "第二中学+扩建", "APPROVED", "ORG-XXQ-EDU")));

        String page = mvc.perform(get("/projects").session(session).param("jurisdiction", "CN-45/XX市")
                        .param("status", "UNDER_CONSTRUCTION").param("q", "小学+").param("page", "1")
                        .param("sort", "percentComplete,desc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(BACKEND.requests()).singleElement().extracting(StubBackend.Request::pathAndQuery).isEqualTo(
                "/api/projects?jurisdiction=CN-45%2FXX%E5%B8%82&status=UNDER_CONSTRUCTION&q=%E5%B0%8F%E5%AD%A6%2B"
                        + "&page=1&size=20&sort=percentComplete%2Cdesc");
        assertThat(page).contains("<table id=\"projects\">", "<tr data-project-id=\"PRJ-1\">",
                "<tr data-project-id=\"PRJ-2\">", "<a href=\"/projects/PRJ-1\">PRJ-1</a>", "<td>在建</td>",
                "<td>已立项</td>", "<td class=\"num\">60%</td>", "共 45 个项目", "第 2 页，共 3 页",
                "id=\"page-previous\"", "id=\"page-next\"",
                "<option value=\"UNDER_CONSTRUCTION\" selected=\"selected\">在建</option>",
                "aria-sort=\"descending\"");
        assertThat(page).contains("href=\"/projects?jurisdiction=CN-45%2FXX%E5%B8%82&amp;status=UNDER_CONSTRUCTION"
                + "&amp;q=%E5%B0%8F%E5%AD%A6%2B&amp;page=2&amp;size=20&amp;sort=percentComplete%2Cdesc\"");
        assertThat(page).contains("id=\"export-csv\" class=\"button\" href=\"/projects/export.csv?"
                + "jurisdiction=CN-45%2FXX%E5%B8%82&amp;status=UNDER_CONSTRUCTION&amp;q=%E5%B0%8F%E5%AD%A6%2B"
                + "&amp;sort=percentComplete%2Cdesc\"");
    }

    @Test
    void aBadParameterIsTheQuerySidesProblem() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        BACKEND.answer("GET /api/projects", 400, """
                {"type":"urn:edutrack:problem:invalid-parameter","status":400,"parameter":"sort",\
                "detail":"sort: unknown field colour","errors":[{"field":"sort","message":"unknown field colour"}]}""");

        String page = mvc.perform(get("/projects").session(session).param("sort", "colour"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<p id=\"error-status\">请求有误。</p>",
                "<p id=\"error-detail\">sort: unknown field colour</p>");
    }

    @Test
    void theCsvExportHasABomAHeaderInTheUsersLanguageAndEveryPageOfTheFilteredView() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        BACKEND.answer("GET /api/projects?status=APPROVED&page=0&size=200&sort=title", 200, Fixtures.page(0, 2, 2,
                        Fixtures.summary("PRJ-1", "第一小学, \\\"新建\\\"", "APPROVED", "ORG-XXQ-EDU")))
                .answer("GET /api/projects?status=APPROVED&page=1&size=200&sort=title", 200, Fixtures.page(1, 2, 2,
                        Fixtures.summary("PRJ-2", "第二中学", "APPROVED", "ORG-XXQ-EDU")));

        MockHttpServletResponse response = mvc.perform(get("/projects/export.csv").session(session)
                .param("status", "APPROVED")).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"projects.csv\"");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "项目编号,项目名称,行政区划,建设单位,类别,状态,完成百分比,计划竣工,批复概算（元）,已下达资金（元）,最近记录日期\r\n"
                + "PRJ-1,\"第一小学, \"\"新建\"\"\",CN-45/XX市/XX区,ORG-XXQ-EDU,CONSTRUCTION,APPROVED,60,2024-08-31,"
                + "12000000.00,8000000.00,2024-05-31\r\n"
                + "PRJ-2,第二中学,CN-45/XX市/XX区,ORG-XXQ-EDU,CONSTRUCTION,APPROVED,60,2024-08-31,"
                + "12000000.00,8000000.00,2024-05-31\r\n");
        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery).containsExactly(
                "/api/projects?status=APPROVED&page=0&size=200&sort=title",
                "/api/projects?status=APPROVED&page=1&size=200&sort=title");
    }
}
