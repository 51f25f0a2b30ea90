package cn.edutrack.web.backend;

import cn.edutrack.web.WebProperties;
import cn.edutrack.web.security.SignedInUser;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the query side and the command side as the logged-in user (HTTP Basic with the credentials kept in the
 * session). An error status becomes a {@link BackendException} carrying the backend's problem.
 */
@Component
public class Backend {

    private final RestClient query;
    private final RestClient command;
    private final JsonMapper json;

    Backend(RestClient.Builder builder, WebProperties properties, JsonMapper json) {
        this.query = builder.clone().baseUrl(properties.queryUrl()).build();
        this.command = builder.clone().baseUrl(properties.commandUrl()).build();
        this.json = json;
    }

    /** GET from the query side; {@code path} may hold {@code {name}} variables, {@code params} are added if not blank. */
    public <T> T query(Class<T> type, String path, Map<String, ?> pathVariables, Map<String, String> params) {
        return get(query, type, path, pathVariables, params);
    }

    /** GET from the command side. */
    public <T> T command(Class<T> type, String path, Map<String, ?> pathVariables) {
        return get(command, type, path, pathVariables, Map.of());
    }

    /** POST a JSON body to the command side. */
    public <T> T post(Class<T> type, String path, Map<String, ?> pathVariables, Object body) {
        return postToCommand(type, uri(path, pathVariables, Map.of()), MediaType.APPLICATION_JSON, body);
    }

    /** POST a file to the command side as it is, with its media type; {@code params} are added if not blank. */
    public <T> T postFile(Class<T> type, String path, Map<String, String> params, MediaType contentType,
            byte[] body) {
        return postToCommand(type, uri(path, Map.of(), params), contentType, body);
    }

    /** POSTs as the user; an error answer becomes a {@link BackendException} with its problem. */
    private <T> T postToCommand(Class<T> type, Function<UriBuilder, URI> uri, MediaType contentType, Object body) {
        return command.post().uri(uri)
                .contentType(contentType)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .headers(h -> basic(h::setBasicAuth))
                .body(body)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw failure(response.getStatusCode().value(), response.getBody().readAllBytes());
                })
                .body(type);
    }

    private <T> T get(RestClient client, Class<T> type, String path, Map<String, ?> pathVariables,
            Map<String, String> params) {
        return client.get().uri(uri(path, pathVariables, params))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .headers(h -> basic(h::setBasicAuth))
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw failure(response.getStatusCode().value(), response.getBody().readAllBytes());
                })
                .body(type);
    }

    /** The path and query, every variable and parameter value encoded strictly (a {@code +} stays a plus). */
    private static Function<UriBuilder, URI> uri(String path,
            Map<String, ?> pathVariables, Map<String, String> params) {
        return builder -> {
            Map<String, Object> variables = new LinkedHashMap<>(pathVariables);
            builder.path(path);
            params.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    builder.queryParam(name, "{q_" + name + "}");
                    variables.put("q_" + name, value);
                }
            });
            return builder.build(variables);
        };
    }

    private BackendException failure(int status, byte[] body) {
        Problem problem;
        try {
            problem = body.length == 0 ? Problem.ofStatus(status) : json.readValue(body, Problem.class);
        } catch (RuntimeException notAProblem) {
            problem = Problem.ofStatus(status);
        }
        return new BackendException(status, problem);
    }

    private interface BasicSetter {
        void set(String username, String password, Charset charset);
    }

    private static void basic(BasicSetter setter) {
        SignedInUser user = currentUser();
        setter.set(user.username(), user.password(), StandardCharsets.UTF_8);
    }

    /** The logged-in user of this request. */
    public static SignedInUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            throw new IllegalStateException("no logged-in user");
        }
        return user;
    }
}
