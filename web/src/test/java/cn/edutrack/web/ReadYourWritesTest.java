package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * After a recorded form the user is sent on once the query side shows the version the command side answered (the
 * tests wait at most 300 ms for it); if it does not in time, the recording stands and the project page says the
 * figures are still being updated.
 */
class ReadYourWritesTest extends WebTestSupport {

    private static final String PENDING = "汇总数据正在更新，页面可能暂未显示刚保存的内容，请稍后刷新。";

    private static String summaryAtVersion(long version) {
        return Fixtures.summary("PRJ-1", "第一小学新建", "UNDER_CONSTRUCTION", "ORG-XXQ-EDU")
                .replace("\"version\":9", "\"version\":" + version);
    }

    private static MockHttpServletRequestBuilder construction(MockHttpSession session) {
        return post("/projects/PRJ-1/actions/completion").session(session).with(csrf())
                .param("businessDate", "2024-08-20").param("actualCapacity.places", "1080");
    }

    /** The query side's reads of the project after the command was sent. */
    private static List<String> readsAfterThePost() {
        List<StubBackend.Request> requests = BACKEND.requests();
        int post = requests.stream().map(StubBackend.Request::method).toList().lastIndexOf("POST");
        return requests.subList(post + 1, requests.size()).stream().map(StubBackend.Request::pathAndQuery).toList();
    }

    @Test
    void whenTheQuerySideShowsTheRecordedVersionTheUserIsSentOnWithoutANotice() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, summaryAtVersion(10));
        BACKEND.answer("POST /api/projects/PRJ-1/completion", 200, "{\"projectId\":\"PRJ-1\",\"version\":10}");

        mvc.perform(construction(session))
                .andExpect(redirectedUrl("/projects/PRJ-1"))
                .andExpect(flash().attribute("flash", "已保存：记录竣工。"))
                .andExpect(flash().attributeCount(1));

        assertThat(readsAfterThePost()).containsExactly("/api/projects/PRJ-1");
    }

    @Test
    void whenTheQuerySideStaysBehindTheRecordingStandsAndTheUserIsToldThePagesWillShowItShortly() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, summaryAtVersion(9));
        BACKEND.answer("POST /api/projects/PRJ-1/completion", 200, "{\"projectId\":\"PRJ-1\",\"version\":10}");

        mvc.perform(construction(session))
                .andExpect(redirectedUrl("/projects/PRJ-1"))
                .andExpect(flash().attribute("flash", "已保存：记录竣工。"))
                .andExpect(flash().attribute("flashPending", PENDING));

        assertThat(readsAfterThePost()).hasSizeGreaterThan(1).containsOnly("/api/projects/PRJ-1");
    }

    @Test
    void aNewProjectTheQuerySideDoesNotKnowYetIsWaitedFor() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        BACKEND.answer("POST /api/projects", 201, "{\"projectId\":\"PRJ-NEW-1\",\"version\":0}");
        MockHttpServletRequestBuilder register = post("/projects/new").session(session).with(csrf())
                .param("businessDate", "2024-01-05").param("kind", "NEW_BUILD").param("title", "第三小学新建")
                .param("jurisdiction", "CN-45/XX市/XX区").param("ownerOrganisation", "ORG-XXQ-EDU")
                .param("responsiblePerson", "P-7").param("plannedCapacity.places", "1350");

        mvc.perform(register).andExpect(redirectedUrl("/projects/PRJ-NEW-1"))
                .andExpect(flash().attribute("flashPending", PENDING));
        assertThat(readsAfterThePost()).hasSizeGreaterThan(1).containsOnly("/api/projects/PRJ-NEW-1");

        BACKEND.answer("GET /api/projects/PRJ-NEW-1", 200,
                Fixtures.summary("PRJ-NEW-1", "第三小学新建", "REGISTERED", "ORG-XXQ-EDU").replace("\"version\":9", "\"version\":0"));
        mvc.perform(register).andExpect(redirectedUrl("/projects/PRJ-NEW-1"))
                .andExpect(flash().attributeCount(1));
    }

    @Test
    void theProjectPageShowsTheNoticeBesideTheConfirmation() throws Exception {
        MockHttpSession session = login("manager-xxq", MANAGER);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, summaryAtVersion(9))
                .answer("GET /api/projects/PRJ-1/history", 200, Fixtures.HISTORY)
                .answer("GET /api/audit/projects/PRJ-1/verification", 403, Fixtures.FORBIDDEN);

        String page = mvc.perform(get("/projects/PRJ-1").session(session)
                        .flashAttr("flash", "已保存：记录竣工。").flashAttr("flashPending", PENDING))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(">已保存：记录竣工。</p>",
                "<p id=\"flash-pending\" class=\"notice\" role=\"status\">" + PENDING + "</p>");
    }
}
