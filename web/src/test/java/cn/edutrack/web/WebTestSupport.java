package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The web app against the stub backends, driven with MockMvc; helpers to log in as the local users. */
@SpringBootTest(properties = "edutrack.web.projection-wait=300ms")
@AutoConfigureMockMvc
abstract class WebTestSupport {

    static final StubBackend BACKEND = StubBackend.INSTANCE;
    static final String PASSWORD = "edutrack-local";

    static final String SUPERVISOR = """
            {"userId":"supervisor-xxq","role":"SUPERVISOR","organisation":null,"jurisdiction":"CN-45/XX市/XX区"}""";
    static final String AUDITOR = """
            {"userId":"auditor-cn","role":"AUDITOR","organisation":null,"jurisdiction":"CN"}""";
    static final String MANAGER = """
            {"userId":"manager-xxq","role":"MANAGER","organisation":"ORG-XXQ-EDU","jurisdiction":"CN-45/XX市/XX区"}""";
    static final String OTHER_MANAGER = """
            {"userId":"manager-yyq","role":"MANAGER","organisation":"ORG-YYQ-EDU","jurisdiction":"CN-45/XX市/YY区"}""";
    static final String ADMINISTRATOR = """
            {"userId":"admin-xxq","role":"ADMINISTRATOR","organisation":null,"jurisdiction":"CN-45/XX市/XX区"}""";
    static final String OTHER_ADMINISTRATOR = """
            {"userId":"admin-yyq","role":"ADMINISTRATOR","organisation":null,"jurisdiction":"CN-45/XX市/YY区"}""";

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("edutrack.web.query-url", BACKEND::url);
        registry.add("edutrack.web.command-url", BACKEND::url);
    }

    @BeforeEach
    void resetBackend() {
        BACKEND.reset();
    }

    /** Logs in as the user {@code /api/me} describes with {@code meJson}; the stub's requests are cleared after. */
    MockHttpSession login(String username, String meJson) throws Exception {
        BACKEND.answer("GET /api/me", 200, meJson);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));
        BACKEND.reset();
        return session;
    }

    /** The page with every run of white space one blank, so that an element reads the same however it is wrapped. */
    static String flat(String page) {
        return page.replaceAll("\\s+", " ");
    }

    /** The markup of the page's element {@code <section id="id"...>...</section>}, flat. */
    static String section(String page, String id) {
        int start = page.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return flat(page.substring(start, page.indexOf("</section>", start)));
    }

    static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
