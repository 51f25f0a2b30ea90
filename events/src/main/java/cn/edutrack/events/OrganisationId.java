package cn.edutrack.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** An organisation (bureau division, school, responsible unit) by its id, never by a free-text name. */
public record OrganisationId(String value) {

    public OrganisationId {
        Objects.requireNonNull(value, "organisation id");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("organisation id must be 1 to 100 characters: " + value);
        }
    }

    @JsonCreator
    public static OrganisationId of(String value) {
        return new OrganisationId(value);
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
