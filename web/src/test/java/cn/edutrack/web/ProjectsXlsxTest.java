package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The XLSX export of the project list's current view, opened with a spreadsheet reader. */
class ProjectsXlsxTest extends WebTestSupport {

    @Test
    void theListLinksToTheXlsxExportOfTheSameView() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        BACKEND.answer("GET /api/projects", 200, Fixtures.page(0, 1, 1,
                Fixtures.summary("PRJ-1", "第一小学新建", "APPROVED", "ORG-XXQ-EDU")));

        String page = mvc.perform(get("/projects").session(session).param("status", "APPROVED").param("sort", "title"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a id=\"export-xlsx\" class=\"button\" "
                + "href=\"/projects/export.xlsx?status=APPROVED&amp;sort=title\">导出 Excel</a>");
    }

    @Test
    void theXlsxExportHoldsEveryPageOfTheFilteredViewWithTheHeaderInTheUsersLanguage() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        BACKEND.answer("GET /api/projects?status=APPROVED&page=0&size=200&sort=title", 200, Fixtures.page(0, 2, 2,
                        Fixtures.summary("PRJ-1", "第一小学, \\\"新建\\\"", "APPROVED", "ORG-XXQ-EDU")))
                .answer("GET /api/projects?status=APPROVED&page=1&size=200&sort=title", 200, Fixtures.page(1, 2, 2,
                        Fixtures.summary("PRJ-2", "第二中学", "APPROVED", "ORG-XXQ-EDU")));

        MockHttpServletResponse response = mvc.perform(get("/projects/export.xlsx").session(session)
                .param("status", "APPROVED").param("sort", "title").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"projects.xlsx\"");
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getFirstSheet();
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Project id");
            assertThat(rows.get(0).getCellText(5)).isEqualTo("Status");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("PRJ-1");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("第一小学, \"新建\"");
            assertThat(rows.get(1).getCellText(5)).isEqualTo("APPROVED");
            assertThat(rows.get(1).getCell(6).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(1).getCellAsNumber(6)).contains(new BigDecimal("60"));
            assertThat(rows.get(1).getCellAsNumber(8).orElseThrow()).isEqualByComparingTo("12000000");
            assertThat(rows.get(1).getCellText(7)).isEqualTo("2024-08-31");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("PRJ-2");
            assertThat(rows.get(2).getCellText(1)).isEqualTo("第二中学");
        }
        assertThat(BACKEND.requests()).extracting(StubBackend.Request::pathAndQuery).containsExactly(
                "/api/projects?status=APPROVED&page=0&size=200&sort=title",
                "/api/projects?status=APPROVED&page=1&size=200&sort=title");
    }
}
