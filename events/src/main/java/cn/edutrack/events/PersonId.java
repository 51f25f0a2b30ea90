package cn.edutrack.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A person by id. Events are kept forever, so they reference people by id and never carry names,
 * phone numbers or other personal data.
 */
public record PersonId(String value) {

    public PersonId {
        Objects.requireNonNull(value, "person id");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("person id must be 1 to 100 characters: " + value);
        }
    }

    @JsonCreator
    public static PersonId of(String value) {
        return new PersonId(value);
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
