package cn.edutrack.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import cn.edutrack.local.demo.DemoUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The system tests' HTTP: every request as a local user ({@code local-users.yaml}, password {@code edutrack-local}),
 * with HTTP Basic, or as nobody ({@code user} null).
 */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static HttpResponse<String> get(String user, String url) {
        return send(request(user, url).GET().build());
    }

    /** A GET as a local user with another password than the local one. */
    static HttpResponse<String> getWithPassword(String user, String password, String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", DemoUsers.basicAuthorization(user, password)).GET().build());
    }

    static HttpResponse<String> post(String user, String url, String json) {
        return send(request(user, url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** The JSON of a 200 answer, else null (e.g. not projected yet). */
    static JsonNode getJsonOrNull(String user, String url) {
        HttpResponse<String> response = get(user, url);
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder request(String user, String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (user != null) {
            builder.header("Authorization", DemoUsers.basicAuthorization(user));
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
