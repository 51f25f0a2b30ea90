package cn.edutrack.command.plan.web;

import cn.edutrack.command.access.CommandAuthorization;
import cn.edutrack.command.idempotency.IdempotentCommandExecutor;
import cn.edutrack.command.idempotency.IdempotentCommandExecutor.Outcome;
import cn.edutrack.command.plan.domain.PlanCommand;
import cn.edutrack.command.plan.domain.PlanRule;
import cn.edutrack.command.plan.domain.PlanRuleViolation;
import cn.edutrack.command.plan.domain.RegisterJurisdiction;
import cn.edutrack.command.plan.domain.RegisterPlan;
import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.PlanId;
import cn.edutrack.security.Actors;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One endpoint per plan or jurisdiction command. Every command answers 201 when it recorded an event and 200
 * when it repeated what is recorded (nothing appended), with the subject, its version and {@code recorded}.
 * Only administrators call these ({@code CommandEndpointRules}), and only for jurisdictions and plans in their
 * jurisdiction ({@link CommandAuthorization}), checked before anything is sent.
 */
@RestController
@RequestMapping("/api")
class PlanCommandController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotentCommandExecutor executor;
    private final CommandAuthorization authorization;

    PlanCommandController(IdempotentCommandExecutor executor, CommandAuthorization authorization) {
        this.executor = executor;
        this.authorization = authorization;
    }

    /** What a jurisdiction command answers. */
    record JurisdictionResponse(String jurisdiction, long version, boolean recorded) {
    }

    /** What a plan command answers. */
    record PlanResponse(String planId, long version, boolean recorded) {
    }

    @PostMapping("/jurisdictions")
    ResponseEntity<JurisdictionResponse> registerJurisdiction(
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody PlanRequests.RegisterJurisdictionRequest request) {
        RegisterJurisdiction command = request.toCommand();
        authorization.checkJurisdictionRegistration(Actors.current(), command.jurisdiction().value());
        Outcome outcome = send(key, "POST /api/jurisdictions", request, () -> command,
                () -> concurrentJurisdiction(request.code()));
        JurisdictionResponse body = new JurisdictionResponse(outcome.result().subject(), outcome.result().version(),
                outcome.result().recorded());
        return respond(outcome, body, null);
    }

    @PostMapping("/plans")
    ResponseEntity<PlanResponse> registerPlan(@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody PlanRequests.RegisterPlanRequest request) {
        RegisterPlan command = request.toCommand();
        PlanId planId = command.planId();
        authorization.checkPlanRegistration(Actors.current(), planId, command.jurisdiction().value());
        return send(planId, "POST /api/plans", key, request, () -> command, URI.create("/api/plans/" + planId));
    }

    @PostMapping("/plans/{planId}/indicators")
    ResponseEntity<PlanResponse> defineIndicator(@PathVariable String planId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody PlanRequests.DefineIndicatorRequest request) {
        PlanId id = PlanInputs.planId(planId, "planId");
        return onPlan(id, "POST /api/plans/" + id + "/indicators", key, request, () -> request.toCommand(id), null);
    }

    @PostMapping("/plans/{planId}/indicators/{indicatorId}/target-revisions")
    ResponseEntity<PlanResponse> reviseIndicatorTarget(@PathVariable String planId, @PathVariable String indicatorId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody PlanRequests.ReviseIndicatorTargetRequest request) {
        PlanId id = PlanInputs.planId(planId, "planId");
        String indicator = PlanInputs.localId(indicatorId, "indicatorId");
        return onPlan(id, "POST /api/plans/" + id + "/indicators/" + indicator + "/target-revisions", key, request,
                () -> request.toCommand(id, indicator), null);
    }

    @PostMapping("/plans/{planId}/indicators/{indicatorId}/measurements")
    ResponseEntity<PlanResponse> recordMeasurement(@PathVariable String planId, @PathVariable String indicatorId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody PlanRequests.RecordMeasurementRequest request) {
        PlanId id = PlanInputs.planId(planId, "planId");
        String indicator = PlanInputs.localId(indicatorId, "indicatorId");
        return onPlan(id, "POST /api/plans/" + id + "/indicators/" + indicator + "/measurements", key, request,
                () -> request.toCommand(id, indicator), null);
    }

    @PostMapping("/plans/{planId}/programmes")
    ResponseEntity<PlanResponse> defineProgramme(@PathVariable String planId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody PlanRequests.DefineProgrammeRequest request) {
        PlanId id = PlanInputs.planId(planId, "planId");
        return onPlan(id, "POST /api/plans/" + id + "/programmes", key, request, () -> request.toCommand(id), null);
    }

    @PostMapping("/plans/{planId}/targets")
    ResponseEntity<PlanResponse> setTarget(@PathVariable String planId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody PlanRequests.SetTargetRequest request) {
        PlanId id = PlanInputs.planId(planId, "planId");
        return onPlan(id, "POST /api/plans/" + id + "/targets", key, request, () -> request.toCommand(id), null);
    }

    @PostMapping("/plans/{planId}/targets/{targetId}/revisions")
    ResponseEntity<PlanResponse> reviseTarget(@PathVariable String planId, @PathVariable String targetId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody PlanRequests.ReviseTargetRequest request) {
        PlanId id = PlanInputs.planId(planId, "planId");
        String target = PlanInputs.localId(targetId, "targetId");
        return onPlan(id, "POST /api/plans/" + id + "/targets/" + target + "/revisions", key, request,
                () -> request.toCommand(id, target), null);
    }

    /** A change of a recorded plan: the plan's jurisdiction must be the caller's or lie below it. */
    private ResponseEntity<PlanResponse> onPlan(PlanId planId, String operation, String key, Object request,
                                                Supplier<PlanCommand> command, URI location) {
        authorization.checkPlanChange(Actors.current(), planId);
        return send(planId, operation, key, request, command, location);
    }

    private ResponseEntity<PlanResponse> send(PlanId planId, String operation, String key, Object request,
                                              Supplier<? extends PlanCommand> command, URI location) {
        Outcome outcome = send(key, operation, request, command, () -> PlanRuleViolation.ofPlan(PlanRule.CONCURRENT_CHANGE,
                planId, "plan " + planId + " was changed by another request at the same time; send the request again"));
        PlanResponse body = new PlanResponse(outcome.result().subject(), outcome.result().version(),
                outcome.result().recorded());
        return respond(outcome, body, location);
    }

    /**
     * Two requests that append to one plan (or register one jurisdiction) at the same moment collide on the event
     * store's unique key; the loser is told to send again, when it will see the winner's events.
     */
    private Outcome send(String key, String operation, Object request, Supplier<? extends PlanCommand> command,
                         Supplier<PlanRuleViolation> concurrentChange) {
        try {
            return executor.execute(key, operation, request, command);
        } catch (ConcurrencyException | AggregateStreamCreationException e) {
            throw concurrentChange.get();
        }
    }

    private static PlanRuleViolation concurrentJurisdiction(String code) {
        return PlanRuleViolation.ofJurisdiction(PlanRule.CONCURRENT_CHANGE, JurisdictionCode.of(code), "jurisdiction "
                + code + " was registered by another request at the same time; send the request again");
    }

    private static <T> ResponseEntity<T> respond(Outcome outcome, T body, URI location) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(outcome.result().recorded() ? HttpStatus.CREATED
                : HttpStatus.OK);
        if (location != null && outcome.result().recorded()) {
            response.location(location);
        }
        if (outcome.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.body(body);
    }
}
