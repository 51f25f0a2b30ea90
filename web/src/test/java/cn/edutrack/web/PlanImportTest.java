package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

/** The administrators' plan-file import page: the file goes to the command side as it is, its answer is shown. */
class PlanImportTest extends WebTestSupport {

    static final String ADMINISTRATOR = """
            {"userId":"admin-xx-qu","role":"ADMINISTRATOR","organisation":null,"jurisdiction":"CN-45/XX市/XX区"}""";

    private static final String YAML = "plan:\n  id: XXQ-2024\n  title: 第一个规划\n";

    private static MockMultipartFile file() {
        return new MockMultipartFile("file", "my-plan.yaml", "application/octet-stream",
                YAML.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void onlyAdministratorsSeeTheNavLinkAndThePage() throws Exception {
        MockHttpSession admin = login("admin-xx-qu", ADMINISTRATOR);
        String page = mvc.perform(get("/plan-imports").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<a id=\"nav-imports\" href=\"/plan-imports\">导入规划文件</a>",
                "id=\"file\" name=\"file\" type=\"file\"", "id=\"dry-run\" name=\"dryRun\" type=\"checkbox\"",
                "<button id=\"submit\" type=\"submit\">导入</button>", "enctype=\"multipart/form-data\"");

        MockHttpSession manager = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects", 200, Fixtures.page(0, 1, 0));
        assertThat(mvc.perform(get("/projects").session(manager)).andReturn().getResponse().getContentAsString())
                .doesNotContain("nav-imports");
        mvc.perform(get("/plan-imports").session(manager)).andExpect(status().isForbidden());
        mvc.perform(multipart("/plan-imports").file(file()).session(manager).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(BACKEND.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void aDryRunSendsTheFileAsYamlAndShowsWhatWouldBeRecorded() throws Exception {
        MockHttpSession admin = login("admin-xx-qu", ADMINISTRATOR);
        BACKEND.answer("POST /api/plan-imports", 200, """
                {"planId":"XXQ-2024","fileName":"my-plan.yaml","dryRun":true,"eventsRecorded":12,"unchanged":false,\
                "jurisdictionsRegistered":1,"plansRegistered":1,"indicatorsDefined":2,"indicatorTargetRevisions":0,\
                "programmesDefined":2,"targetsSet":3,"targetRevisions":0,"projectsRegistered":2,\
                "projectAssignments":2,"indicators":2,"programmes":2,"targets":3,"projects":2}""");

        String page = mvc.perform(multipart("/plan-imports").file(file()).param("dryRun", "true")
                        .param("comment", "年度规划").session(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        StubBackend.Request sent = BACKEND.requests().stream().filter(r -> r.method().equals("POST"))
                .findFirst().orElseThrow();
        assertThat(sent.pathAndQuery()).isEqualTo("/api/plan-imports?fileName=my-plan.yaml&dryRun=true&comment="
                + "%E5%B9%B4%E5%BA%A6%E8%A7%84%E5%88%92");
        assertThat(sent.contentType()).isEqualTo("application/yaml;charset=UTF-8");
        assertThat(sent.body()).isEqualTo(YAML);
        assertThat(sent.authorization()).isEqualTo(basic("admin-xx-qu"));
        assertThat(page).contains("<section id=\"import-result\" aria-labelledby=\"import-result-heading\" "
                        + "data-dry-run=\"true\" data-unchanged=\"false\">",
                "my-plan.yaml 试运行结果（未记录）", "<dd id=\"import-events\">12</dd>",
                "<dd id=\"import-plan\">XXQ-2024</dd>").doesNotContain("id=\"import-errors\"");
    }

    @Test
    void theImportersErrorsAreListedWithFileLineFieldAndMessage() throws Exception {
        MockHttpSession admin = login("admin-xx-qu", ADMINISTRATOR);
        BACKEND.answer("POST /api/plan-imports", 422, """
                {"type":"urn:edutrack:problem:plan-file-invalid","title":"The plan file has errors; nothing was imported",\
                "status":422,"detail":"2 errors","file":"my-plan.yaml","errors":[\
                {"file":"my-plan.yaml","line":3,"column":10,"field":"plan.title","rule":"required","message":"must not be blank"},\
                {"file":"my-plan.yaml","line":7,"column":5,"field":"programmes[0].kind","rule":"unknown-value",\
                "message":"unknown programme kind FOO"}]}""");

        String page = mvc.perform(multipart("/plan-imports").file(file()).session(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(BACKEND.requests()).filteredOn(r -> r.method().equals("POST")).singleElement()
                .extracting(StubBackend.Request::pathAndQuery)
                .isEqualTo("/api/plan-imports?fileName=my-plan.yaml&dryRun=false");
        assertThat(page.replaceAll("\\s+", " ")).contains("<ul id=\"import-errors\">",
                "<li> <span class=\"where\">my-plan.yaml:3:10</span> <code>plan.title</code> "
                        + "<span>must not be blank</span> <span class=\"rule\">(required)</span> </li>",
                "<span class=\"where\">my-plan.yaml:7:5</span> <code>programmes[0].kind</code> "
                        + "<span>unknown programme kind FOO</span>")
                .doesNotContain("id=\"import-result\"");
    }

    @Test
    void noFileIsAskedForAgainWithoutCallingTheCommandSide() throws Exception {
        MockHttpSession admin = login("admin-xx-qu", ADMINISTRATOR);
        String page = mvc.perform(multipart("/plan-imports").session(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<p id=\"file-error\" class=\"field-error\">请选择一个文件。</p>");
        assertThat(BACKEND.requests()).isEmpty();
    }
}
