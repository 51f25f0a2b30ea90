package cn.edutrack.local.demo;

import java.math.BigDecimal;

import cn.edutrack.events.plan.Counted;

/**
 * What a project declares it adds to a target of its plan ({@code +1} kindergarten, {@code +360} places). The target
 * is always named (a plan file's "the project's main target" is resolved when the file is read).
 */
public record Contribution(String targetId, Counted counts, BigDecimal value, String asWritten) {
}
