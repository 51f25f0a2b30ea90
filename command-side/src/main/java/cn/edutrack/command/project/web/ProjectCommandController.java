package cn.edutrack.command.project.web;

import cn.edutrack.command.access.CommandAuthorization;
import cn.edutrack.command.idempotency.IdempotentCommandExecutor;
import cn.edutrack.command.idempotency.IdempotentCommandExecutor.Outcome;
import cn.edutrack.command.plan.domain.PlanReferences;
import cn.edutrack.command.project.domain.AssignProjectToPlan;
import cn.edutrack.command.project.domain.RegisterProject;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.RectificationOrdered;
import cn.edutrack.security.Actor;
import cn.edutrack.security.Actors;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One endpoint per lifecycle command, plus the supervisors' actions and corrections; see docs/contracts.md for the
 * bodies. Who may
 * call each endpoint is checked twice: by role in the filter chain ({@code CommandEndpointRules}), then with the
 * project in hand ({@link CommandAuthorization}: the manager's organisation owns it, the supervisor's jurisdiction
 * covers it), before anything is sent.
 */
@RestController
@RequestMapping("/api/projects")
class ProjectCommandController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotentCommandExecutor executor;
    private final PlanReferences planReferences;
    private final CommandAuthorization authorization;
    private final EventStore eventStore;
    private final Clock clock;

    ProjectCommandController(IdempotentCommandExecutor executor, PlanReferences planReferences,
                             CommandAuthorization authorization, EventStore eventStore, Clock clock) {
        this.planReferences = planReferences;
        this.executor = executor;
        this.authorization = authorization;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** What every command answers: the project and its new version. */
    record CommandResponse(String projectId, long version) {
    }

    @PostMapping
    ResponseEntity<CommandResponse> register(@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.RegisterRequest request) {
        RegisterProject command = request.toCommand(
                request.projectId() == null ? ProjectId.random() : ProjectId.of(request.projectId()));
        authorization.checkRegistration(Actors.current(), command.jurisdiction().value(),
                command.ownerOrganisation().value());
        Outcome outcome = executor.execute(key, "POST /api/projects", request, () -> command);
        return respond(outcome, HttpStatus.CREATED);
    }

    @PostMapping("/{projectId}/approval")
    ResponseEntity<CommandResponse> approve(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.ApproveRequest request) {
        return onExisting(projectId, "approval", key, request);
    }

    @PostMapping("/{projectId}/allocations")
    ResponseEntity<CommandResponse> allocate(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.AllocateRequest request) {
        return onExisting(projectId, "allocations", key, request);
    }

    @PostMapping("/{projectId}/construction-start")
    ResponseEntity<CommandResponse> startConstruction(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.StartConstructionRequest request) {
        return onExisting(projectId, "construction-start", key, request);
    }

    @PostMapping("/{projectId}/progress-reports")
    ResponseEntity<CommandResponse> reportProgress(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.ReportProgressRequest request) {
        return onExisting(projectId, "progress-reports", key, request);
    }

    @PostMapping("/{projectId}/completion")
    ResponseEntity<CommandResponse> complete(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.CompleteRequest request) {
        return onExisting(projectId, "completion", key, request);
    }

    @PostMapping("/{projectId}/acceptance-passes")
    ResponseEntity<CommandResponse> passAcceptance(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.PassAcceptanceRequest request) {
        return onExisting(projectId, "acceptance-passes", key, request);
    }

    @PostMapping("/{projectId}/acceptance-failures")
    ResponseEntity<CommandResponse> failAcceptance(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.FailAcceptanceRequest request) {
        return onExisting(projectId, "acceptance-failures", key, request);
    }

    @PostMapping("/{projectId}/service-entry")
    ResponseEntity<CommandResponse> putIntoService(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.PutIntoServiceRequest request) {
        return onExisting(projectId, "service-entry", key, request);
    }

    @PostMapping("/{projectId}/suspension")
    ResponseEntity<CommandResponse> suspend(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.SuspendRequest request) {
        return onExisting(projectId, "suspension", key, request);
    }

    @PostMapping("/{projectId}/resumption")
    ResponseEntity<CommandResponse> resume(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.ResumeRequest request) {
        return onExisting(projectId, "resumption", key, request);
    }

    @PostMapping("/{projectId}/schedule-rebaselines")
    ResponseEntity<CommandResponse> rebaselineSchedule(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.RebaselineScheduleRequest request) {
        return onExisting(projectId, "schedule-rebaselines", key, request);
    }

    @PostMapping("/{projectId}/budget-revisions")
    ResponseEntity<CommandResponse> reviseBudget(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.ReviseBudgetRequest request) {
        return onExisting(projectId, "budget-revisions", key, request);
    }

    @PostMapping("/{projectId}/scope-revisions")
    ResponseEntity<CommandResponse> reviseScope(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.ReviseScopeRequest request) {
        return onExisting(projectId, "scope-revisions", key, request);
    }

    @PostMapping("/{projectId}/handover")
    ResponseEntity<CommandResponse> receiveHandover(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.ReceiveHandoverRequest request) {
        return onExisting(projectId, "handover", key, request);
    }

    @PostMapping("/{projectId}/site-decommissioning")
    ResponseEntity<CommandResponse> decommissionSite(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.DecommissionSiteRequest request) {
        return onExisting(projectId, "site-decommissioning", key, request);
    }

    @PostMapping("/{projectId}/cancellation")
    ResponseEntity<CommandResponse> cancel(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.CancelRequest request) {
        return onExisting(projectId, "cancellation", key, request);
    }

    @PostMapping("/{projectId}/reform-launch")
    ResponseEntity<CommandResponse> launchReform(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.LaunchReformRequest request) {
        return onExisting(projectId, "reform-launch", key, request);
    }

    @PostMapping("/{projectId}/reform-evaluations")
    ResponseEntity<CommandResponse> evaluateReform(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.EvaluateReformRequest request) {
        return onExisting(projectId, "reform-evaluations", key, request);
    }

    @PostMapping("/{projectId}/reform-conclusion")
    ResponseEntity<CommandResponse> concludeReform(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.ConcludeReformRequest request) {
        return onExisting(projectId, "reform-conclusion", key, request);
    }

    @PostMapping("/{projectId}/designation-applications")
    ResponseEntity<CommandResponse> applyForDesignation(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.ApplyForDesignationRequest request) {
        return onExisting(projectId, "designation-applications", key, request);
    }

    @PostMapping("/{projectId}/designation-grant")
    ResponseEntity<CommandResponse> grantDesignation(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.GrantDesignationRequest request) {
        return onExisting(projectId, "designation-grant", key, request);
    }

    @PostMapping("/{projectId}/designation-rejection")
    ResponseEntity<CommandResponse> rejectDesignation(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.RejectDesignationRequest request) {
        return onExisting(projectId, "designation-rejection", key, request);
    }

    // ---------------------------------------------------------------- supervision

    /** What a rectification order answers: the project, its version, and the number of the new order. */
    record RectificationOrderResponse(String projectId, long version, int orderNumber) {
    }

    @PostMapping("/{projectId}/rectification-orders")
    ResponseEntity<RectificationOrderResponse> orderRectification(@PathVariable String projectId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.RectificationOrderRequest request) {
        ProjectId id = parseId(projectId);
        Outcome outcome = send(id, "rectification-orders", key, request, authorization::checkSupervision);
        RectificationOrderResponse body = new RectificationOrderResponse(outcome.result().subject(),
                outcome.result().version(), orderNumberAt(id, outcome.result().version()));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (outcome.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.body(body);
    }

    @PostMapping("/{projectId}/summonses")
    ResponseEntity<CommandResponse> issueSummons(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.SummonsRequest request) {
        ProjectId id = parseId(projectId);
        return respond(send(id, "summonses", key, request, authorization::checkSupervision), HttpStatus.OK);
    }

    @PostMapping("/{projectId}/rechecks")
    ResponseEntity<CommandResponse> recordRecheck(@PathVariable String projectId, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.RecheckRequest request) {
        ProjectId id = parseId(projectId);
        return respond(send(id, "rechecks", key, request, authorization::checkSupervision), HttpStatus.OK);
    }

    /** The number of the order recorded as event {@code version} (also when the answer is replayed). */
    private int orderNumberAt(ProjectId id, long version) {
        DomainEventStream events = eventStore.readEvents(id.value(), version);
        if (events.hasNext() && events.next().getPayload() instanceof RectificationOrdered ordered) {
            return ordered.orderNumber();
        }
        throw new IllegalStateException("event " + version + " of project " + id + " is not a rectification order");
    }

    /** What an assignment to a plan answers: the project, its version, and whether anything was recorded. */
    record AssignmentResponse(String projectId, long version, boolean recorded) {
    }

    /**
     * Places the project in a plan. 201 when the assignment was recorded, 200 when it is the one already in
     * force (nothing recorded).
     */
    @PostMapping("/{projectId}/plan-assignment")
    ResponseEntity<AssignmentResponse> assignToPlan(@PathVariable String projectId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.AssignToPlanRequest request) {
        ProjectId id = parseId(projectId);
        authorization.checkPlanAssignment(Actors.current(), id);
        Outcome outcome = executor.execute(key, "POST /api/projects/" + id + "/plan-assignment", request, () -> {
            AssignProjectToPlan command = request.toCommand(id);
            planReferences.check(command.planId(), command.programmeId(), command.targetId(),
                    command.contributions() == null ? List.of()
                            : command.contributions().stream().map(ProjectAssignedToPlan.Contribution::targetId).toList());
            return command;
        });
        AssignmentResponse body = new AssignmentResponse(outcome.result().subject(), outcome.result().version(),
                outcome.result().recorded());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(outcome.result().recorded() ? HttpStatus.CREATED : HttpStatus.OK);
        if (outcome.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.body(body);
    }

    // ---------------------------------------------------------------- corrections

    /**
     * What a correction answers: the project, its version (the sequence number of the correction, an event of its
     * own), that sequence number again, and the sequence number of the corrected event.
     */
    record CorrectionResponse(String projectId, long version, long sequence, long correctedSequence) {
    }

    /**
     * Corrects an event recorded wrongly. Who may record the corrected event's kind may correct it
     * ({@link CommandAuthorization#checkCorrection}); the correction is dated today (China Standard Time).
     */
    @PostMapping("/{projectId}/corrections")
    ResponseEntity<CorrectionResponse> correct(@PathVariable String projectId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ProjectRequests.CorrectionRequest request) {
        ProjectId id = parseId(projectId);
        authorization.checkCorrection(Actors.current(), id, request.correctedSequence());
        LocalDate today = LocalDate.now(clock);
        Outcome outcome = executor.execute(key, "POST /api/projects/" + id + "/corrections", request,
                () -> request.toCommand(id, today));
        long version = outcome.result().version();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (outcome.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.body(new CorrectionResponse(outcome.result().subject(), version, version,
                request.correctedSequence()));
    }

    /** A lifecycle step: only a manager of the organisation that owns the project. */
    private ResponseEntity<CommandResponse> onExisting(String projectId, String operation, String key,
                                                       ProjectRequests.CommandRequest request) {
        ProjectId id = parseId(projectId);
        return respond(send(id, operation, key, request, authorization::checkLifecycle), HttpStatus.OK);
    }

    /** Checks that the caller may do this to the project, then sends the command (once per idempotency key). */
    private Outcome send(ProjectId id, String operation, String key, ProjectRequests.CommandRequest request,
                         BiConsumer<Actor, ProjectId> access) {
        access.accept(Actors.current(), id);
        return executor.execute(key, "POST /api/projects/" + id + "/" + operation, request, () -> request.toCommand(id));
    }

    private static ProjectId parseId(String projectId) {
        try {
            return ProjectId.of(projectId);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("projectId", e.getMessage());
        }
    }

    private static ResponseEntity<CommandResponse> respond(Outcome outcome, HttpStatus status) {
        CommandResponse body = new CommandResponse(outcome.result().subject(), outcome.result().version());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (status == HttpStatus.CREATED) {
            response.location(URI.create("/api/projects/" + body.projectId()));
        }
        if (outcome.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.body(body);
    }
}
