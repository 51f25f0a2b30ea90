package cn.edutrack.command.audit;

import cn.edutrack.events.PlanId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.security.Actor;
import cn.edutrack.security.Actors;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The auditor's tamper evidence over HTTP. Roles per endpoint are in {@code CommandEndpointRules}; the scope
 * checks are here ({@link AuditAccess}).
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final ChainVerifier verifier;
    private final Checkpoints checkpoints;
    private final CheckpointVerifier checkpointVerifier;
    private final AuditAccess access;
    private final EventStoreRows store;

    AuditController(ChainVerifier verifier, Checkpoints checkpoints, CheckpointVerifier checkpointVerifier,
                    AuditAccess access, EventStoreRows store) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.checkpointVerifier = checkpointVerifier;
        this.access = access;
        this.store = store;
    }

    @GetMapping("/projects/{id}/verification")
    AggregateVerification project(@PathVariable String id) {
        return verify(id, "Project", ProjectId.FORMAT, "project");
    }

    @GetMapping("/plans/{id}/verification")
    AggregateVerification plan(@PathVariable String id) {
        return verify(id, "Plan", PlanId.FORMAT, "plan");
    }

    private AggregateVerification verify(String id, String type, Pattern format, String what) {
        Actor actor = Actors.current();
        boolean known = format.matcher(id).matches() && verifier.exists(id)
                && store.typeOf(id).map(type::equals).orElse(true);
        if (!known) {
            throw notFound(what, id);
        }
        access.checkMaySee(actor, what + " " + id, id);
        return verifier.verify(id);
    }

    @PostMapping("/checkpoints")
    ResponseEntity<CheckpointFile> createCheckpoint() {
        Actor actor = Actors.current();
        access.checkNational(actor, "a checkpoint over every aggregate");
        CheckpointFile file = checkpoints.create(actor.userId());
        return ResponseEntity.created(URI.create("/api/audit/checkpoints/" + file.id()))
                .contentType(MediaType.APPLICATION_JSON).body(file);
    }

    @GetMapping("/checkpoints")
    List<CheckpointFile.Summary> listCheckpoints() {
        return checkpoints.list();
    }

    @GetMapping("/checkpoints/{id}")
    CheckpointFile checkpoint(@PathVariable String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw notFound("checkpoint", id);
        }
        return checkpoints.file(number).orElseThrow(() -> notFound("checkpoint", id));
    }

    @PostMapping(path = "/verifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    CheckpointVerification verifyAgainst(@RequestBody JsonNode body) {
        Actor actor = Actors.current();
        CheckpointFile file = CheckpointFileReader.read(body);
        boolean national = AuditAccess.national(actor);
        return checkpointVerifier.verify(file, aggregateId -> national || access.maySee(actor, aggregateId));
    }

    private static ErrorResponseException notFound(String what, String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                what + " " + id + " has no stored events");
        problem.setType(URI.create("urn:edutrack:problem:" + what + "-not-found"));
        problem.setTitle(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " not found");
        problem.setProperty(what.equals("checkpoint") ? "checkpointId" : what + "Id", id);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
