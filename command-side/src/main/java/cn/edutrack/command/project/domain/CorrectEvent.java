package cn.edutrack.command.project.domain;

import cn.edutrack.events.ProjectId;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Correct an event of the project that was recorded wrongly: the fields named in {@code changes} take the given
 * values in the event as it is in force (the original, or its latest correction), everything else stays.
 *
 * @param businessDate      the day the correction was decided (not the corrected event's own date)
 * @param correctedSequence the sequence number of the original event, never of a correction
 * @param changes           payload field name to its corrected value, written as JSON in the encoding of the event
 *                          payload ({@code "\"3000000.00\""}, {@code "{\"places\":1080,\"streams\":24,\"classes\":24}"}):
 *                          the values stay text here so that decimals keep the digits they were written with; the
 *                          {@link EventCorrector} reads them
 * @param reason            why, as written (which document showed the mistake)
 */
public record CorrectEvent(
        @TargetAggregateIdentifier ProjectId projectId,
        LocalDate businessDate,
        Long expectedVersion,
        long correctedSequence,
        Map<String, String> changes,
        String reason) implements ProjectCommand {

    public CorrectEvent {
        changes = changes == null ? Map.of() : Map.copyOf(changes);
    }
}
