package cn.edutrack.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(classes = SecurityTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"edutrack.security.mode=local", "edutrack.security.users-file=classpath:security-test-users.yaml",
                "edutrack.security.max-body-size=1KB", "edutrack.security.max-body-size-by-path[/api/things/big]=4KB"})
class LocalModeSecurityTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void an_anonymous_caller_gets_401_with_a_basic_challenge_and_a_problem() throws Exception {
        HttpResponse<String> answer = get("/api/things?code=CN-13", null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"edutrack\"");
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"urn:edutrack:problem:unauthenticated\"");
    }

    @Test
    void a_wrong_password_is_401_and_says_so() throws Exception {
        HttpResponse<String> answer = get("/api/things?code=CN-13", basic("supervisor-handan", "guess"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("the user name or password is wrong");
    }

    @Test
    void me_answers_the_actor_of_the_local_user() throws Exception {
        HttpResponse<String> answer = get("/api/me", basic("manager-weixian", "test-password"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"userId\":\"manager-weixian\",\"role\":\"MANAGER\","
                + "\"organisation\":\"魏县教育体育局\",\"jurisdiction\":\"CN-13/邯郸市/魏县\"}");
    }

    @Test
    void the_jurisdiction_check_of_the_application_answers_403_with_the_rule() throws Exception {
        String code = URLEncoder.encode("CN-13/邯郸市/邱县", StandardCharsets.UTF_8);
        HttpResponse<String> inside = get("/api/things?code=" + URLEncoder.encode("CN-13/邯郸市/魏县",
                StandardCharsets.UTF_8), basic("supervisor-handan", "test-password"));
        HttpResponse<String> sibling = get("/api/things?code=" + code, basic("manager-weixian", "test-password"));

        assertThat(inside.statusCode()).isEqualTo(200);
        assertThat(sibling.statusCode()).isEqualTo(403);
        assertThat(sibling.body()).contains("\"rule\":\"outside-jurisdiction\"")
                .contains("CN-13/邯郸市/邱县 is outside your jurisdiction CN-13/邯郸市/魏县");
    }

    @Test
    void a_role_the_rules_do_not_name_gets_403_and_an_unknown_path_is_denied() throws Exception {
        HttpResponse<String> wrongRole = post("/api/things", "{}", basic("supervisor-handan", "test-password"), null);
        HttpResponse<String> unknown = get("/api/elsewhere", basic("supervisor-handan", "test-password"));
        HttpResponse<String> unknownAnonymous = get("/api/elsewhere", null);

        assertThat(wrongRole.statusCode()).isEqualTo(403);
        assertThat(wrongRole.body()).startsWith("{\"type\":\"urn:edutrack:problem:forbidden\",\"title\":\"Forbidden\","
                + "\"status\":403,").endsWith(",\"rule\":\"role-may-not\"}");
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(unknownAnonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void every_answer_carries_the_security_headers() throws Exception {
        HttpResponse<String> answer = get("/api/me", basic("manager-weixian", "test-password"));

        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(answer.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void a_body_over_the_limit_is_413_before_any_controller_sees_it() throws Exception {
        String body = "x".repeat(1025);

        HttpResponse<String> tooLarge = post("/api/things", body, basic("manager-weixian", "test-password"), null);
        HttpResponse<String> atLimit = post("/api/things", "x".repeat(1024), basic("manager-weixian", "test-password"), null);

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("\"type\":\"urn:edutrack:problem:request-too-large\"")
                .endsWith(",\"limitBytes\":1024}");
        assertThat(tooLarge.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(tooLarge.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(atLimit.statusCode()).isEqualTo(200);
        assertThat(atLimit.body()).contains("\"bytes\":1024");
    }

    @Test
    void a_body_without_a_length_is_cut_off_at_the_limit_too() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/things"))
                .header("Authorization", basic("manager-weixian", "test-password"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream("y".repeat(5000).getBytes(StandardCharsets.UTF_8))))
                .build();

        HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void a_state_changing_request_that_carries_cookies_needs_the_csrf_token() throws Exception {
        String auth = basic("manager-weixian", "test-password");

        HttpResponse<String> withoutToken = post("/api/things", "{}", auth, "XSRF-TOKEN=t0k3n");
        HttpResponse<String> withToken = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/things"))
                .header("Authorization", auth).header("Content-Type", "text/plain")
                .header("Cookie", "XSRF-TOKEN=t0k3n").header("X-XSRF-TOKEN", "t0k3n")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> headerOnly = post("/api/things", "{}", auth, null);

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("\"type\":\"urn:edutrack:problem:csrf\"");
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(headerOnly.statusCode()).isEqualTo(200);
    }

    @Test
    void the_documentation_pages_may_load_their_own_scripts_and_nothing_else() throws Exception {
        HttpResponse<String> page = get("/swagger-ui/index.html", basic("manager-weixian", "test-password"));

        assertThat(page.headers().allValues("Content-Security-Policy")).containsExactly(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    }

    @Test
    void health_is_open_to_probes() throws Exception {
        // no actuator in this test application: the path is permitted and simply not found
        assertThat(get("/actuator/health", null).statusCode()).isNotIn(401, 403);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String authorization, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
