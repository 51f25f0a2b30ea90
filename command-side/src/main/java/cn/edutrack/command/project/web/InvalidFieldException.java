package cn.edutrack.command.project.web;

/** A request field that passed Bean Validation but cannot become a domain value. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
