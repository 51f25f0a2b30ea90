package cn.edutrack.query.readmodel;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code jsonb} columns of the read models (flags, provenance, quotas): written from event values, read
 * back into views. Plain JSON of records; never parsed from anything but what the projection wrote.
 */
public final class JsonColumns {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    /** The value as JSON text for {@code cast(:x as jsonb)}; null stays null. */
    public static String write(Object value) {
        return value == null ? null : MAPPER.writeValueAsString(value);
    }

    /** Flags as a JSON array; none as {@code []}. */
    public static String flags(List<String> flags) {
        return MAPPER.writeValueAsString(flags == null ? List.of() : flags);
    }

    public static List<String> readFlags(String json) {
        return json == null ? List.of() : List.copyOf(MAPPER.readValue(json, STRINGS));
    }

    public static <T> T read(String json, Class<T> type) {
        return json == null ? null : MAPPER.readValue(json, type);
    }
}
