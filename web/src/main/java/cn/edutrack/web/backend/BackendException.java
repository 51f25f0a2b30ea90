package cn.edutrack.web.backend;

/** A backend answered with an error status; {@link #problem()} is what it said. */
public class BackendException extends RuntimeException {

    private final int status;
    private final transient Problem problem;

    public BackendException(int status, Problem problem) {
        super("backend answered " + status + (problem.detail() == null ? "" : ": " + problem.detail()));
        this.status = status;
        this.problem = problem;
    }

    /** The web app's own refusal of a page or action the user's role does not use ({@code role-may-not}). */
    public static BackendException roleMayNot() {
        return new BackendException(403, new Problem(null, null, 403, null, "role-may-not", null, null));
    }

    /**
     * Whether the backend refused what was sent ({@code 400}, {@code 409}, {@code 422}): a form shows it next to the
     * inputs; any other status is the page's failure.
     */
    public boolean refusesTheInput() {
        return status == 400 || status == 409 || status == 422;
    }

    public int status() {
        return status;
    }

    public Problem problem() {
        return problem;
    }
}
