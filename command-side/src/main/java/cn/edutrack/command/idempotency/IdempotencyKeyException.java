package cn.edutrack.command.idempotency;

/** An Idempotency-Key that is malformed or was used for a different request. */
public class IdempotencyKeyException extends RuntimeException {

    public IdempotencyKeyException(String message) {
        super(message);
    }
}
