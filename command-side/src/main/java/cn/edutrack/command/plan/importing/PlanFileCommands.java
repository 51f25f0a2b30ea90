package cn.edutrack.command.plan.importing;

import cn.edutrack.command.plan.domain.DefineIndicator;
import cn.edutrack.command.plan.domain.DefineProgramme;
import cn.edutrack.command.plan.domain.RegisterJurisdiction;
import cn.edutrack.command.plan.domain.RegisterPlan;
import cn.edutrack.command.plan.domain.SetTarget;
import cn.edutrack.command.plan.file.PlanFile;
import cn.edutrack.command.project.domain.AssignProjectToPlan;
import cn.edutrack.command.project.domain.RegisterProject;
import cn.edutrack.events.Capacity;
import cn.edutrack.events.PersonId;
import cn.edutrack.events.PlanId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.plan.Baseline;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.events.plan.SourceQuote;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a validated plan file into the commands that record it, in order: jurisdictions, plan, indicators,
 * programmes, targets, then each project's registration (only sent when the project does not exist yet) and
 * its assignment to the plan. Every definition command is idempotent, so the same file yields no event the
 * second time; a changed target carries a revision reason naming the file and so becomes a revision event.
 */
final class PlanFileCommands {

    /** Registered projects must name a responsible person; a plan file does not, so this stands in until one is. */
    static final PersonId UNASSIGNED = PersonId.of("UNASSIGNED");

    private PlanFileCommands() {
    }

    /** One command and the record of the file it comes from ({@code projects[3]}), for error reports. */
    record Step(String path, Object command, boolean registration) {
    }

    /**
     * The date plan definitions are recorded under: the publication date when known, else 1 January of the
     * plan's first year, and never after today. Fixed for a given file, so a re-import compares equal.
     */
    static LocalDate definitionDate(PlanFile.Plan plan, LocalDate today) {
        LocalDate date = plan.published() != null ? plan.published() : LocalDate.of(plan.periodFrom(), 1, 1);
        return date.isAfter(today) ? today : date;
    }

    /** The Edutrack id of a file's project: {@code project_id}, else the key when it is a valid id, else one derived from plan id and key. */
    static ProjectId projectId(PlanFile file, PlanFile.Project project) {
        if (project.projectId() != null) {
            return project.projectId();
        }
        if (ProjectId.FORMAT.matcher(project.key()).matches()) {
            return ProjectId.of(project.key());
        }
        String derived = ("PRJ-" + file.plan().id() + "-" + project.key()).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "-");
        return ProjectId.of(derived.length() > 50 ? derived.substring(0, 50) : derived);
    }

    static List<Step> of(PlanFile file, LocalDate today) {
        String reason = "plan file " + file.fileName() + " imported again with a changed target";
        PlanFile.Plan plan = file.plan();
        PlanId planId = PlanId.of(plan.id());
        LocalDate on = definitionDate(plan, today);
        List<Step> steps = new ArrayList<>();

        PlanFile.Jurisdiction jurisdiction = file.jurisdiction();
        if (jurisdiction.parent() != null) {
            PlanFile.ParentJurisdiction parent = jurisdiction.parent();
            steps.add(new Step("jurisdiction.parent",
                    new RegisterJurisdiction(parent.code(), on, parent.name(), parent.level(), null, null), false));
        }
        steps.add(new Step("jurisdiction", new RegisterJurisdiction(jurisdiction.code(), on, jurisdiction.name(),
                jurisdiction.level(), jurisdiction.parent() == null ? null : jurisdiction.parent().code(),
                source(jurisdiction.source())), false));
        steps.add(new Step("plan", new RegisterPlan(planId, on, jurisdiction.code(), plan.title(), plan.type(),
                plan.periodFrom(), plan.periodTo(), plan.baselineYear(), plan.issuer(), plan.documentNumber(),
                plan.published(), plan.flags(), source(plan.source())), false));

        for (int i = 0; i < file.indicators().size(); i++) {
            PlanFile.Indicator indicator = file.indicators().get(i);
            PlanFile.Baseline baseline = indicator.baseline();
            steps.add(new Step("indicators[" + i + "]", new DefineIndicator(planId, on, indicator.id(), indicator.name(),
                    indicator.unit(), indicator.attribute(), indicator.concept(),
                    baseline == null ? null : new Baseline(baseline.year(), baseline.value(), baseline.asWritten()),
                    indicator.target().year(), quantity(indicator.target().quantity()), indicator.flags(),
                    source(indicator.source()), reason), false));
        }
        for (int p = 0; p < file.programmes().size(); p++) {
            PlanFile.Programme programme = file.programmes().get(p);
            steps.add(new Step("programmes[" + p + "]", new DefineProgramme(planId, on, programme.id(), programme.name(),
                    programme.kind(), programme.number(), source(programme.source())), false));
        }
        for (int p = 0; p < file.programmes().size(); p++) {
            PlanFile.Programme programme = file.programmes().get(p);
            for (int t = 0; t < programme.targets().size(); t++) {
                PlanFile.Target target = programme.targets().get(t);
                steps.add(new Step("programmes[" + p + "].targets[" + t + "]", new SetTarget(planId, on, target.id(),
                        programme.id(), target.name(), target.counts(), quantity(target.planned()), target.firmness(),
                        target.indicator(), target.per(), target.flags(), source(target.source()), reason), false));
            }
        }
        String planReference = plan.documentNumber() == null ? plan.title() : plan.title() + "（" + plan.documentNumber() + "）";
        for (int i = 0; i < file.projects().size(); i++) {
            PlanFile.Project project = file.projects().get(i);
            ProjectId id = projectId(file, project);
            steps.add(new Step("projects[" + i + "]", new RegisterProject(id, on, project.kind(), project.title(),
                    project.jurisdiction(), project.owner(), UNASSIGNED, plannedCapacity(project),
                    truncate(planReference, 200)), true));
        }
        for (int i = 0; i < file.projects().size(); i++) {
            PlanFile.Project project = file.projects().get(i);
            ProjectId parent = project.parent() == null ? null : projectId(file, file.project(project.parent()));
            steps.add(new Step("projects[" + i + "]", new AssignProjectToPlan(projectId(file, project), on, planId,
                    project.programme(), project.target(), contributions(project), parent, quota(project.quota()),
                    project.due(), project.flags(), source(project.source())), false));
        }
        return steps;
    }

    private static List<ProjectAssignedToPlan.Contribution> contributions(PlanFile.Project project) {
        return project.contributions().stream()
                .map(c -> new ProjectAssignedToPlan.Contribution(c.target(), c.counts(), c.value(), c.asWritten()))
                .toList();
    }

    /** Places, streams and classes the project declares, as its planned capacity (whole numbers only). */
    static Capacity plannedCapacity(PlanFile.Project project) {
        return new Capacity(sum(project, Counted.PLACES), sum(project, Counted.STREAMS), sum(project, Counted.CLASSES));
    }

    private static int sum(PlanFile.Project project, Counted counted) {
        BigDecimal total = project.contributions().stream().filter(c -> c.counts() == counted)
                .map(PlanFile.Contribution::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.intValue();
    }

    private static ProjectAssignedToPlan.Quota quota(PlanFile.Quota quota) {
        return quota == null ? null
                : new ProjectAssignedToPlan.Quota(quota.per(), quantity(quota.perYear()), quota.fromYear(), quota.toYear());
    }

    static Quantity quantity(PlanFile.Quantity q) {
        return q == null ? null : new Quantity(q.comparator(), q.value(), q.min(), q.max(), q.asWritten());
    }

    private static SourceQuote source(PlanFile.Source source) {
        return source == null ? null : new SourceQuote(source.quote(), source.ref());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
