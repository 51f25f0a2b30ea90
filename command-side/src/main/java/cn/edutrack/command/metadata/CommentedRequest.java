package cn.edutrack.command.metadata;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A command request body with the optional {@code comment} field: the user's reason or remark for recording it,
 * stored in the metadata of every event the request records (never in the event itself). Each body declares the
 * field with its validation ({@code @Size(max = 2000)}; NUL is refused for every text field); a blank comment
 * counts as none. {@link RequestCommentAdvice} hands it to {@link RecordingRequest} when the body is read.
 * <p>
 * A body is serialised only for its Idempotency-Key fingerprint; without a comment it is serialised as before the
 * field existed, so a key used before then still matches its retry.
 */
public interface CommentedRequest {

    /** The comment as sent, or null (then left out of the body's fingerprint). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    String comment();
}
