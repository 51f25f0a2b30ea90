package cn.edutrack.command.plan.web;

import cn.edutrack.events.plan.Baseline;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** An indicator's figure in a year before the plan, with the text it was read from. */
public record BaselineInput(
        @NotNull @Min(1949) @Max(2100) Integer year,
        @NotNull BigDecimal value,
        @Size(max = 200) String asWritten) {

    Baseline toBaseline() {
        return new Baseline(year, value, asWritten);
    }
}
