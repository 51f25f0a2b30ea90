package cn.edutrack.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An RFC 9457 problem as the backends answer it: {@code rule} for a refused rule, {@code errors} for the fields
 * it names.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, Integer status, String detail, String rule, String parameter,
        List<FieldError> errors) {

    /**
     * One field a problem names, with the backend's own words; a plan file's error also names the file, the line and
     * column and the rule.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message, String file, Integer line, Integer column, String rule) {
    }

    /** A problem of which only the status is known (the body was not a problem). */
    public static Problem ofStatus(int status) {
        return new Problem(null, null, status, null, null, null, List.of());
    }

    public List<FieldError> fieldErrors() {
        return errors == null ? List.of() : errors;
    }
}
