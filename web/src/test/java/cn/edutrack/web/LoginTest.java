package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.edutrack.web.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Login checks the credentials against the query side's /api/me and keeps the actor in the server-side session. */
class LoginTest extends WebTestSupport {

    @Test
    void aLoginTheQuerySideAcceptsKeepsTheActorAndSendsBasicOnEveryBackendCall() throws Exception {
        BACKEND.answer("GET /api/me", 200, SUPERVISOR);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", "supervisor-xxq").param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));

        assertThat(BACKEND.requests()).singleElement().satisfies(r -> {
            assertThat(r.pathAndQuery()).isEqualTo("/api/me");
            assertThat(r.authorization()).isEqualTo(basic("supervisor-xxq"));
        });
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SignedInUser user = (SignedInUser) context.getAuthentication().getPrincipal();
        assertThat(user.userId()).isEqualTo("supervisor-xxq");
        assertThat(user.role()).isEqualTo("SUPERVISOR");
        assertThat(user.organisation()).isNull();
        assertThat(user.jurisdiction()).isEqualTo("CN-45/XX市/XX区");
        assertThat(user.toString()).doesNotContain(PASSWORD);

        BACKEND.reset();
        BACKEND.answer("GET /api/projects", 200, """
                {"items":[],"page":0,"size":20,"totalItems":0,"totalPages":0}""");
        mvc.perform(get("/projects").session(session)).andExpect(status().isOk());
        assertThat(BACKEND.requests()).singleElement()
                .satisfies(r -> assertThat(r.authorization()).isEqualTo(basic("supervisor-xxq")));
    }

    @Test
    void aRefusedLoginShowsTheLoginPageWithItsErrorAndNoSession() throws Exception {
        BACKEND.answer("GET /api/me", 401, """
                {"type":"urn:edutrack:problem:unauthenticated","title":"Unauthorized","status":401}""");
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", "supervisor-xxq").param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "<p id=\"login-error\" class=\"error\" role=\"alert\">用户名或密码不正确。</p>")));
        mvc.perform(get("/login").param("error", "").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "<p id=\"login-error\" class=\"error\" role=\"alert\">Wrong username or password.</p>")));
    }

    @Test
    void anUnreachableQuerySideIsNotCalledAWrongPassword() throws Exception {
        BACKEND.answer("GET /api/me", 503, "{}");

        mvc.perform(post("/login").with(csrf()).param("username", "auditor-cn").param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?unavailable"));
    }

    @Test
    void everyPageNeedsALoginAndTheLoginFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(get("/projects")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));

        BACKEND.answer("GET /api/me", 200, SUPERVISOR);
        mvc.perform(post("/login").param("username", "supervisor-xxq").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(BACKEND.requests()).isEmpty();
    }

    @Test
    void logoutIsAPostThatEndsTheSession() throws Exception {
        MockHttpSession session = login("auditor-cn", AUDITOR);

        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void theLoginPageHasTheFormTheBrowserTestsUse() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"zh-CN\">", "id=\"username\"", "id=\"password\"",
                "id=\"login-submit\"", "name=\"_csrf\"", "<label for=\"username\">用户名</label>");
    }
}
