package cn.edutrack.command.metadata;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is 1 to 100 letters, digits, '.', '_', ':'
 * or '-' (a trace id of the caller's own systems), else a random UUID. The id is echoed in the answer's
 * {@code X-Request-Id} header, set before anything else runs so that every answer carries it (401, 403, 413 and the
 * other refusals included), kept for {@link RecordingRequest} (every event the request records names it) and put
 * in the log's MDC as {@code requestId}. Registered first of all filters, before security.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final String MDC_KEY = MetadataKeys.REQUEST_ID;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = idOf(request.getHeader(HEADER));
        request.setAttribute(RecordingRequest.REQUEST_ID_ATTRIBUTE, requestId);
        response.setHeader(HEADER, requestId);
        MDC.put(MDC_KEY, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The caller's id when valid, else a new one. */
    static String idOf(String callersId) {
        return callersId != null && VALID.matcher(callersId).matches() ? callersId : UUID.randomUUID().toString();
    }
}
