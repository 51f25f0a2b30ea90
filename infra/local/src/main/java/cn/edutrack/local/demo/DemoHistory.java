package cn.edutrack.local.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import cn.edutrack.events.Capacity;
import cn.edutrack.local.demo.ProjectHistory.Stage;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the demo history recorded, as of {@link #today()}: the plans, every generated project with the dates of its
 * lifecycle steps, the indicator measurements, and the HTTP requests that record all of it through the command API
 * (plan imports first). Tests compute their expected answers from these facts, never from the system's output.
 */
public record DemoHistory(LocalDate today, long seed, List<DemoPlan> plans, List<ProjectHistory> projects,
                          List<Measurement> measurements, List<DemoRequest> requests) {

    /**
     * Idempotency keys of the generated requests start with this; bump it when the generator changes (a key sent again
     * with another body is refused). h2: supervision added, so positions in a project's requests moved.
     */
    public static final String KEY_PREFIX = "demo-h2:";

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final BigDecimal WAN = new BigDecimal("10000");

    public DemoHistory {
        plans = List.copyOf(plans);
        projects = List.copyOf(projects);
        measurements = List.copyOf(measurements);
        requests = List.copyOf(requests);
    }

    /** A yearly value of an indicator, dated 31 December of its year. */
    public record Measurement(String planId, String indicatorId, int year, LocalDate businessDate, BigDecimal value,
                              String asWritten, String sourceReference) {
    }

    static DemoHistory of(LocalDate today, long seed, List<DemoPlan> plans, List<ProjectHistory> projects,
                          List<Measurement> measurements) {
        List<DemoRequest> requests = new ArrayList<>();
        Map<String, String> planJurisdictions = new LinkedHashMap<>();
        for (DemoPlan plan : plans) {
            planJurisdictions.put(plan.planId(), plan.jurisdiction());
            requests.add(new DemoRequest(DemoRequest.PLAN_IMPORTS, "plan-import",
                    "/api/plan-imports?fileName=" + URLEncoder.encode(plan.fileName(), StandardCharsets.UTF_8),
                    "demo-plan:" + plan.fileName() + ":" + sha256(plan.yaml()).substring(0, 16), "application/yaml",
                    plan.yaml(), null, administrator(plan.jurisdiction())));
        }
        for (ProjectHistory project : projects) {
            requests.addAll(requestsOf(project, planJurisdictions.get(project.planId())));
        }
        for (Measurement m : measurements) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("businessDate", m.businessDate().toString());
            body.put("year", m.year());
            body.put("value", m.value());
            body.put("asWritten", m.asWritten());
            body.put("sourceReference", m.sourceReference());
            requests.add(new DemoRequest("measurements:" + m.planId(), "measurement",
                    "/api/plans/" + m.planId() + "/indicators/" + m.indicatorId() + "/measurements",
                    KEY_PREFIX + m.planId() + ":" + m.indicatorId() + ":" + m.year(), "application/json", json(body),
                    m.businessDate(), administrator(planJurisdictions.get(m.planId()))));
        }
        return new DemoHistory(today, seed, plans, projects, measurements, requests);
    }

    // ------------------------------------------------------------------------------------------- questions

    public DemoPlan plan(String planId) {
        return plans.stream().filter(p -> p.planId().equals(planId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no plan " + planId));
    }

    public Optional<ProjectHistory> project(String projectId) {
        return projects.stream().filter(p -> p.projectId().equals(projectId)).findFirst();
    }

    public List<ProjectHistory> projectsOf(String planId) {
        return projects.stream().filter(p -> p.planId().equals(planId)).toList();
    }

    /** The generated projects that are children of this portfolio project. */
    public List<ProjectHistory> childrenOf(String parentProjectId) {
        return projects.stream().filter(p -> parentProjectId.equals(p.parentProjectId())).toList();
    }

    /**
     * The ids of the leaf projects of a target, as the progress read model counts them: projects of the plan (in the
     * file or generated) whose main target it is or that contribute to it, without the portfolios (projects that
     * another project names as its parent).
     */
    public Set<String> leafProjectIds(String planId, String targetId) {
        DemoPlan plan = plan(planId);
        Set<String> portfolios = new HashSet<>();
        plan.projects().stream().map(DemoPlan.FileProject::parentProjectId).filter(p -> p != null).forEach(portfolios::add);
        projectsOf(planId).stream().map(ProjectHistory::parentProjectId).filter(p -> p != null).forEach(portfolios::add);
        Set<String> leaves = new TreeSet<>();
        for (DemoPlan.FileProject p : plan.projects()) {
            boolean member = targetId.equals(p.targetId())
                    || p.contributions().stream().anyMatch(c -> c.targetId().equals(targetId));
            if (member && !portfolios.contains(p.projectId())) {
                leaves.add(p.projectId());
            }
        }
        for (ProjectHistory p : projectsOf(planId)) {
            boolean member = targetId.equals(p.targetId()) || p.contributionTo(targetId).isPresent();
            if (member && !portfolios.contains(p.projectId())) {
                leaves.add(p.projectId());
            }
        }
        return leaves;
    }

    /** The generated leaf projects of a target (the plan file's own leaves have no lifecycle to count). */
    public List<ProjectHistory> generatedLeaves(String planId, String targetId) {
        Set<String> leaves = leafProjectIds(planId, targetId);
        return projectsOf(planId).stream().filter(p -> leaves.contains(p.projectId())).toList();
    }

    /** How many of these projects had reached each stage by {@code asOf}. */
    public static Map<Stage, Long> reachedCounts(List<ProjectHistory> projects, LocalDate asOf) {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            counts.put(stage, projects.stream().filter(p -> p.reached(stage, asOf)).count());
        }
        return counts;
    }

    /** What these projects had delivered to the target by {@code asOf} (see {@link ProjectHistory#deliveredTo}). */
    public static BigDecimal delivered(List<ProjectHistory> projects, String targetId, LocalDate asOf) {
        return projects.stream().map(p -> p.deliveredTo(targetId, asOf)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<Measurement> measurementsOf(String planId, String indicatorId) {
        return measurements.stream().filter(m -> m.planId().equals(planId) && m.indicatorId().equals(indicatorId)).toList();
    }

    /** The measurement of the latest year recorded by {@code asOf}. */
    public Optional<Measurement> latest(String planId, String indicatorId, LocalDate asOf) {
        return measurementsOf(planId, indicatorId).stream().filter(m -> !m.businessDate().isAfter(asOf))
                .max(Comparator.comparingInt(Measurement::year));
    }

    /** How many projects stand at each stage now (as of {@link #today()}). */
    public Map<Stage, Long> stageDistribution() {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            counts.put(stage, 0L);
        }
        projects.forEach(p -> counts.merge(p.stage(), 1L, Long::sum));
        return counts;
    }

    /** Events the requests record on a fresh system (every project request and measurement records one). */
    public int eventCount() {
        return projects.stream().mapToInt(ProjectHistory::eventCount).sum() + measurements.size();
    }

    // ------------------------------------------------------------------------------------------- requests

    /**
     * The project's requests in the order the aggregate needs them: by business date, and on the same date in
     * lifecycle order. Their keys name the project and the request's position, which does not change when a later
     * today adds requests (a history as of a later day only appends). Sent as the manager of the project's owner, the
     * plan assignment as the administrator of the plan's jurisdiction, the supervision as the supervisor of the
     * project's district or county.
     */
    static List<DemoRequest> requestsOf(ProjectHistory p, String planJurisdiction) {
        record Step(LocalDate date, int rank, String operation, Map<String, Object> body) {
        }
        DemoUsers users = DemoUsers.bundled();
        String manager = users.managerOf(p.ownerOrganisation()).id();
        String administrator = administrator(planJurisdiction);
        String supervisor = users.nearest(DemoUsers.Role.SUPERVISOR, p.jurisdiction()).id();
        List<Step> steps = new ArrayList<>();
        Map<String, Object> register = body("businessDate", p.registeredOn(), "projectId", p.projectId(),
                "kind", p.kind().name(), "title", p.title(), "jurisdiction", p.jurisdiction(),
                "ownerOrganisation", p.ownerOrganisation(), "responsiblePerson", p.responsiblePerson(),
                "plannedCapacity", capacity(p.plannedCapacity()));
        steps.add(new Step(p.registeredOn(), 0, "register", register));

        List<Map<String, Object>> contributions = p.contributions().stream().map(c -> {
            Map<String, Object> contribution = body("targetId", c.targetId(), "counts", c.counts().name(),
                    "value", c.value());
            if (c.asWritten() != null) {
                contribution.put("asWritten", c.asWritten());
            }
            return contribution;
        }).toList();
        Map<String, Object> assignment = body("businessDate", p.assignedOn(), "planId", p.planId(),
                "programmeId", p.programmeId(), "targetId", p.targetId(), "contributions", contributions);
        if (p.parentProjectId() != null) {
            assignment.put("parentProjectId", p.parentProjectId());
        }
        if (p.dueYear() != null) {
            assignment.put("dueYear", p.dueYear());
        }
        if (!p.flags().isEmpty()) {
            assignment.put("flags", p.flags());
        }
        steps.add(new Step(p.assignedOn(), 1, "plan-assignment", assignment));

        if (p.approval() != null) {
            ProjectHistory.Approval a = p.approval();
            steps.add(new Step(a.date(), 2, "approval", body("businessDate", a.date(), "approvingBody", a.approvingBody(),
                    "documentNumber", a.documentNumber(), "approvedBudget", wan(a.budgetYuan()), "scope", a.scope(),
                    "plannedStart", a.plannedStart(), "plannedCompletion", a.plannedCompletion())));
        }
        for (ProjectHistory.Allocation a : p.allocations()) {
            steps.add(new Step(a.date(), 3, "allocations", body("businessDate", a.date(), "allocationId", a.allocationId(),
                    "source", a.source().name(), "amount", wan(a.amountYuan()), "documentNumber", a.documentNumber())));
        }
        if (p.start() != null) {
            steps.add(new Step(p.start().date(), 4, "construction-start",
                    body("businessDate", p.start().date(), "contractor", p.start().contractor())));
        }
        for (ProjectHistory.Progress r : p.progressReports()) {
            steps.add(new Step(r.date(), 5, "progress-reports",
                    body("businessDate", r.date(), "percentComplete", r.percentComplete(), "note", r.note())));
        }
        if (p.completion() != null) {
            ProjectHistory.Completion c = p.completion();
            steps.add(new Step(c.date(), 6, "completion", body("businessDate", c.date(),
                    "actualCapacity", capacity(c.actualCapacity()), "floorAreaSquareMetres", c.floorAreaSquareMetres())));
        }
        for (ProjectHistory.AcceptanceFailure f : p.acceptanceFailures()) {
            steps.add(new Step(f.date(), 7, "acceptance-failures", body("businessDate", f.date(),
                    "inspectingBody", f.inspectingBody(), "findings", f.findings(),
                    "rectificationDeadline", f.rectificationDeadline())));
        }
        if (p.acceptance() != null) {
            ProjectHistory.Acceptance a = p.acceptance();
            steps.add(new Step(a.date(), 8, "acceptance-passes", body("businessDate", a.date(),
                    "inspectingBody", a.inspectingBody(), "documentNumber", a.documentNumber())));
        }
        if (p.service() != null) {
            steps.add(new Step(p.service().date(), 9, "service-entry",
                    body("businessDate", p.service().date(), "firstEnrolment", p.service().firstEnrolment())));
        }
        if (p.cancellation() != null) {
            steps.add(new Step(p.cancellation().date(), 10, "cancellation",
                    body("businessDate", p.cancellation().date(), "reason", p.cancellation().reason())));
        }
        for (ProjectHistory.RectificationOrder o : p.rectificationOrders()) {
            steps.add(new Step(o.date(), 11, "rectification-orders", body("businessDate", o.date(),
                    "issuingBody", o.issuingBody(), "findings", o.findings(), "deadline", o.deadline())));
        }
        for (ProjectHistory.Recheck r : p.rechecks()) {
            Map<String, Object> recheck = body("businessDate", r.date(), "orderNumber", r.orderNumber(),
                    "result", r.result().name(), "findings", r.findings());
            if (r.newDeadline() != null) {
                recheck.put("newDeadline", r.newDeadline().toString());
            }
            steps.add(new Step(r.date(), 12, "rechecks", recheck));
        }
        for (ProjectHistory.Summons m : p.summonses()) {
            steps.add(new Step(m.date(), 13, "summonses", body("businessDate", m.date(), "issuingBody", m.issuingBody(),
                    "summonedParty", m.summonedParty(), "reason", m.reason())));
        }

        steps.sort(Comparator.comparing(Step::date).thenComparingInt(Step::rank));
        List<DemoRequest> requests = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String path = step.operation().equals("register") ? "/api/projects"
                    : "/api/projects/" + p.projectId() + "/" + step.operation();
            String user = switch (step.operation()) {
                case "plan-assignment" -> administrator;
                case "rectification-orders", "rechecks", "summonses" -> supervisor;
                default -> manager;
            };
            requests.add(new DemoRequest(p.projectId(), step.operation(), path,
                    KEY_PREFIX + p.projectId() + ":" + (i + 1) + ":" + step.operation(), "application/json",
                    json(step.body()), step.date(), user));
        }
        return requests;
    }

    /** The administrator of a plan's jurisdiction: imports its file, records its measurements and assignments. */
    private static String administrator(String planJurisdiction) {
        return DemoUsers.bundled().nearest(DemoUsers.Role.ADMINISTRATOR, planJurisdiction).id();
    }

    private static Map<String, Object> capacity(Capacity c) {
        return body("places", c.places(), "streams", c.streams(), "classes", c.classes());
    }

    /** An amount as bureaus write it, in 万元 (the command API converts to yuan). */
    private static Map<String, Object> wan(BigDecimal yuan) {
        BigDecimal wan = yuan.divide(WAN, 6, RoundingMode.UNNECESSARY).stripTrailingZeros();
        return body("amount", wan.toPlainString(), "unit", "WAN_YUAN");
    }

    private static Map<String, Object> body(Object... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            Object value = fields[i + 1];
            body.put((String) fields[i], value instanceof LocalDate date ? date.toString() : value);
        }
        return body;
    }

    private static String json(Map<String, Object> body) {
        return JSON.writeValueAsString(body);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Every business date of every request (for checks that none lies after today). */
    public Stream<LocalDate> businessDates() {
        return requests.stream().map(DemoRequest::businessDate).filter(d -> d != null);
    }
}
