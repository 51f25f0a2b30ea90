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

    public int status() {
        return status;
    }

    public Problem problem() {
        return problem;
    }
}
