package cn.edutrack.web.page;

import cn.edutrack.web.backend.Backend;
import cn.edutrack.web.backend.BackendException;
import cn.edutrack.web.backend.PlanViews.DefinedTarget;
import cn.edutrack.web.backend.PlanViews.Plan;
import cn.edutrack.web.backend.PlanViews.PlanDetail;
import cn.edutrack.web.backend.PlanViews.Programme;
import cn.edutrack.web.backend.ProjectViews.Event;
import cn.edutrack.web.backend.ProjectViews.History;
import cn.edutrack.web.backend.ProjectViews.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What the plan assignment form shows: the targets a project may count towards, grouped by plan, and where the
 * project is placed now. The plans are those the user may read ({@code GET /api/plans}) whose jurisdiction is the
 * project's or lies above it (a district's project counts towards the district's and the city's plans, never a
 * neighbouring district's), each read with its programmes and targets ({@code GET /api/plans/{planId}}); a plan the
 * query side refuses or no longer knows is left out. The current assignment is the latest {@code assigned-to-plan}
 * event of the project's history (the summary has no plan fields; an assignment is replaced, never corrected).
 */
@Component
class PlanTargets {

    private final Backend backend;
    private final MessageSource messages;
    private final Labels labels;

    PlanTargets(Backend backend, MessageSource messages, Labels labels) {
        this.backend = backend;
        this.messages = messages;
        this.labels = labels;
    }

    /** The targets of one plan: one {@code <optgroup>} labelled with the plan's title. */
    record Group(String label, List<Option> options) {
    }

    /** One target: the {@link PlanTarget} value and its name with its figure and unit. */
    record Option(String value, String label) {
    }

    /**
     * Where the project is placed now, as shown above the form: the plan (its title when readable), the target (as
     * its option reads), the due year, the portfolio and the contributions declared; {@code values} are the form's
     * inputs that keep this assignment when it is sent again.
     */
    record Current(String plan, String target, Integer dueYear, String parentProjectId, List<String> contributions,
            Map<String, String> values) {
    }

    /** The plans the project may count towards, with their programmes and targets. */
    List<PlanDetail> plansFor(Summary project) {
        List<PlanDetail> plans = new ArrayList<>();
        for (Plan plan : backend.query(Plan[].class, "/api/plans", Map.of(), Map.of())) {
            if (!Jurisdictions.within(project.jurisdiction(), plan.jurisdiction())) {
                continue;
            }
            try {
                plans.add(backend.query(PlanDetail.class, "/api/plans/{id}", Map.of("id", plan.planId()), Map.of()));
            } catch (BackendException e) {
                if (e.status() != 403 && e.status() != 404) {
                    throw e;
                }
            }
        }
        return plans;
    }

    /** One group per plan with targets, the targets in the plan's order of programmes. */
    List<Group> groups(List<PlanDetail> plans, Locale locale) {
        List<Group> groups = new ArrayList<>();
        for (PlanDetail plan : plans) {
            List<Option> options = new ArrayList<>();
            for (Programme programme : plan.programmes()) {
                for (DefinedTarget target : programme.targets()) {
                    options.add(new Option(choice(plan, programme, target).value(), label(target, locale)));
                }
            }
            if (!options.isEmpty()) {
                groups.add(new Group(plan.title() == null ? plan.planId() : plan.title(), options));
            }
        }
        return groups;
    }

    /** The project's current assignment, if its history has one. */
    Optional<Current> current(String projectId, List<PlanDetail> plans, Locale locale) {
        History history = backend.query(History.class, "/api/projects/{id}/history", Map.of("id", projectId),
                Map.of());
        JsonNode assignment = null;
        for (Event event : history.events()) {
            if ("event.assigned-to-plan".equals(labels.eventKey(event.type())) && event.payload() != null) {
                assignment = event.payload();
            }
        }
        if (assignment == null) {
            return Optional.empty();
        }
        String planId = text(assignment, "planId");
        String targetId = text(assignment, "targetId");
        PlanDetail plan = plans.stream().filter(p -> p.planId().equals(planId)).findFirst().orElse(null);
        PlanTarget chosen = null;
        String targetLabel = targetId;
        for (Programme programme : plan == null ? List.<Programme>of() : plan.programmes()) {
            for (DefinedTarget target : programme.targets()) {
                if (target.targetId().equals(targetId)) {
                    chosen = choice(plan, programme, target);
                    targetLabel = label(target, locale);
                }
            }
        }

        Integer dueYear = assignment.path("dueYear").isNumber() ? assignment.path("dueYear").asInt() : null;
        String parent = text(assignment, "parent");
        Map<String, String> values = new LinkedHashMap<>();
        if (chosen != null) {
            values.put("target", chosen.value());
        }
        values.put("dueYear", dueYear == null ? "" : dueYear.toString());
        values.put("parentProjectId", parent == null ? "" : parent);
        List<String> contributions = new ArrayList<>();
        for (JsonNode contribution : assignment.path("contributions")) {
            String counts = text(contribution, "counts");
            String own = text(contribution, "targetId");
            String value = contribution.path("value").asString();
            contributions.add(messages.getMessage(own == null ? "form.contribution" : "form.contribution-to",
                    new Object[] {value, unit(counts, locale), own}, locale));
            if ((own == null || own.equals(targetId)) && chosen != null && chosen.counts().equals(counts)
                    && !values.containsKey("contributionValue")) {
                values.put("contributionValue", value);
            }
        }
        return Optional.of(new Current(plan == null || plan.title() == null ? planId : plan.title(), targetLabel,
                dueYear, parent, contributions, values));
    }

    private static PlanTarget choice(PlanDetail plan, Programme programme, DefinedTarget target) {
        String programmeId = target.programmeId() != null ? target.programmeId() : programme.programmeId();
        return new PlanTarget(plan.planId(), programmeId, target.targetId(), target.counts());
    }

    /** The target's name with its figure and unit: 新增公办学位（12000 个学位）. */
    private String label(DefinedTarget target, Locale locale) {
        String name = target.name() == null ? target.targetId() : target.name();
        return target.goal() == null
                ? messages.getMessage("form.target-option-no-goal", new Object[] {name, unit(target.counts(), locale)},
                        locale)
                : messages.getMessage("form.target-option",
                        new Object[] {name, target.goal().toPlainString(), unit(target.counts(), locale)}, locale);
    }

    private String unit(String counts, Locale locale) {
        return counts == null ? "" : messages.getMessage("target-unit." + counts, null, counts, locale);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
