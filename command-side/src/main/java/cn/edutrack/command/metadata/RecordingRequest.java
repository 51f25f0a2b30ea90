package cn.edutrack.command.metadata;

import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the current HTTP request says about the events it records: its id ({@link RequestIdFilter}) and the user's
 * comment. Both live in the request's attributes, so they are gone with the request; outside a request (a command
 * sent by the application itself) there are none. Read by {@link RequestMetadataDispatchInterceptor} when a
 * command is sent, on the request's thread.
 */
public final class RecordingRequest {

    static final String REQUEST_ID_ATTRIBUTE = RecordingRequest.class.getName() + ".requestId";
    static final String COMMENT_ATTRIBUTE = RecordingRequest.class.getName() + ".comment";

    private RecordingRequest() {
    }

    /** The id of the current request, if there is a request. */
    public static Optional<String> requestId() {
        return attribute(REQUEST_ID_ATTRIBUTE);
    }

    /** The user's comment for what the current request records; empty when none was given (or it was blank). */
    public static Optional<String> comment() {
        return attribute(COMMENT_ATTRIBUTE);
    }

    /**
     * Keeps the comment for the commands the current request sends; a blank or null comment is none. The comment
     * must already be valid ({@link #problemWith}); outside a request nothing is kept.
     */
    public static void comment(String comment) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return;
        }
        if (comment == null || comment.isBlank()) {
            attributes.removeAttribute(COMMENT_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        } else {
            attributes.setAttribute(COMMENT_ATTRIBUTE, comment, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /**
     * What is wrong with a comment given outside a JSON body (the plan-file import's query parameter), in the words
     * Bean Validation uses for the bodies; empty when it may be kept.
     */
    public static Optional<String> problemWith(String comment) {
        if (comment == null) {
            return Optional.empty();
        }
        if (comment.length() > MetadataKeys.MAX_COMMENT_LENGTH) {
            return Optional.of("size must be between 0 and " + MetadataKeys.MAX_COMMENT_LENGTH);
        }
        if (comment.indexOf('\0') >= 0) {
            return Optional.of("must not contain NUL characters (U+0000)");
        }
        return Optional.empty();
    }

    private static Optional<String> attribute(String name) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? Optional.empty()
                : Optional.ofNullable((String) attributes.getAttribute(name, RequestAttributes.SCOPE_REQUEST));
    }
}
