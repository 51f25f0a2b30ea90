package cn.edutrack.events.plan;

import cn.edutrack.events.PlanId;
import java.time.Instant;
import java.time.LocalDate;

/** A programme of a plan (专栏, 重点工程, 专项行动, 工作重点); {@code number} as written, e.g. 专栏7. */
public record ProgrammeDefined(
        PlanId planId,
        LocalDate businessDate,
        Instant recordedAt,
        String programmeId,
        String name,
        ProgrammeKind kind,
        String number,
        SourceQuote source) implements PlanEvent {

    public ProgrammeDefined {
        PlanEvent.requireEnvelope(planId, businessDate, recordedAt);
        PlanEvent.localId(programmeId, "programmeId");
        PlanEvent.text(name, "name", 300, true);
        PlanEvent.text(number, "number", 40, false);
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
    }

    @Override
    public String subject() {
        return planId.value();
    }
}
