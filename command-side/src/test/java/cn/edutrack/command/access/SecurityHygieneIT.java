package cn.edutrack.command.access;

import static cn.edutrack.command.support.Requests.approve;
import static cn.edutrack.command.support.Requests.newProjectId;
import static cn.edutrack.command.support.Requests.register;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.support.CommandSideIntegrationTest;
import cn.edutrack.command.support.PlanBodies;
import cn.edutrack.command.support.Requests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Security hygiene of the command API: request size limits, no cross-site form posts, CSRF for requests that carry
 * cookies, no internals in error answers, security headers.
 */
class SecurityHygieneIT extends CommandSideIntegrationTest {

    @Test
    void aBodyOverTheLimitIs413AndNothingIsStored() {
        String id = newProjectId();
        String huge = register(id, "NEW_BUILD").replace("XX区第三实验幼儿园新建工程", "幼".repeat(100_000));
        long before = storedEvents();

        Answer answer = postAs("manager-xxq", "/api/projects", huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:edutrack:problem:request-too-large");
        assertThat(answer.member("limitBytes").asLong()).isEqualTo(256 * 1024);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPlanFileMayBeLargerButNotUnbounded() {
        long before = storedEvents();
        Answer overTheImporterLimit = postAs("admin-cn", "/api/plan-imports?fileName=x.yaml",
                new byte[2 * 1024 * 1024 + 1], "application/yaml", Map.of());
        Answer overThePathLimit = postAs("admin-cn", "/api/plan-imports?fileName=x.yaml",
                new byte[3 * 1024 * 1024 + 1], "application/yaml", Map.of());

        // between the importer's 2 MB and the 3 MB allowed for the path, the importer refuses it, naming the body
        assertThat(overTheImporterLimit.status()).isEqualTo(413);
        assertThat(overTheImporterLimit.body().get("errors").get(0).get("field").asString()).isEqualTo("body");
        assertThat(overThePathLimit.status()).isEqualTo(413);
        assertThat(overThePathLimit.body().get("type").asString()).isEqualTo("urn:edutrack:problem:request-too-large");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aCrossSiteFormCannotPostEvenWithValidCredentials() {
        String id = newProjectId();
        byte[] json = register(id, "NEW_BUILD").getBytes(StandardCharsets.UTF_8);
        byte[] form = ("projectId=" + id + "&businessDate=2022-01-10&kind=NEW_BUILD&title=x&jurisdiction=CN-45"
                + "&ownerOrganisation=ORG-XXQ-JYJ&responsiblePerson=P-1").getBytes(StandardCharsets.UTF_8);
        long before = storedEvents();

        Answer urlEncoded = postAs("manager-xxq", "/api/projects", form, "application/x-www-form-urlencoded", Map.of());
        Answer textPlain = postAs("manager-xxq", "/api/projects", json, "text/plain", Map.of());
        Answer multipart = postAs("manager-xxq", "/api/projects", json, "multipart/form-data; boundary=x", Map.of());
        Answer planFileAsText = postAs("admin-cn", "/api/plan-imports?fileName=x.yaml", "format: edutrack-plan/1\n"
                .getBytes(StandardCharsets.UTF_8), "text/plain", Map.of());

        for (Answer answer : List.of(urlEncoded, textPlain, multipart, planFileAsText)) {
            assertThat(answer.status()).as(answer.raw().body()).isEqualTo(415);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aRequestCarryingCookiesNeedsTheCsrfToken() {
        String id = newProjectId();
        long before = storedEvents();

        Answer withoutToken = postAs("manager-xxq", "/api/projects", register(id, "NEW_BUILD"),
                Map.of("Cookie", "JSESSIONID=abc"));

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.body().get("type").asString()).isEqualTo("urn:edutrack:problem:csrf");
        assertThat(storedEvents()).isEqualTo(before);

        Answer withToken = postAs("manager-xxq", "/api/projects", register(id, "NEW_BUILD"),
                Map.of("Cookie", "XSRF-TOKEN=7f1c2b9e-token", "X-XSRF-TOKEN", "7f1c2b9e-token"));
        assertThat(withToken.status()).as(withToken.raw().body()).isEqualTo(201);
    }

    @Test
    void errorAnswersShowNoInternals() {
        String id = newProjectId();
        assertThat(post("/api/projects", register(id, "NEW_BUILD")).status()).isEqualTo(201);
        List<Answer> errors = new ArrayList<>();
        errors.add(post("/api/projects/" + id + "/allocations", "{\"businessDate\": \"2022-04-01\", \"source\": "));
        errors.add(post("/api/projects/" + id + "/allocations", "[1, 2"));
        errors.add(post("/api/projects/" + id + "/allocations", "[1, 2]"));
        errors.add(post("/api/projects/" + id + "/allocations", "{\"businessDate\": \"not a date\"}"));
        errors.add(post("/api/projects/" + id + "/allocations", Requests.allocate("CENTRAL_FISCAL", "1")));
        errors.add(post("/api/projects/" + newProjectId() + "/approval", approve("1")));
        errors.add(post("/api/projects/PRJ-" + "X".repeat(60) + "/approval", approve("1")));
        errors.add(post("/api/plans/no-such-plan/programmes", PlanBodies.programme()));
        errors.add(postAs("manager-xxq", "/api/projects", "x".getBytes(StandardCharsets.UTF_8), "text/plain", Map.of()));
        errors.add(postAs(null, "/api/projects", register(newProjectId(), "NEW_BUILD")));
        errors.add(postAs("auditor-cn", "/api/projects", register(newProjectId(), "NEW_BUILD")));
        errors.add(postAs("manager-yyq", "/api/projects/" + id + "/approval", approve("1")));
        errors.add(getAs("manager-xxq", "/api/projects/" + id));
        errors.add(getAs(null, "/error"));

        for (Answer answer : errors) {
            assertThat(answer.status()).as(answer.raw().body()).isGreaterThanOrEqualTo(400);
            assertThat(answer.raw().body()).as(answer.status() + " " + answer.raw().body())
                    .doesNotContain("\"trace\"", "at cn.", "at org.", "SQL", "org.postgresql", "Exception", "exception",
                            "cn.edutrack", "java.");
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        String id = newProjectId();
        List<Answer> answers = List.of(
                post("/api/projects", register(id, "NEW_BUILD")),
                post("/api/projects/" + id + "/allocations", "{}"),
                postAs(null, "/api/projects", register(newProjectId(), "NEW_BUILD")),
                postAs("auditor-cn", "/api/projects", register(newProjectId(), "NEW_BUILD")),
                post("/api/projects/" + newProjectId() + "/approval", approve("1")),
                postAs("manager-xxq", "/api/projects", "x".getBytes(StandardCharsets.UTF_8), "text/plain", Map.of()),
                postAs("manager-xxq", "/api/projects", new byte[256 * 1024 + 1], "application/json", Map.of()));
        assertThat(answers).extracting(Answer::status).contains(413);
        for (Answer answer : answers) {
            String what = answer.status() + " " + answer.raw().body();
            assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(answer.header("Content-Security-Policy")).as(what).isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
            assertThat(answer.header("Cache-Control")).as(what).contains("no-store");
            assertThat(answer.header("Set-Cookie")).as(what).isNull();
        }
    }
}
