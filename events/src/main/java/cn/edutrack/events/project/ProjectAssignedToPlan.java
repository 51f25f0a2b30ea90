package cn.edutrack.events.project;

import cn.edutrack.events.PlanId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Flags;
import cn.edutrack.events.plan.PlanEvent;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.events.plan.SourceQuote;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The project was placed in a plan: its programme and main target, what it declares it contributes to which
 * target (e.g. +1 kindergarten, +360 places), the portfolio it belongs to ({@code parent}: a portfolio's total
 * is compared with the sum of its children, never added to it), an optional per-sub-unit, per-year quota, the
 * year it is due, flags and provenance. A later assignment replaces the earlier one.
 */
public record ProjectAssignedToPlan(
        ProjectId projectId,
        LocalDate businessDate,
        Instant recordedAt,
        PlanId planId,
        String programmeId,
        String targetId,
        List<Contribution> contributions,
        ProjectId parent,
        Quota quota,
        Integer dueYear,
        List<String> flags,
        SourceQuote source) implements ProjectEvent {

    public ProjectAssignedToPlan {
        ProjectEvent.requireEnvelope(projectId, businessDate, recordedAt);
        Objects.requireNonNull(planId, "planId");
        if (targetId != null && programmeId == null) {
            throw new IllegalArgumentException("a target needs its programme");
        }
        if (programmeId != null) {
            PlanEvent.localId(programmeId, "programmeId");
        }
        if (targetId != null) {
            PlanEvent.localId(targetId, "targetId");
        }
        if (projectId.equals(parent)) {
            throw new IllegalArgumentException("a project cannot be its own portfolio");
        }
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
        for (Contribution c : contributions) {
            if (c.targetId() == null && targetId == null) {
                throw new IllegalArgumentException("a contribution needs a target when the project has none");
            }
        }
        PlanEvent.year(dueYear, "dueYear");
        flags = Flags.checked(flags);
    }

    /**
     * What the project adds to a target, in the target's unit (or kindergartens to a schools target).
     * {@code targetId} null means the project's main target.
     */
    public record Contribution(String targetId, Counted counts, BigDecimal value, String asWritten) {

        public Contribution {
            if (targetId != null) {
                PlanEvent.localId(targetId, "contribution targetId");
            }
            if (counts == null || value == null || value.signum() <= 0) {
                throw new IllegalArgumentException("a contribution needs a unit and a positive value");
            }
            value = PlanEvent.decimal(value, "contribution value");
            PlanEvent.text(asWritten, "contribution asWritten", 200, false);
        }
    }

    /** A per-sub-unit, per-year obligation (每个乡镇每年1—2所): one per {@code per} unit and year. */
    public record Quota(String per, Quantity perYear, int fromYear, int toYear) {

        public Quota {
            PlanEvent.text(per, "quota.per", 100, true);
            Objects.requireNonNull(perYear, "quota.perYear");
            PlanEvent.year(fromYear, "quota.fromYear");
            PlanEvent.year(toYear, "quota.toYear");
            if (fromYear > toYear) {
                throw new IllegalArgumentException("quota years reversed");
            }
        }
    }
}
