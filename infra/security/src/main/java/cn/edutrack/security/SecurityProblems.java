package cn.edutrack.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problems written by the security filters, in the same shape as the applications' own problems. */
final class SecurityProblems {

    static final String TYPE_PREFIX = "urn:edutrack:problem:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SecurityProblems() {
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        return problem;
    }

    /**
     * Writes the problem as the applications' advices do: the standard members, then each property at the top
     * level (Spring's message converters flatten {@code properties}; a plain mapper would nest them).
     */
    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                      String title, String detail, Map<String, Object> properties) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.putAll(properties);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
