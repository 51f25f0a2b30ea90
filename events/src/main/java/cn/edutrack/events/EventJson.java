package cn.edutrack.events;

import cn.edutrack.events.project.ProjectEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON encoding of events on the wire: UTF-8, ISO-8601 dates and instants, money as decimal
 * strings. Readers ignore properties they do not know (a newer writer may add optional ones) but
 * refuse nulls for numbers that must be there.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private EventJson() {
    }

    public static byte[] write(ProjectEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static String writeString(ProjectEvent event) {
        return MAPPER.writeValueAsString(event);
    }

    /**
     * Reads a payload of the given CloudEvents type.
     *
     * @throws UnknownEventTypeException when the type is not in the {@link EventCatalog}
     * @throws MalformedEventException   when the bytes are not a valid payload of that type
     */
    public static ProjectEvent read(String ceType, byte[] json) {
        EventType type = EventCatalog.byCeType(ceType).orElseThrow(() -> new UnknownEventTypeException(ceType));
        try {
            return MAPPER.readValue(json, type.eventClass());
        } catch (JacksonException | IllegalArgumentException e) {
            throw new MalformedEventException(ceType, e);
        }
    }

    /** A {@code ce_type} that this version of Edutrack does not know. */
    public static final class UnknownEventTypeException extends RuntimeException {
        public UnknownEventTypeException(String ceType) {
            super("unknown event type: " + ceType);
        }
    }

    /** A payload that does not read as its declared type. */
    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String ceType, Throwable cause) {
            super("payload is not a valid " + ceType + ": " + cause.getMessage(), cause);
        }
    }
}
