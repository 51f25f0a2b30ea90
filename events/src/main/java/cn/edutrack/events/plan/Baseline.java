package cn.edutrack.events.plan;

import java.math.BigDecimal;
import java.util.Objects;

/** An indicator's figure in a year before the plan, with the text it was read from. */
public record Baseline(int year, BigDecimal value, String asWritten) {

    public Baseline {
        Objects.requireNonNull(value, "baseline value");
        value = PlanEvent.decimal(value, "baseline value");
        PlanEvent.year(year, "baseline year");
        PlanEvent.text(asWritten, "baseline asWritten", 200, false);
    }
}
