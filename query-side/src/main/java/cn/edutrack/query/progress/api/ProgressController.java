package cn.edutrack.query.progress.api;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.plan.api.PlanQueries;
import cn.edutrack.query.plan.api.PlanView;
import cn.edutrack.query.project.projection.ProjectReplay;
import cn.edutrack.query.progress.CompletionRank;
import cn.edutrack.query.progress.Decimals;
import cn.edutrack.query.progress.PlanPeriod;
import cn.edutrack.query.progress.TargetRules;
import cn.edutrack.query.progress.TargetStatus;
import cn.edutrack.query.readmodel.ReadModelTables;
import cn.edutrack.query.web.InvalidParameterException;
import cn.edutrack.query.web.QueryParameters;
import cn.edutrack.query.web.ResourceNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Progress of a plan's targets: per target (as known now or at a recording time, alone or compared), per child
 * jurisdiction of one target, and rolled up.
 */
@RestController
class ProgressController {

    private final PlanQueries plans;
    private final TargetProgressQueries queries;
    private final TargetsKnownAt targetsKnownAt;
    private final ProjectReplay replay;
    private final Clock clock;

    ProgressController(PlanQueries plans, TargetProgressQueries queries, TargetsKnownAt targetsKnownAt, ProjectReplay replay,
            Clock clock) {
        this.plans = plans;
        this.queries = queries;
        this.targetsKnownAt = targetsKnownAt;
        this.replay = replay;
        this.clock = clock;
    }

    /**
     * Every target of the plan as of {@code asOf} (default: today in Asia/Shanghai); soft targets apart. With
     * {@code knownAt} (an RFC 3339 instant, or a date meaning the end of that day in Asia/Shanghai): as it was known
     * then, from the plan's projects replayed with the events recorded by then and the targets as revised by then.
     */
    @GetMapping("/api/plans/{planId}/progress")
    PlanProgressView progress(@PathVariable String planId, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt) {
        LocalDate date = QueryParameters.asOf(asOf, clock);
        Instant known = knownAt == null || knownAt.isBlank() ? null : QueryParameters.knownAt("knownAt", knownAt, clock);
        CallerScope scope = CallerScope.current();
        return progress(plan(planId, scope), date, known, scope);
    }

    /**
     * The figures of each target as of {@code from} and of {@code to} (each as known at {@code fromKnownAt},
     * {@code toKnownAt}; absent: as known now), and how they moved ({@code to − from}).
     */
    @GetMapping("/api/plans/{planId}/progress/compare")
    ProgressComparisonView compare(@PathVariable String planId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String fromKnownAt,
            @RequestParam(required = false) String toKnownAt) {
        LocalDate fromDate = QueryParameters.requiredDate("from", from);
        LocalDate toDate = QueryParameters.requiredDate("to", to);
        Instant fromKnown = fromKnownAt == null || fromKnownAt.isBlank() ? null
                : QueryParameters.knownAt("fromKnownAt", fromKnownAt, clock);
        Instant toKnown = toKnownAt == null || toKnownAt.isBlank() ? null
                : QueryParameters.knownAt("toKnownAt", toKnownAt, clock);
        CallerScope scope = CallerScope.current();
        PlanView plan = plan(planId, scope);
        return ProgressComparisonView.of(progress(plan, fromDate, fromKnown, scope), progress(plan, toDate, toKnown, scope));
    }

    private PlanProgressView progress(PlanView plan, LocalDate date, Instant knownAt, CallerScope scope) {
        if (knownAt == null) {
            return progress(plan, date, null, scope, ReadModelTables.LIVE);
        }
        if (!targetsKnownAt.planKnown(plan.planId(), knownAt)) {
            throw new ResourceNotFoundException("plan " + plan.planId() + " was not known yet at " + knownAt);
        }
        return replay.planAsKnownAt(plan.planId(), knownAt, tables -> {
            targetsKnownAt.write(tables, plan.planId(), knownAt);
            return progress(plan, date, knownAt, scope, tables);
        });
    }

    private PlanProgressView progress(PlanView plan, LocalDate date, Instant knownAt, CallerScope scope,
            ReadModelTables tables) {
        PlanPeriod period = new PlanPeriod(plan.periodFrom(), plan.periodTo());
        Map<String, List<PlanProgressView.Portfolio>> portfolios = queries.portfolios(plan.planId(), date, scope, tables)
                .stream()
                .collect(Collectors.groupingBy(TargetProgressQueries.PortfolioRow::targetId,
                        Collectors.mapping(TargetProgressQueries.PortfolioRow::portfolio, Collectors.toList())));
        List<PlanProgressView.Target> firm = new ArrayList<>();
        List<PlanProgressView.Target> soft = new ArrayList<>();
        for (TargetProgressQueries.TargetFigures row : queries.targets(plan.planId(), date, scope, tables)) {
            PlanProgressView.Target target = target(row, period, date,
                    portfolios.getOrDefault(row.target().targetId(), List.of()));
            ("SOFT".equals(row.target().firmness()) ? soft : firm).add(target);
        }
        return new PlanProgressView(plan.planId(), plan.title(), plan.jurisdiction(), plan.periodFrom(), plan.periodTo(),
                date, Decimals.round(period.elapsedShare(date), 4), firm, soft, knownAt);
    }

    /** One target's figures per jurisdiction one level below the plan's, ranked by completion share. */
    @GetMapping("/api/plans/{planId}/targets/{targetId}/breakdown")
    BreakdownView breakdown(@PathVariable String planId, @PathVariable String targetId,
            @RequestParam(required = false) String by, @RequestParam(required = false) String asOf) {
        String id = QueryParameters.localId("targetId", targetId);
        if (by != null && !by.isBlank() && !by.trim().equalsIgnoreCase("jurisdiction")) {
            throw new InvalidParameterException("by", "by must be jurisdiction: " + by);
        }
        LocalDate date = QueryParameters.asOf(asOf, clock);
        CallerScope scope = CallerScope.current();
        PlanView plan = plan(planId, scope);
        TargetProgressQueries.TargetFigures target = queries.targets(plan.planId(), date, scope).stream()
                .filter(t -> t.target().targetId().equals(id))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("no target " + id + " in plan " + plan.planId()));
        List<TargetProgressQueries.GroupFigures> groups = queries.byJurisdiction(plan.planId(), id, plan.jurisdiction(), date,
                scope);
        List<Integer> ranks = CompletionRank.ranks(groups.stream()
                .map(g -> new long[] {g.figures().stages().completed(), g.figures().projects()}).toList());
        List<BreakdownView.Row> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            TargetProgressQueries.GroupFigures g = groups.get(i);
            rows.add(new BreakdownView.Row(g.group(), g.name(), g.figures().projects(), g.figures().stages(),
                    g.figures().delivered(), g.figures().pipeline(),
                    CompletionRank.share(g.figures().stages().completed(), g.figures().projects()), ranks.get(i)));
        }
        rows.sort(Comparator.comparingInt(BreakdownView.Row::rank).thenComparing(BreakdownView.Row::jurisdiction));
        return new BreakdownView(plan.planId(), id, target.target().name(), target.target().counts(), "jurisdiction", date,
                plan.jurisdiction(), rows);
    }

    /** The plan's target figures summed per programme ({@code by=programme}, the default) or per child jurisdiction. */
    @GetMapping("/api/plans/{planId}/rollup")
    RollupView rollup(@PathVariable String planId, @RequestParam(required = false) String by,
            @RequestParam(required = false) String asOf) {
        String grouping = by == null || by.isBlank() ? "programme" : by.trim().toLowerCase(Locale.ROOT);
        if (!grouping.equals("programme") && !grouping.equals("jurisdiction")) {
            throw new InvalidParameterException("by", "by must be programme or jurisdiction: " + by);
        }
        LocalDate date = QueryParameters.asOf(asOf, clock);
        CallerScope scope = CallerScope.current();
        PlanView plan = plan(planId, scope);
        List<TargetProgressQueries.GroupFigures> groups = grouping.equals("programme")
                ? queries.rollupByProgramme(plan.planId(), date, scope)
                : queries.rollupByJurisdiction(plan.planId(), plan.jurisdiction(), date, scope);
        return new RollupView(plan.planId(), grouping, date, groups.stream()
                .map(g -> new RollupView.Row(g.group(), g.name(), g.counts(), g.targets(), g.figures().projects(),
                        g.figures().stages(), g.figures().delivered(), g.figures().pipeline()))
                .toList());
    }

    /** Every plan's projects in {@code jurisdiction} and below, per child jurisdiction and unit (a city over its districts). */
    @GetMapping("/api/progress/rollup")
    CrossPlanRollupView rollupAcrossPlans(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String asOf) {
        JurisdictionCode code = QueryParameters.jurisdiction("jurisdiction", jurisdiction);
        if (code == null) {
            throw new InvalidParameterException("jurisdiction", "jurisdiction is required, e.g. CN-45/XX市");
        }
        LocalDate date = QueryParameters.asOf(asOf, clock);
        CallerScope scope = CallerScope.current();
        scope.requireCovered("the roll-up", code.value());
        return new CrossPlanRollupView(code.value(), date, queries.rollupAcrossPlans(code.value(), date, scope).stream()
                .map(g -> new CrossPlanRollupView.Row(g.group(), g.name(), g.counts(), g.targets(), g.figures().projects(),
                        g.figures().stages(), g.figures().delivered(), g.figures().pipeline()))
                .toList());
    }

    /**
     * The plan, whose jurisdiction the caller's must cover: the figures of a plan above the caller's jurisdiction
     * count other jurisdictions' projects.
     */
    private PlanView plan(String planId, CallerScope scope) {
        String id = QueryParameters.planId("planId", planId).value();
        PlanView plan = plans.plan(id).orElseThrow(() -> new ResourceNotFoundException("no plan " + id));
        scope.requireCovered("the progress of plan " + id, plan.jurisdiction());
        return plan;
    }

    private static PlanProgressView.Target target(TargetProgressQueries.TargetFigures row, PlanPeriod period, LocalDate asOf,
            List<PlanProgressView.Portfolio> portfolios) {
        var t = row.target();
        Figures f = row.figures();
        BigDecimal goal = t.goal();
        BigDecimal expected = period.expected(goal, asOf);
        TargetStatus status = t.planned() == null ? TargetStatus.NOT_MEASURED
                : TargetRules.status(t.planned().quantity(), f.projects(), f.delivered(), expected, f.pipeline().advanced());
        return new PlanProgressView.Target(t.targetId(), t.programmeId(), t.name(), t.counts(), t.firmness(), t.planned(),
                goal, t.flags(), t.revisions(), f.projects(), f.stages(), f.delivered(), f.pipeline(),
                TargetRules.percentOf(f.delivered(), goal), Decimals.round(expected, 1), status.name(), portfolios);
    }
}
