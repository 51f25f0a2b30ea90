package cn.edutrack.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a plan, as given in its plan file, e.g. {@code xx-district-2021}: a lower-case letter or digit
 * followed by up to 79 lower-case letters, digits, {@code .}, {@code _} or {@code -}. Lower case keeps plan ids
 * apart from project ids ({@code PRJ-...}) and jurisdiction codes ({@code CN-...}).
 */
public record PlanId(String value) {

    public static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");

    public PlanId {
        Objects.requireNonNull(value, "plan id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "plan id must be 1 to 80 lower-case letters, digits, '.', '_' or '-' (starting with a letter or digit): " + value);
        }
    }

    @JsonCreator
    public static PlanId of(String value) {
        return new PlanId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
