package cn.edutrack.command.metadata;

/**
 * A command request body with the optional {@code comment} field: the user's reason or remark for recording it,
 * stored in the metadata of every event the request records (never in the event itself). Each body declares the
 * field with its validation ({@code @Size(max = 2000)}; NUL is refused for every text field); a blank comment
 * counts as none. {@link RequestCommentAdvice} hands it to {@link RecordingRequest} when the body is read.
 */
public interface CommentedRequest {

    /** The comment as sent, or null. */
    String comment();
}
