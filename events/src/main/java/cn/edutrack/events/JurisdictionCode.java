package cn.edutrack.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A jurisdiction (province, city, district/county, township) by its code. Codes are hierarchical paths
 * ({@code CN-45/XX市/XX区}) so "a jurisdiction and the ones below it" is a prefix match.
 */
public record JurisdictionCode(String value) {

    public JurisdictionCode {
        Objects.requireNonNull(value, "jurisdiction code");
        if (value.isBlank() || value.length() > 200 || value.startsWith("/") || value.endsWith("/") || value.contains("//")) {
            throw new IllegalArgumentException("jurisdiction code must be a non-empty path of at most 200 characters such as 'CN-45/XX市/XX区': " + value);
        }
    }

    @JsonCreator
    public static JurisdictionCode of(String value) {
        return new JurisdictionCode(value);
    }

    /** True when {@code other} is this jurisdiction or lies below it. */
    public boolean covers(JurisdictionCode other) {
        return other.value.equals(value) || other.value.startsWith(value + "/");
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
