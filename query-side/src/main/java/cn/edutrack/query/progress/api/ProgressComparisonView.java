package cn.edutrack.query.progress.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A plan's target figures at two points (a business date as known at a recording time; {@code knownAt} null: as known
 * now) and how they moved: {@code delta} = {@code to} − {@code from}, figure by figure. Targets in the order defined,
 * firm then soft; a target known at one point only has null figures at the other and no delta.
 */
public record ProgressComparisonView(String planId, Point from, Point to, List<Target> targets) {

    /** A business date as known at a recording time (null: now). */
    @Schema(name = "ProgressPoint")
    public record Point(LocalDate asOf, Instant knownAt) {
    }

    /** One target's figures at both points. */
    @Schema(name = "TargetComparison")
    public record Target(String targetId, String name, String counts, String firmness, Figures from, Figures to,
            Figures delta) {
    }

    static ProgressComparisonView of(PlanProgressView from, PlanProgressView to) {
        Map<String, PlanProgressView.Target> before = byId(from);
        Map<String, PlanProgressView.Target> after = byId(to);
        Map<String, PlanProgressView.Target> every = new LinkedHashMap<>(after);
        before.forEach(every::putIfAbsent);
        List<Target> targets = new ArrayList<>();
        for (PlanProgressView.Target t : every.values()) {
            Figures a = figures(before.get(t.targetId()));
            Figures b = figures(after.get(t.targetId()));
            targets.add(new Target(t.targetId(), t.name(), t.counts(), t.firmness(), a, b,
                    a == null || b == null ? null : delta(a, b)));
        }
        return new ProgressComparisonView(to.planId(), new Point(from.asOf(), from.knownAt()),
                new Point(to.asOf(), to.knownAt()), targets);
    }

    private static Map<String, PlanProgressView.Target> byId(PlanProgressView view) {
        Map<String, PlanProgressView.Target> targets = new LinkedHashMap<>();
        Stream.concat(view.targets().stream(), view.softTargets().stream()).forEach(t -> targets.put(t.targetId(), t));
        return targets;
    }

    private static Figures figures(PlanProgressView.Target t) {
        return t == null ? null : new Figures(t.projects(), t.stages(), t.delivered(), t.pipeline());
    }

    private static Figures delta(Figures a, Figures b) {
        Figures.Stages x = a.stages();
        Figures.Stages y = b.stages();
        return new Figures(b.projects() - a.projects(),
                new Figures.Stages(y.approved() - x.approved(), y.funded() - x.funded(),
                        y.constructionStarted() - x.constructionStarted(), y.completed() - x.completed(),
                        y.accepted() - x.accepted(), y.inService() - x.inService(),
                        y.acceptanceFailed() - x.acceptanceFailed(), y.cancelled() - x.cancelled()),
                minus(b.delivered(), a.delivered()),
                new Figures.Pipeline(minus(b.pipeline().approved(), a.pipeline().approved()),
                        minus(b.pipeline().underConstruction(), a.pipeline().underConstruction()),
                        minus(b.pipeline().completed(), a.pipeline().completed())));
    }

    private static BigDecimal minus(BigDecimal b, BigDecimal a) {
        return Figures.plain(b.subtract(a));
    }
}
