package cn.edutrack.query.project.projection;

import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.ProjectEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A project's event as its timeline row keeps it: what every replay starts from.
 *
 * @param type       the CloudEvents type, with version
 * @param recordedAt when it was recorded (what "known at" compares)
 * @param payload    its JSON as published
 */
record StoredEvent(String projectId, long sequence, UUID eventId, String type, Instant recordedAt, String payload) {

    private static final String CORRECTION = EventCatalog.of(EventCorrected.class).ceType();

    boolean correction() {
        return CORRECTION.equals(type);
    }

    /** The event as published (it was read the same way when it was projected, so it reads again). */
    ProjectEvent event() {
        return EventJson.readProjectEvent(type, payload.getBytes(StandardCharsets.UTF_8));
    }
}
