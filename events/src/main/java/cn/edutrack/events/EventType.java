package cn.edutrack.events;

import cn.edutrack.events.plan.PlanEvent;
import cn.edutrack.events.project.ProjectEvent;
import java.util.Objects;

/**
 * One version of one event type.
 *
 * @param name       the type name without version ({@link EventTypes})
 * @param version    the version of the payload's shape, from 1
 * @param eventClass the record that carries this version
 */
public record EventType(String name, int version, Class<? extends DomainEvent> eventClass) {

    public EventType {
        Objects.requireNonNull(name);
        Objects.requireNonNull(eventClass);
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
        // The name decides the topic and which reader takes the type; it must match the record's family.
        boolean projectName = name.startsWith(EventTypes.PREFIX);
        boolean planName = name.startsWith(EventTypes.PLAN_PREFIX);
        if (!(projectName && ProjectEvent.class.isAssignableFrom(eventClass))
                && !(planName && PlanEvent.class.isAssignableFrom(eventClass))) {
            throw new IllegalArgumentException("type " + name + " does not match the family of " + eventClass.getName()
                    + ": project events are named " + EventTypes.PREFIX + "*, plan events " + EventTypes.PLAN_PREFIX + "*");
        }
    }

    /** The CloudEvents {@code ce_type}: name and version. */
    public String ceType() {
        return name + ".v" + version;
    }

    /** The short name, e.g. {@code funding-allocated}; unique across families. */
    public String shortName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** True for project events (topic {@link Topics#PROJECT_EVENTS}), false for plan events. */
    public boolean isProjectEvent() {
        return name.startsWith(EventTypes.PREFIX);
    }

    /** The Kafka topic events of this type are published on. */
    public String topic() {
        return isProjectEvent() ? Topics.PROJECT_EVENTS : Topics.PLAN_EVENTS;
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
