package cn.edutrack.events;

import cn.edutrack.events.plan.PlanEvent;
import cn.edutrack.events.project.ProjectEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON encoding of events on the wire: UTF-8, ISO-8601 dates and instants, money as decimal
 * strings, other decimals ({@code BigDecimal}: plan figures, floor areas) as JSON numbers in plain notation
 * ({@code 28000}, never {@code 2.8E+4}) with the digits the value has. Readers take a decimal from its text,
 * never through a binary float, and refuse one written as a string. Readers ignore properties they do not
 * know (a newer writer may add optional ones) but refuse nulls for numbers that must be there.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // a payload nested as a tree (EventCorrected.corrected) keeps its decimals exactly as written
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private EventJson() {
    }

    public static byte[] write(DomainEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static String writeString(DomainEvent event) {
        return MAPPER.writeValueAsString(event);
    }

    /** The JSON of a tree (a nested payload), with the same settings as events. */
    public static byte[] writeTree(JsonNode tree) {
        return MAPPER.writeValueAsBytes(tree);
    }

    /** Reads a payload as a tree, decimals kept as written (for a payload nested in another event). */
    public static JsonNode readTree(byte[] json) {
        return MAPPER.readTree(json);
    }

    /** The tree of an event's payload, as {@link #write} writes it. */
    public static JsonNode toTree(DomainEvent event) {
        return MAPPER.valueToTree(event);
    }

    /**
     * Reads a payload of the given CloudEvents type.
     *
     * @throws UnknownEventTypeException when the type is not in the {@link EventCatalog}
     * @throws MalformedEventException   when the bytes are not a valid payload of that type
     */
    public static DomainEvent read(String ceType, byte[] json) {
        EventType type = EventCatalog.byCeType(ceType).orElseThrow(() -> new UnknownEventTypeException(ceType));
        try {
            return MAPPER.readValue(json, type.eventClass());
        } catch (JacksonException | IllegalArgumentException e) {
            throw new MalformedEventException(ceType, e);
        }
    }

    /** Reads a project event; a plan event type is reported as unknown here (it belongs to the other topic). */
    public static ProjectEvent readProjectEvent(String ceType, byte[] json) {
        EventType type = EventCatalog.byCeType(ceType).filter(EventType::isProjectEvent)
                .orElseThrow(() -> new UnknownEventTypeException(ceType));
        return (ProjectEvent) read(type.ceType(), json);
    }

    /** Reads a plan event; a project event type is reported as unknown here (it belongs to the other topic). */
    public static PlanEvent readPlanEvent(String ceType, byte[] json) {
        EventType type = EventCatalog.byCeType(ceType).filter(t -> !t.isProjectEvent())
                .orElseThrow(() -> new UnknownEventTypeException(ceType));
        return (PlanEvent) read(type.ceType(), json);
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
