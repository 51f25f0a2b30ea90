package cn.edutrack.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id of a tracked project, e.g. {@code PRJ-3F2A9C0D1E}. */
public record ProjectId(String value) {

    public static final Pattern FORMAT = Pattern.compile("PRJ-[A-Z0-9][A-Z0-9-]{2,46}");

    public ProjectId {
        Objects.requireNonNull(value, "project id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("project id must look like PRJ-XXXX (upper-case letters, digits, '-'): " + value);
        }
    }

    @JsonCreator
    public static ProjectId of(String value) {
        return new ProjectId(value);
    }

    public static ProjectId random() {
        return new ProjectId("PRJ-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase());
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
