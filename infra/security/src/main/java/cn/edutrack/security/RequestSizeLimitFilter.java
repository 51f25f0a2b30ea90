package cn.edutrack.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the limit for its path with 413 and a problem: at once when the declared
 * {@code Content-Length} is larger; a body without a length (chunked) is read ahead up to the limit, and refused
 * when there is more. Nothing of such a request reaches a controller, so nothing of it is recorded.
 */
public final class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long defaultLimit;
    private final Map<String, DataSize> limitsByPath;

    public RequestSizeLimitFilter(DataSize defaultLimit, Map<String, DataSize> limitsByPath) {
        this.defaultLimit = defaultLimit.toBytes();
        this.limitsByPath = Map.copyOf(limitsByPath);
    }

    long limitFor(String path) {
        long limit = defaultLimit;
        for (Map.Entry<String, DataSize> entry : limitsByPath.entrySet()) {
            if (path.startsWith(entry.getKey())) {
                limit = Math.max(limit, entry.getValue().toBytes());
            }
        }
        return limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request.getRequestURI());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(request, response, limit);
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response);
            return;
        }
        // No declared length (chunked): read up to the limit first, so that a larger body is refused whole.
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            tooLarge(request, response, limit);
            return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        SecurityProblems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
                "Request body too large", "the request body is larger than " + limit + " bytes, the limit for "
                        + request.getRequestURI(), Map.of("limitBytes", limit));
    }

    /** A request whose body was read ahead into memory (at most the limit). */
    private static final class BufferedRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read ahead; no asynchronous reading");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        private Charset charset() {
            String encoding = getCharacterEncoding();
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        }
    }
}
