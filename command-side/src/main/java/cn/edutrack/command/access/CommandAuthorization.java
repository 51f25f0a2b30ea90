package cn.edutrack.command.access;

import cn.edutrack.events.PlanId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.plan.PlanRegistered;
import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.events.project.RecheckRecorded;
import cn.edutrack.events.project.RectificationOrdered;
import cn.edutrack.events.project.SummonsIssued;
import cn.edutrack.security.Actor;
import cn.edutrack.security.JurisdictionScope;
import cn.edutrack.security.OutOfScopeException;
import cn.edutrack.security.Role;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Whether the caller may send a command to this project, plan or jurisdiction, by the access rules of
 * docs/contracts.md: a manager records only for the projects its organisation owns (and registers projects only
 * for its organisation, in its jurisdiction); a supervisor acts on projects its jurisdiction covers; an
 * administrator defines jurisdictions, plans and projects in its jurisdiction; an auditor writes nothing.
 * <p>
 * A project's owner and jurisdiction come from its {@code ProjectRegistered}, a plan's jurisdiction from its
 * {@code PlanRegistered} (the first event of each; neither ever changes). What is not recorded is not refused
 * here: the command then answers 404 as it always did. The {@code check...} methods throw an
 * {@link OutOfScopeException} (403 with the rule); the {@code ...Refusal} methods answer it, for the plan importer,
 * which lists every refused record of a file at once.
 */
@Component
public class CommandAuthorization {

    private final EventStore eventStore;

    public CommandAuthorization(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Whose a project is and where it lies, as registered. */
    public record ProjectOwnership(ProjectId projectId, String jurisdiction, String ownerOrganisation) {
    }

    /** Why a command is refused: the 403 to answer, and the jurisdiction code it is about. */
    public record Refusal(OutOfScopeException reason, String jurisdiction) {
    }

    // ---------------------------------------------------------------- what is recorded

    /** The project's owner and jurisdiction, from its registration; empty when the project is not registered. */
    public Optional<ProjectOwnership> ownershipOf(ProjectId projectId) {
        return firstPayload(projectId.value())
                .filter(ProjectRegistered.class::isInstance)
                .map(ProjectRegistered.class::cast)
                .map(registered -> new ProjectOwnership(projectId, registered.jurisdiction().value(),
                        registered.ownerOrganisation().value()));
    }

    /** The plan's jurisdiction, from its registration; empty when the plan is not registered. */
    public Optional<String> jurisdictionOfPlan(PlanId planId) {
        return firstPayload(planId.value())
                .filter(PlanRegistered.class::isInstance)
                .map(payload -> ((PlanRegistered) payload).jurisdiction().value());
    }

    /** From sequence 0, so a snapshot (if one is ever taken) is not mistaken for the first event. */
    private Optional<Object> firstPayload(String aggregateId) {
        DomainEventStream events = eventStore.readEvents(aggregateId, 0);
        return events.hasNext() ? Optional.ofNullable(events.next().getPayload()) : Optional.empty();
    }

    // ---------------------------------------------------------------- projects

    /**
     * Registering a project: a manager for its own organisation, in its jurisdiction; an administrator in its
     * jurisdiction, for any organisation (plan files register the projects they count).
     */
    public void checkRegistration(Actor actor, String jurisdiction, String ownerOrganisation) {
        registrationRefusal(actor, jurisdiction, ownerOrganisation).ifPresent(CommandAuthorization::refuse);
    }

    public Optional<Refusal> registrationRefusal(Actor actor, String jurisdiction, String ownerOrganisation) {
        if (!actor.is(Role.MANAGER) && !actor.is(Role.ADMINISTRATOR)) {
            return refusal(OutOfScopeException.roleMayNot(actor, "register projects"), jurisdiction);
        }
        if (actor.is(Role.MANAGER) && !actor.organisation().equals(ownerOrganisation)) {
            return refusal(OutOfScopeException.notYourOrganisation(actor, "a project", ownerOrganisation), jurisdiction);
        }
        if (!actor.covers(jurisdiction)) {
            return refusal(OutOfScopeException.outsideJurisdiction(actor, "a project", jurisdiction), jurisdiction);
        }
        return Optional.empty();
    }

    /** A lifecycle step (approval, funding, construction, ...): only a manager of the project's owner. */
    public void checkLifecycle(Actor actor, ProjectId projectId) {
        if (!actor.is(Role.MANAGER)) {
            throw OutOfScopeException.roleMayNot(actor, "record the lifecycle of a project");
        }
        ownershipOf(projectId).ifPresent(project -> {
            if (!actor.managesFor(project.ownerOrganisation())) {
                throw OutOfScopeException.notYourOrganisation(actor, "project " + projectId, project.ownerOrganisation());
            }
        });
    }

    /** Placing a project in a plan: a manager of its owner, or an administrator whose jurisdiction covers it. */
    public void checkPlanAssignment(Actor actor, ProjectId projectId) {
        planAssignmentRefusal(actor, projectId).ifPresent(CommandAuthorization::refuse);
    }

    public Optional<Refusal> planAssignmentRefusal(Actor actor, ProjectId projectId) {
        if (!actor.is(Role.MANAGER) && !actor.is(Role.ADMINISTRATOR)) {
            return refusal(OutOfScopeException.roleMayNot(actor, "place projects in plans"), null);
        }
        Optional<ProjectOwnership> ownership = ownershipOf(projectId);
        if (ownership.isEmpty()) {
            return Optional.empty();
        }
        ProjectOwnership project = ownership.get();
        if (actor.is(Role.MANAGER) && !actor.managesFor(project.ownerOrganisation())) {
            return refusal(OutOfScopeException.notYourOrganisation(actor, "project " + projectId,
                    project.ownerOrganisation()), project.jurisdiction());
        }
        if (actor.is(Role.ADMINISTRATOR) && !actor.covers(project.jurisdiction())) {
            return refusal(OutOfScopeException.outsideJurisdiction(actor, "project " + projectId, project.jurisdiction()),
                    project.jurisdiction());
        }
        return Optional.empty();
    }

    /** A rectification order, a summons, a re-check: a supervisor whose jurisdiction covers the project. */
    public void checkSupervision(Actor actor, ProjectId projectId) {
        if (!actor.is(Role.SUPERVISOR)) {
            throw OutOfScopeException.roleMayNot(actor, "supervise projects");
        }
        ownershipOf(projectId).ifPresent(project -> {
            if (!actor.covers(project.jurisdiction())) {
                throw OutOfScopeException.outsideJurisdiction(actor, "project " + projectId, project.jurisdiction());
            }
        });
    }

    /**
     * A correction of event {@code sequence}: whoever may record that kind of event may correct it. A supervisor's
     * record (rectification order, summons, re-check): a supervisor whose jurisdiction covers the project. The
     * registration, and the assignment to a plan (which is then refused as not correctable): a manager of the
     * project's owner, or an administrator whose jurisdiction covers it. Any other lifecycle event: a manager of the
     * owner. An event that is not recorded, or is itself a correction: whoever may correct some event of the project
     * by the caller's role, so that the project answers (404, or 422 with the rule) only to them.
     */
    public void checkCorrection(Actor actor, ProjectId projectId, long sequence) {
        Object corrected = payloadAt(projectId.value(), sequence).orElse(null);
        if (corrected instanceof RectificationOrdered || corrected instanceof SummonsIssued
                || corrected instanceof RecheckRecorded) {
            if (!actor.is(Role.SUPERVISOR)) {
                throw OutOfScopeException.roleMayNot(actor, "correct a supervisor's rectification order, summons or re-check");
            }
            checkSupervision(actor, projectId);
        } else if (corrected instanceof ProjectRegistered || corrected instanceof ProjectAssignedToPlan) {
            if (!actor.is(Role.MANAGER) && !actor.is(Role.ADMINISTRATOR)) {
                throw OutOfScopeException.roleMayNot(actor, "correct a project's registration or plan assignment");
            }
            checkPlanAssignment(actor, projectId);
        } else if (corrected != null && !(corrected instanceof EventCorrected)) {
            if (!actor.is(Role.MANAGER)) {
                throw OutOfScopeException.roleMayNot(actor, "correct the lifecycle of a project");
            }
            checkLifecycle(actor, projectId);
        } else if (actor.is(Role.SUPERVISOR)) {
            checkSupervision(actor, projectId);
        } else if (actor.is(Role.MANAGER) || actor.is(Role.ADMINISTRATOR)) {
            checkPlanAssignment(actor, projectId);
        } else {
            throw OutOfScopeException.roleMayNot(actor, "correct recorded events");
        }
    }

    /** The payload of the event at {@code sequence}, if the aggregate has one. */
    private Optional<Object> payloadAt(String aggregateId, long sequence) {
        DomainEventStream events = eventStore.readEvents(aggregateId, sequence);
        while (events.hasNext()) {
            var event = events.next();
            if (event.getSequenceNumber() == sequence) {
                return Optional.ofNullable(event.getPayload());
            }
            if (event.getSequenceNumber() > sequence) {
                break;
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- jurisdictions and plans

    /**
     * Registering a jurisdiction: an administrator, for a code its jurisdiction covers or one above it (a plan file
     * names the levels above its own). A code outside China is not a matter of scope: the jurisdiction aggregate
     * refuses it ({@code jurisdiction-code-not-cn}).
     */
    public void checkJurisdictionRegistration(Actor actor, String code) {
        jurisdictionRefusal(actor, code).ifPresent(CommandAuthorization::refuse);
    }

    public Optional<Refusal> jurisdictionRefusal(Actor actor, String code) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            return refusal(OutOfScopeException.roleMayNot(actor, "register jurisdictions"), code);
        }
        if (!code.startsWith("CN") || actor.covers(code) || JurisdictionScope.isAncestorOf(code, actor.jurisdiction())) {
            return Optional.empty();
        }
        return refusal(OutOfScopeException.outsideJurisdiction(actor, "a jurisdiction", code), code);
    }

    /**
     * Registering a plan: an administrator whose jurisdiction covers the plan's jurisdiction, both the one requested
     * and, when the plan is already recorded, the recorded one.
     */
    public void checkPlanRegistration(Actor actor, PlanId planId, String jurisdiction) {
        planRegistrationRefusal(actor, planId, jurisdiction).ifPresent(CommandAuthorization::refuse);
    }

    public Optional<Refusal> planRegistrationRefusal(Actor actor, PlanId planId, String jurisdiction) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            return refusal(OutOfScopeException.roleMayNot(actor, "define plans"), jurisdiction);
        }
        if (!actor.covers(jurisdiction)) {
            return refusal(OutOfScopeException.outsideJurisdiction(actor, "plan " + planId, jurisdiction), jurisdiction);
        }
        return planChangeRefusal(actor, planId);
    }

    /** Indicators, measurements, programmes, targets and their revisions: the plan's jurisdiction must be covered. */
    public void checkPlanChange(Actor actor, PlanId planId) {
        planChangeRefusal(actor, planId).ifPresent(CommandAuthorization::refuse);
    }

    public Optional<Refusal> planChangeRefusal(Actor actor, PlanId planId) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            return refusal(OutOfScopeException.roleMayNot(actor, "define plans"), null);
        }
        Optional<String> recorded = jurisdictionOfPlan(planId);
        if (recorded.isPresent() && !actor.covers(recorded.get())) {
            return refusal(OutOfScopeException.outsideJurisdiction(actor, "plan " + planId, recorded.get()), recorded.get());
        }
        return Optional.empty();
    }

    // ----------------------------------------------------------------

    private static Optional<Refusal> refusal(OutOfScopeException reason, String jurisdiction) {
        return Optional.of(new Refusal(reason, jurisdiction));
    }

    private static void refuse(Refusal refusal) {
        throw refusal.reason();
    }
}
