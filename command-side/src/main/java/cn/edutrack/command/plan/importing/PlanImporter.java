package cn.edutrack.command.plan.importing;

import cn.edutrack.command.plan.file.PlanFile;
import cn.edutrack.command.plan.file.PlanFileParser;
import cn.edutrack.command.plan.file.PlanFileResult;
import cn.edutrack.command.project.domain.RegisterProject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
@Service
public class PlanImporter {

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    public PlanImporter(CommandGateway commands, EventStore eventStore, TransactionTemplate transactions,
                        JdbcClient jdbc, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @throws PlanFileInvalidException  when the file has errors (nothing recorded)
     * @throws PlanImportConflictException when the file contradicts what is recorded (nothing recorded)
     */
    public PlanImportResult importFile(String fileName, String text, boolean dryRun) {
        PlanFileResult parsed = PlanFileParser.parse(fileName, text);
        if (!parsed.isValid()) {
            throw new PlanFileInvalidException(fileName, parsed.errors());
        }
        PlanFile file = parsed.orThrow();
        List<PlanFileCommands.Step> steps = PlanFileCommands.of(file, LocalDate.now(clock));
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
