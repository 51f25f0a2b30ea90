package cn.edutrack.command.plan.importing;

import cn.edutrack.command.access.CommandAuthorization;
import cn.edutrack.command.access.CommandAuthorization.Refusal;
import cn.edutrack.command.plan.domain.RegisterJurisdiction;
import cn.edutrack.command.plan.domain.RegisterPlan;
import cn.edutrack.command.plan.file.PlanFile;
import cn.edutrack.command.plan.file.PlanFileParser;
import cn.edutrack.command.plan.file.PlanFileResult;
import cn.edutrack.command.project.domain.AssignProjectToPlan;
import cn.edutrack.command.project.domain.RegisterProject;
import cn.edutrack.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a plan file, all or nothing. The file is read and checked first ({@link PlanFileParser}: every error
 * at once, with line and field); then every command it yields is sent inside one PostgreSQL transaction that
 * Axon's units of work join, so either all of the file's events are stored or none. Commands that conflict
 * with what is already recorded (a plan registered with another title, an indicator defined differently) are
 * all collected before the transaction is rolled back. A dry run does the same and always rolls back, so it
 * reports exactly what an import would record.
 * <p>
 * Before anything is sent, every record of the file must lie in the importing administrator's scope
 * ({@link CommandAuthorization}): its jurisdictions in or above the administrator's, the plan and every project in
 * it (a project already recorded by where it is recorded). Otherwise the import, dry run or not, is refused with
 * every such record listed and nothing is stored.
 */
@Service
public class PlanImporter {

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CommandAuthorization authorization;

    public PlanImporter(CommandGateway commands, EventStore eventStore, TransactionTemplate transactions,
                        JdbcClient jdbc, Clock clock, CommandAuthorization authorization) {
        this.authorization = authorization;
        this.commands = commands;
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param actor the administrator importing the file; its events record it
     * @throws PlanFileInvalidException  when the file has errors (nothing recorded)
     * @throws PlanImportOutOfScopeException when records of the file lie outside the actor's scope (nothing recorded)
     * @throws PlanImportConflictException when the file contradicts what is recorded (nothing recorded)
     */
    public PlanImportResult importFile(Actor actor, String fileName, String text, boolean dryRun) {
        PlanFileResult parsed = PlanFileParser.parse(fileName, text);
        if (!parsed.isValid()) {
            throw new PlanFileInvalidException(fileName, parsed.errors());
        }
        PlanFile file = parsed.orThrow();
        List<PlanFileCommands.Step> steps = PlanFileCommands.of(file, LocalDate.now(clock));
        List<PlanImportOutOfScopeException.OutOfScope> outOfScope = outOfScope(actor, steps);
        if (!outOfScope.isEmpty()) {
            throw new PlanImportOutOfScopeException(fileName, actor.jurisdiction(), outOfScope);
        }
        return transactions.execute(status -> {
            long before = lastGlobalIndex();
            List<PlanImportConflictException.Conflict> conflicts = new ArrayList<>();
            int registered = 0;
            for (PlanFileCommands.Step step : steps) {
                if (step.registration() && exists(((RegisterProject) step.command()).projectId().value())) {
                    continue;
                }
                try {
                    commands.sendAndWait(step.command());
                    if (step.registration()) {
                        registered++;
                    }
                } catch (RuntimeException e) {
                    if (!RuleCodes.isRefusal(e)) {
                        throw e;
                    }
                    conflicts.add(PlanImportConflictException.Conflict.of(fileName, step.path(), e));
                }
            }
            if (!conflicts.isEmpty()) {
                status.setRollbackOnly();
                throw new PlanImportConflictException(fileName, conflicts);
            }
            Map<String, Integer> recorded = recordedSince(before);
            if (dryRun) {
                status.setRollbackOnly();
            }
            return PlanImportResult.of(file, dryRun, registered, recorded);
        });
    }

    /** Every record of the file the actor may not import, in file order; each project at most once. */
    private List<PlanImportOutOfScopeException.OutOfScope> outOfScope(Actor actor, List<PlanFileCommands.Step> steps) {
        List<PlanImportOutOfScopeException.OutOfScope> refused = new ArrayList<>();
        for (PlanFileCommands.Step step : steps) {
            Object command = step.command();
            if (command instanceof RegisterJurisdiction jurisdiction) {
                String code = jurisdiction.jurisdiction().value();
                add(refused, step, "jurisdiction", code, authorization.jurisdictionRefusal(actor, code));
            } else if (command instanceof RegisterPlan plan) {
                add(refused, step, "plan", plan.planId().value(),
                        authorization.planRegistrationRefusal(actor, plan.planId(), plan.jurisdiction().value()));
            } else if (command instanceof RegisterProject project && !exists(project.projectId().value())) {
                add(refused, step, "project", project.projectId().value(), authorization.registrationRefusal(actor,
                        project.jurisdiction().value(), project.ownerOrganisation().value()));
            } else if (command instanceof AssignProjectToPlan assignment) {
                // a project the file registers was checked above; one already recorded, by where it is recorded
                add(refused, step, "project", assignment.projectId().value(),
                        authorization.planAssignmentRefusal(actor, assignment.projectId()));
            }
        }
        return refused;
    }

    private static void add(List<PlanImportOutOfScopeException.OutOfScope> refused, PlanFileCommands.Step step,
                            String kind, String id, Optional<Refusal> refusal) {
        refusal.ifPresent(r -> refused.add(new PlanImportOutOfScopeException.OutOfScope(step.path(), kind, id,
                r.jurisdiction(), r.reason().rule(), r.reason().getMessage())));
    }

    private boolean exists(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).isPresent();
    }

    private long lastGlobalIndex() {
        return jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry").query(Long.class).single();
    }

    /** Events stored by this transaction (their rows' {@code xmin} is its id), by event type. */
    private Map<String, Integer> recordedSince(long before) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT payloadtype, count(*) FROM domainevententry
                        WHERE globalindex > :before AND xmin = pg_current_xact_id()::xid
                        GROUP BY payloadtype ORDER BY payloadtype""")
                .param("before", before)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
                .list();
        return counts;
    }
}
