package cn.edutrack.query.progress.api;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.query.access.CallerScope;
import cn.edutrack.query.plan.api.PlanQueries;
import cn.edutrack.query.plan.api.PlanView;
import cn.edutrack.query.progress.QuotaRules;
import cn.edutrack.query.readmodel.Numbers;
import cn.edutrack.query.readmodel.QuantityView;
import cn.edutrack.query.web.QueryParameters;
import cn.edutrack.query.web.ResourceNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Per-sub-unit, per-year quotas (每个乡镇每年1—2所) expanded into one obligation per unit and year: the units are
 * the registered jurisdictions of the level the quota names below the quota project's jurisdiction. The plan's
 * jurisdiction must lie in the caller's; projects outside the caller's jurisdiction never count.
 */
@RestController
class QuotaController {

    private final PlanQueries plans;
    private final QuotaQueries queries;
    private final Clock clock;

    QuotaController(PlanQueries plans, QuotaQueries queries, Clock clock) {
        this.plans = plans;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/plans/{planId}/quotas")
    QuotaView quotas(@PathVariable String planId, @RequestParam(required = false) String asOf) {
        LocalDate date = QueryParameters.asOf(asOf, clock);
        String id = QueryParameters.planId("planId", planId).value();
        PlanView plan = plans.plan(id).orElseThrow(() -> new ResourceNotFoundException("no plan " + id));
        CallerScope scope = CallerScope.current();
        scope.requireCovered("the quotas of plan " + id, plan.jurisdiction());
        List<QuotaView.Quota> quotas = new ArrayList<>();
        for (QuotaQueries.QuotaProject project : queries.quotaProjects(id, date, scope)) {
            quotas.add(quota(project, date, scope));
        }
        return new QuotaView(id, date, quotas);
    }

    private QuotaView.Quota quota(QuotaQueries.QuotaProject project, LocalDate asOf, CallerScope scope) {
        JsonNode quota = project.quota();
        String per = quota.get("per").asString();
        QuantityView perYear = quantity(quota.get("perYear"));
        int from = quota.get("fromYear").asInt();
        int to = quota.get("toYear").asInt();
        Set<String> levels = QuotaRules.levels(per);
        List<QuotaQueries.Unit> units = units(project.jurisdiction(), levels);
        if (units.isEmpty()) {
            String note = levels.isEmpty()
                    ? "'" + per + "' names no jurisdiction level; the obligations cannot be counted"
                    : "no jurisdiction of level " + String.join(" or ", levels.stream().sorted().toList()) + " is registered below "
                            + project.jurisdiction() + "; register them (POST /api/jurisdictions) to count the obligations";
            return new QuotaView.Quota(project.projectId(), project.title(), project.jurisdiction(), per, perYear, from, to,
                    0, false, note, 0, List.of());
        }
        List<QuotaQueries.Delivery> deliveries = queries.deliveredChildren(project.projectId(), asOf, scope);
        Quantity figure = perYear.quantity();
        List<QuotaView.Obligation> obligations = new ArrayList<>();
        int met = 0;
        for (QuotaQueries.Unit unit : units) {
            JurisdictionCode code = JurisdictionCode.of(unit.code());
            for (int year = from; year <= to; year++) {
                int y = year;
                long achieved = deliveries.stream()
                        .filter(d -> d.deliveredOn().getYear() == y && code.covers(JurisdictionCode.of(d.jurisdiction())))
                        .count();
                QuotaRules.Status status = QuotaRules.status(achieved, figure, year, asOf);
                met += status == QuotaRules.Status.MET ? 1 : 0;
                obligations.add(new QuotaView.Obligation(unit.code(), unit.name(), year, achieved, status.name()));
            }
        }
        return new QuotaView.Quota(project.projectId(), project.title(), project.jurisdiction(), per, perYear, from, to,
                units.size(), true, null, met, obligations);
    }

    /** The quota's units: the project's own jurisdiction when it is of the level named, else those below it. */
    private List<QuotaQueries.Unit> units(String jurisdiction, Set<String> levels) {
        if (levels.isEmpty()) {
            return List.of();
        }
        if (queries.level(jurisdiction).filter(levels::contains).isPresent()) {
            return List.of(new QuotaQueries.Unit(jurisdiction, queries.name(jurisdiction).orElse(jurisdiction)));
        }
        return queries.unitsBelow(jurisdiction, levels);
    }

    private static QuantityView quantity(JsonNode json) {
        return new QuantityView(json.get("comparator").asString(), decimal(json, "value"), decimal(json, "min"),
                decimal(json, "max"), json.hasNonNull("asWritten") ? json.get("asWritten").asString() : null);
    }

    private static BigDecimal decimal(JsonNode json, String field) {
        return json.hasNonNull(field) ? Numbers.plain(json.get(field).decimalValue()) : null;
    }
}
