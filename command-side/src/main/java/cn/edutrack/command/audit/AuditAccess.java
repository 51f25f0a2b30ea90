package cn.edutrack.command.audit;

import cn.edutrack.command.access.CommandAuthorization;
import cn.edutrack.events.PlanId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.security.Actor;
import cn.edutrack.security.OutOfScopeException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whose audit results a caller may see. An aggregate's jurisdiction: a project's and a plan's from their
 * registration ({@link CommandAuthorization}), a jurisdiction's is its own code. When it cannot be told (the
 * registration row is gone or unreadable), only a caller of national scope sees the aggregate.
 */
@Component
class AuditAccess {

    static final String NATIONAL = "CN";

    private final EventStoreRows store;
    private final CommandAuthorization authorization;

    AuditAccess(EventStoreRows store, CommandAuthorization authorization) {
        this.store = store;
        this.authorization = authorization;
    }

    static boolean national(Actor actor) {
        return NATIONAL.equals(actor.jurisdiction());
    }

    Optional<String> jurisdictionOf(String aggregateId) {
        try {
            return switch (store.typeOf(aggregateId).orElse("")) {
                case "Project" -> authorization.ownershipOf(ProjectId.of(aggregateId))
                        .map(CommandAuthorization.ProjectOwnership::jurisdiction);
                case "Plan" -> authorization.jurisdictionOfPlan(PlanId.of(aggregateId));
                case "Jurisdiction" -> Optional.of(aggregateId);
                default -> Optional.empty();
            };
        } catch (RuntimeException unreadable) {
            // an id that is no longer valid, a payload that no longer deserializes: tampering the report shows
            return Optional.empty();
        }
    }

    boolean maySee(Actor actor, String aggregateId) {
        return national(actor) || jurisdictionOf(aggregateId).map(actor::covers).orElse(false);
    }

    /** 403 outside-jurisdiction unless the caller may see the aggregate. */
    void checkMaySee(Actor actor, String what, String aggregateId) {
        if (national(actor)) {
            return;
        }
        Optional<String> jurisdiction = jurisdictionOf(aggregateId);
        if (jurisdiction.isEmpty() || !actor.covers(jurisdiction.get())) {
            throw OutOfScopeException.outsideJurisdiction(actor, what, jurisdiction.orElse("an unknown jurisdiction"));
        }
    }

    /** Checkpoints span every aggregate: only a caller of national scope creates one. */
    void checkNational(Actor actor, String action) {
        if (!national(actor)) {
            throw OutOfScopeException.outsideJurisdiction(actor, action, NATIONAL);
        }
    }
}
