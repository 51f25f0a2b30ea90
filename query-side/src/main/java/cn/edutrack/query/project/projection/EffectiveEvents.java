package cn.edutrack.query.project.projection;

import cn.edutrack.events.EventJson;
import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.ProjectEvent;
import cn.edutrack.events.project.ProjectRegistered;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events of a project that count, from those known (its timeline rows recorded by some time, in sequence order):
 * every event but the corrections, each replaced by the payload of its latest correction among those known. The
 * corrected events keep their place (their sequence); a correction of a sequence that holds no event of the
 * corrected type, or that holds another correction, changes nothing (the command side never records one; the
 * timeline still shows it).
 */
final class EffectiveEvents {

    private static final Logger LOG = LoggerFactory.getLogger(EffectiveEvents.class);

    /**
     * One event as it counts.
     *
     * @param event      the event, as corrected when a correction replaced it
     * @param correction the sequence of the correction whose payload it is; null for an event as recorded
     * @param payload    its JSON (the correction's {@code corrected} for a corrected event)
     */
    record Effective(long sequence, UUID eventId, String type, Instant recordedAt, ProjectEvent event, Long correction,
            String payload) {

        boolean registration() {
            return event instanceof ProjectRegistered;
        }
    }

    private EffectiveEvents() {
    }

    /** The known events in sequence order as they count, corrections applied. */
    static List<Effective> of(List<StoredEvent> known) {
        Map<Long, StoredEvent> originals = new LinkedHashMap<>();
        Map<Long, StoredEvent> latestCorrection = new HashMap<>();
        Map<Long, EventCorrected> correctionOf = new HashMap<>();
        for (StoredEvent stored : known) {
            if (!stored.correction()) {
                originals.put(stored.sequence(), stored);
                continue;
            }
            EventCorrected correction = (EventCorrected) stored.event();
            StoredEvent target = originals.get(correction.correctedSequence());
            if (target == null || !target.type().equals(correction.correctedType())) {
                LOG.warn("correction {} of project {} names sequence {} ({}), which holds no such event; it changes nothing",
                        stored.sequence(), stored.projectId(), correction.correctedSequence(), correction.correctedType());
                continue;
            }
            latestCorrection.put(target.sequence(), stored);
            correctionOf.put(target.sequence(), correction);
        }
        List<Effective> effective = new ArrayList<>(originals.size());
        for (StoredEvent original : originals.values()) {
            StoredEvent correction = latestCorrection.get(original.sequence());
            if (correction == null) {
                effective.add(new Effective(original.sequence(), original.eventId(), original.type(), original.recordedAt(),
                        original.event(), null, original.payload()));
            } else {
                EventCorrected corrected = correctionOf.get(original.sequence());
                effective.add(new Effective(original.sequence(), original.eventId(), original.type(), original.recordedAt(),
                        corrected.correctedEvent(), correction.sequence(),
                        new String(EventJson.writeTree(corrected.corrected()), StandardCharsets.UTF_8)));
            }
        }
        return effective;
    }

    /**
     * Those whose (possibly corrected) business date is on or before {@code until}; the registration always counts (a
     * project registered after the date is told apart by its registration date).
     */
    static List<Effective> until(List<Effective> events, LocalDate until) {
        return events.stream().filter(e -> e.registration() || !e.event().businessDate().isAfter(until)).toList();
    }
}
