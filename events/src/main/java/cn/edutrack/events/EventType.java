package cn.edutrack.events;

import cn.edutrack.events.project.ProjectEvent;
import java.util.Objects;

/**
 * One version of one event type.
 *
 * @param name       the type name without version ({@link EventTypes})
 * @param version    the version of the payload's shape, from 1
 * @param eventClass the record that carries this version
 */
public record EventType(String name, int version, Class<? extends ProjectEvent> eventClass) {

    public EventType {
        Objects.requireNonNull(name);
        Objects.requireNonNull(eventClass);
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
    }

    /** The CloudEvents {@code ce_type}: name and version. */
    public String ceType() {
        return name + ".v" + version;
    }

    /** The short name, e.g. {@code funding-allocated}. */
    public String shortName() {
        return name.substring(EventTypes.PREFIX.length());
    }

    /** Class-path location of the JSON Schema of this version. */
    public String schemaResource() {
        return "/schemas/" + shortName() + ".v" + version + ".schema.json";
    }

    /** The CloudEvents {@code ce_dataschema} value. */
    public String dataSchemaUri() {
        return "urn:edutrack:schema:" + shortName() + ":v" + version;
    }
}
