package cn.edutrack.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for both backends: a JDK HTTP server answering the documented JSON shapes, recording every request
 * (method, path and query, Authorization header, body). One per test JVM; {@link #reset()} between tests.
 */
public final class StubBackend {

    public static final StubBackend INSTANCE = new StubBackend();

    /** One request the web app made. */
    public record Request(String method, String pathAndQuery, String authorization, String contentType, String body) {
    }

    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Map.Entry<Integer, String>> answers = new ConcurrentHashMap<>();
    private final HttpServer http;

    private StubBackend() {
        try {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String method = exchange.getRequestMethod();
            requests.add(new Request(method, path + (query == null ? "" : "?" + query),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            Map.Entry<Integer, String> answer = query == null ? null : answers.get(method + " " + path + "?" + query);
            if (answer == null) {
                answer = answers.getOrDefault(method + " " + path, Map.entry(404,
                        "{\"type\":\"about:blank\",\"status\":404,\"detail\":\"no stub for " + method + " " + path + "\"}"));
            }
            byte[] bytes = answer.getValue().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    answer.getKey() >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(answer.getKey(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        http.start();
    }

    /** Answers {@code "GET /path"} (any query) or {@code "GET /path?exact=query"} with a status and JSON body. */
    public StubBackend answer(String request, int status, String body) {
        answers.put(request, Map.entry(status, body));
        return this;
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public void reset() {
        requests.clear();
        answers.clear();
    }

    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }
}
