package cn.edutrack.command.project.domain;

import cn.edutrack.events.ProjectId;
import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.ProjectEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a correction needs of the events' wire encoding, which the domain does not touch: merging changed field
 * values into an event and recording the result. Implemented with the published codec
 * ({@code cn.edutrack.command.project.correcting.JsonEventCorrector}) and injected into the command handler.
 */
public interface EventCorrector {

    /**
     * The event with each changed field set to its new value, read again as the event's own type.
     *
     * @param inForce the event as it is in force (the original or its latest correction)
     * @param changes field name to the new value as JSON text ({@link CorrectEvent#changes()})
     * @throws ProjectRuleViolation {@link Rule#INVALID_CORRECTION} naming {@code changes.<field>} when a field is not
     *                              one of the event's, a value is not valid JSON or not valid for its field (a required
     *                              field set to null or blank, NUL in a text, a value the type refuses)
     */
    ProjectEvent withChanges(ProjectEvent inForce, Map<String, String> changes);

    /** The event that records {@code corrected} in place of the event at {@code correctedSequence}. */
    EventCorrected correction(ProjectId projectId, LocalDate businessDate, Instant recordedAt, long correctedSequence,
                              ProjectEvent corrected, String reason);
}
