package cn.edutrack.command.plan.file;

import java.util.Objects;

/**
 * One problem in a plan file. {@code line} and {@code column} are 1-based; {@code path} is the field path in
 * the file (e.g. {@code indicators[3].target.value}, list indexes 0-based; empty for the whole document);
 * {@code message} starts with the name of the rule that was broken, e.g. {@code "unknown-key: ..."}.
 */
public record PlanFileError(String file, int line, int column, String path, String message) {

    public PlanFileError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** The rule name at the start of the message. */
    public String rule() {
        int colon = message.indexOf(':');
        return colon < 0 ? message : message.substring(0, colon);
    }

    /** {@code file:line:column: path: message}, the form printed by the importer. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "(document)" : path) + ": " + message;
    }
}
