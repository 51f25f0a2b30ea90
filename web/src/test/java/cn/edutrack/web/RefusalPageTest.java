package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * A refused (403) or missing (404) page says specifically why and what the user can do, by the backend's rule, in
 * Chinese or English, with a way back.
 */
class RefusalPageTest extends WebTestSupport {

    private static String forbidden(String rule, String detail) {
        return """
                {"type":"urn:edutrack:problem:forbidden","title":"Forbidden","status":403,"rule":"%s","detail":"%s"}"""
                .formatted(rule, detail);
    }

    private String page(MockHttpSession session, String lang, int expectedStatus) throws Exception {
        return mvc.perform(get("/projects/PRJ-9").param("lang", lang).session(session))
                .andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
    }

    @Test
    void outsideTheJurisdictionSaysSoWithTheUsersJurisdictionInBothLanguages() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        BACKEND.answer("GET /api/projects/PRJ-9", 403,
                forbidden("outside-jurisdiction", "PRJ-9 lies outside CN-45/XX市/XX区"));

        String chinese = page(session, "zh-CN", 403);
        assertThat(chinese).contains("<title>超出您的管辖范围 · ", "<h1 id=\"error-heading\">超出您的管辖范围</h1>",
                "<div id=\"backend-error\" role=\"alert\" data-reason=\"outside-jurisdiction\">",
                "<p id=\"error-status\">您无权查看或执行此操作。</p>",
                "<p id=\"error-rule\">该内容不在您的管辖范围内。</p>",
                "<p id=\"error-advice\"> 您只能查看和督导本辖区（CN-45/XX市/XX区）及下辖区划的内容。请在本辖区范围内查找，或请上级部门的同事查阅。 </p>",
                "<p id=\"error-detail\">PRJ-9 lies outside CN-45/XX市/XX区</p>",
                "<a id=\"error-back-projects\" href=\"/projects\">返回项目列表</a>",
                "<a id=\"error-back-dashboard\" href=\"/\">返回总览</a>").doesNotContain("无法完成请求");

        String english = page(session, "en", 403);
        assertThat(english).contains("<html lang=\"en\">", "<h1 id=\"error-heading\">Outside your jurisdiction</h1>",
                "<p id=\"error-rule\">This lies outside your jurisdiction.</p>",
                "You may see and supervise only your jurisdiction (CN-45/XX市/XX区) and those below it.",
                "<a id=\"error-back-projects\" href=\"/projects\">Back to the project list</a>",
                "<a id=\"error-back-dashboard\" href=\"/\">Back to the dashboard</a>");
    }

    @Test
    void anotherOrganisationsProjectTellsTheManagerWhoseItIsNotAndOffersItsListOnly() throws Exception {
        MockHttpSession session = login("manager-yyq", OTHER_MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-9", 403,
                forbidden("not-your-organisation", "PRJ-9 belongs to ORG-XXQ-EDU"));

        String chinese = page(session, "zh-CN", 403);
        assertThat(chinese).contains("<h1 id=\"error-heading\">该项目属于其他单位</h1>",
                "<p id=\"error-rule\">该项目不属于您的单位。</p>",
                "项目只能由其建设单位的项目管理人查看和填报，您所在的单位是 ORG-YYQ-EDU。",
                "<a id=\"error-back-projects\" href=\"/projects\">返回项目列表</a>")
                .doesNotContain("error-back-dashboard");

        String english = page(session, "en", 403);
        assertThat(english).contains("<h1 id=\"error-heading\">This project belongs to another organisation</h1>",
                "yours is ORG-YYQ-EDU. Choose one of your organisation&#39;s projects from the list");
    }

    @Test
    void aRoleThatMayNotSaysWhichRoleTheUserHas() throws Exception {
        MockHttpSession session = login("auditor-cn", AUDITOR);
        BACKEND.answer("GET /api/projects/PRJ-9", 403,
                forbidden("role-may-not", "AUDITOR may not do this"));

        assertThat(page(session, "zh-CN", 403)).contains("<h1 id=\"error-heading\">您的角色无权办理此事项</h1>",
                "<p id=\"error-rule\">您的角色不能执行此操作。</p>", "您当前的角色是“审计”。");
        assertThat(page(session, "en", 403)).contains("<h1 id=\"error-heading\">Your role may not do this</h1>",
                "you are signed in as Auditor.");
    }

    @Test
    void aRefusalByARuleTheWebAppDoesNotKnowStillSaysItIsARefusal() throws Exception {
        MockHttpSession session = login("auditor-cn", AUDITOR);
        BACKEND.answer("GET /api/projects/PRJ-9", 403, forbidden("something-new", "not now"));

        assertThat(page(session, "zh-CN", 403)).contains("<h1 id=\"error-heading\">无权查看或办理</h1>",
                "<p id=\"error-rule\">something-new</p>", "如确需查看或办理，请联系系统管理员核实您的权限。");
    }

    @Test
    void aMissingProjectIsNamedWithItsIdInBothLanguages() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        BACKEND.answer("GET /api/projects/PRJ-9", 404, """
                {"type":"about:blank","title":"Not Found","status":404,"detail":"no project PRJ-9"}""");

        String chinese = page(session, "zh-CN", 404);
        assertThat(chinese).contains("<title>未找到 · ", "<h1 id=\"error-heading\">未找到</h1>",
                "<p id=\"error-status\">未找到编号为 PRJ-9 的项目。</p>",
                "<p id=\"error-advice\"> 请核对编号是否正确，或从项目列表中查找。 </p>",
                "<a id=\"error-back-projects\" href=\"/projects\">返回项目列表</a>").doesNotContain("id=\"error-rule\"");

        String english = page(session, "en", 404);
        assertThat(english).contains("<h1 id=\"error-heading\">Not found</h1>",
                "<p id=\"error-status\">There is no project PRJ-9.</p>",
                "Check the id, or look for the project in the project list.");
    }

    @Test
    void otherStatusesKeepTheGeneralWords() throws Exception {
        MockHttpSession session = login("supervisor-xxq", SUPERVISOR);
        BACKEND.answer("GET /api/projects/PRJ-9", 400, """
                {"type":"about:blank","status":400,"detail":"id: not a project id","parameter":"id"}""");

        assertThat(page(session, "zh-CN", 400)).contains("<h1 id=\"error-heading\">无法完成请求</h1>",
                "<p id=\"error-status\">请求有误。</p>").doesNotContain("error-advice").doesNotContain("data-reason");
    }
}
