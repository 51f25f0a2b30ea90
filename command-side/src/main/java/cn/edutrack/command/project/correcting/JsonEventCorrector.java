package cn.edutrack.command.project.correcting;

import cn.edutrack.command.project.domain.EventCorrector;
import cn.edutrack.command.project.domain.ProjectRuleViolation;
import cn.edutrack.command.project.domain.Rule;
import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.EventType;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.ProjectEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges changed field values into a project event with the published codec ({@link EventJson}): the event in force
 * is written as its payload tree, each changed field replaced by its new value (read with decimals as written), and
 * the tree read again as the event's type, so the corrected event is exactly what a reader of the published
 * language would read. Refused, as {@link Rule#INVALID_CORRECTION} naming {@code changes.<field>}: a field the type
 * does not have; a value that is not JSON; null or a blank text for a field the type's JSON Schema requires; a text
 * with NUL (PostgreSQL text cannot hold it) or longer than {@value #MAX_TEXT_LENGTH} characters (the longest a
 * command body takes); and a value the type does not read (a date that is no date, money with fractions of a fen, a
 * deadline before its order, ...).
 */
@Component
public class JsonEventCorrector implements EventCorrector {

    static final int MAX_TEXT_LENGTH = 2000;

    /** The properties each type's schema requires, read once from its {@code schemas/*.schema.json}. */
    private final Map<EventType, Set<String>> required = new ConcurrentHashMap<>();

    @Override
    public ProjectEvent withChanges(ProjectEvent inForce, Map<String, String> changes) {
        EventType type = EventCatalog.of(inForce);
        Set<String> fields = Arrays.stream(type.eventClass().getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        Set<String> requiredFields = required.computeIfAbsent(type, JsonEventCorrector::requiredBySchema);
        ObjectNode payload = (ObjectNode) EventJson.toTree(inForce);
        for (String field : new TreeSet<>(changes.keySet())) {
            if (!fields.contains(field)) {
                throw invalid(inForce, field, "is not a field of " + type.ceType());
            }
            JsonNode value = parse(inForce, field, changes.get(field));
            if (value.isNull() && requiredFields.contains(field)) {
                throw invalid(inForce, field, "is required");
            }
            if (value.isString() && requiredFields.contains(field) && value.asString().isBlank()) {
                throw invalid(inForce, field, "must not be blank");
            }
            checkTexts(inForce, field, value);
            payload.set(field, value);
        }
        try {
            return EventJson.readProjectEvent(type.ceType(), EventJson.writeTree(payload));
        } catch (EventJson.MalformedEventException e) {
            throw invalid(inForce, fieldOf(e, changes), "is not a valid value here: " + reason(e.getCause()));
        }
    }

    @Override
    public EventCorrected correction(ProjectId projectId, LocalDate businessDate, Instant recordedAt,
                                     long correctedSequence, ProjectEvent corrected, String reason) {
        return new EventCorrected(projectId, businessDate, recordedAt, correctedSequence,
                EventCatalog.of(corrected).ceType(), EventJson.toTree(corrected), reason);
    }

    private static JsonNode parse(ProjectEvent inForce, String field, String json) {
        if (json == null) {
            throw invalid(inForce, field, "needs a value (JSON null to clear an optional field)");
        }
        try {
            return EventJson.readTree(json.getBytes(StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw invalid(inForce, field, "is not valid JSON");
        }
    }

    /** Every text in the value, nested ones too: no NUL, not over the longest text a command takes. */
    private static void checkTexts(ProjectEvent inForce, String field, JsonNode value) {
        if (value.isString()) {
            String text = value.asString();
            if (text.indexOf('\0') >= 0) {
                throw invalid(inForce, field, "must not contain NUL characters (U+0000)");
            }
            if (text.length() > MAX_TEXT_LENGTH) {
                throw invalid(inForce, field, "a text may be at most " + MAX_TEXT_LENGTH + " characters");
            }
        }
        for (JsonNode child : value.values()) {
            checkTexts(inForce, field, child);
        }
        if (value.isObject()) {
            for (String name : value.propertyNames()) {
                if (name.indexOf('\0') >= 0) {
                    throw invalid(inForce, field, "must not contain NUL characters (U+0000)");
                }
            }
        }
    }

    /** The changed field a value was refused for: where the reader stopped, else the only field changed. */
    private static String fieldOf(EventJson.MalformedEventException e, Map<String, String> changes) {
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()
                && jackson.getPath().get(0).getPropertyName() != null
                && changes.containsKey(jackson.getPath().get(0).getPropertyName())) {
            return jackson.getPath().get(0).getPropertyName();
        }
        return changes.size() == 1 ? changes.keySet().iterator().next() : null;
    }

    /** Why a payload did not read: a rule of the event (its own words), else that the value has the wrong form. */
    private static String reason(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException rule && !(t instanceof JacksonException) && rule.getMessage() != null) {
                String message = rule.getMessage();
                int newline = message.indexOf('\n');
                return newline < 0 ? message : message.substring(0, newline);
            }
        }
        return "it does not have the form this field takes in the event's payload";
    }

    private static ProjectRuleViolation invalid(ProjectEvent inForce, String field, String message) {
        String name = field == null ? "changes" : "changes." + field;
        return new ProjectRuleViolation(Rule.INVALID_CORRECTION, inForce.projectId(), name + " " + message, name,
                Map.of());
    }

    private static Set<String> requiredBySchema(EventType type) {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("no schema for " + type.ceType() + " at " + type.schemaResource());
            }
            Set<String> names = new HashSet<>();
            EventJson.readTree(in.readAllBytes()).path("required").values().forEach(name -> names.add(name.asString()));
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
