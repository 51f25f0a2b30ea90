package cn.edutrack.events.project;

import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.EventType;
import cn.edutrack.events.ProjectId;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * An earlier event of the project was recorded wrongly (a wrong date, amount, capacity, body ...) and is corrected.
 * Nothing is edited or deleted: the corrected event stays in the history, and this event carries the whole event
 * as it should have been recorded, of the same type and project, with the reason. A later correction of the same
 * event replaces an earlier one. Readers use {@link #correctedEvent()} in place of the corrected event from the
 * moment this one was recorded on.
 *
 * @param businessDate      the day the correction was decided (not the corrected event's own date, which is in
 *                          {@code corrected})
 * @param correctedSequence the sequence number of the corrected event in this project (never a correction)
 * @param correctedType     the CloudEvents type of the corrected event, e.g. {@code cn.edutrack.project.funding-allocated.v1}
 * @param corrected         the corrected event's payload as it should have been recorded: a valid payload of
 *                          {@code correctedType} naming the same project
 * @param reason            why, as written (which document showed the mistake)
 */
public record EventCorrected(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        long correctedSequence,
        String correctedType,
        JsonNode corrected,
        String reason) implements ProjectEvent {

    public EventCorrected {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
        if (correctedSequence < 0) {
            throw new IllegalArgumentException("correctedSequence must be 0 or more: " + correctedSequence);
        }
        ProjectEvent.requireText(correctedType, "correctedType");
        ProjectEvent.requireText(reason, "reason");
        EventType type = EventCatalog.byCeType(correctedType).filter(EventType::isProjectEvent)
                .orElseThrow(() -> new IllegalArgumentException("correctedType is not a project event type: " + correctedType));
        if (type.eventClass() == EventCorrected.class) {
            throw new IllegalArgumentException("a correction corrects the original event, never another correction");
        }
        if (corrected == null || !corrected.isObject()) {
            throw new IllegalArgumentException("corrected must be the corrected event's payload, a JSON object");
        }
        // The released records of the lifecycle only insist on their envelope, so a payload of another type would
        // read as this one with its own fields dropped: a property the type does not have is refused instead.
        Set<String> components = Arrays.stream(type.eventClass().getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        for (String property : corrected.propertyNames()) {
            if (!components.contains(property)) {
                throw new IllegalArgumentException("corrected has a property " + correctedType + " does not have: "
                        + property);
            }
        }
        ProjectEvent event = EventJson.readProjectEvent(correctedType, EventJson.writeTree(corrected));
        if (!projectId.equals(event.projectId())) {
            throw new IllegalArgumentException("the corrected event names project " + event.projectId()
                    + ", not " + projectId);
        }
    }

    /** The corrected event as it should have been recorded, typed. */
    public ProjectEvent correctedEvent() {
        return EventJson.readProjectEvent(correctedType, EventJson.writeTree(corrected));
    }
}
