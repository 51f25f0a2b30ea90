package cn.edutrack.command.idempotency;

import cn.edutrack.command.plan.domain.PlanCommandResult;
import cn.edutrack.command.project.domain.CommandResult;
import cn.edutrack.command.project.domain.ProjectCommand;
import cn.edutrack.events.ProjectId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends commands (to projects, plans and jurisdictions), once per {@code Idempotency-Key}. With a key,
 * the key's row is inserted first in a transaction that Axon's unit of work joins: the events and the
 * row commit together or not at all. A concurrent request with the same key waits on the row's lock and
 * then replays the first result. A key reused for a different request is refused.
 */
@Component
public class IdempotentCommandExecutor {

    private final CommandGateway commandGateway;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    public IdempotentCommandExecutor(CommandGateway commandGateway, JdbcClient jdbc, TransactionTemplate transactions,
                                     JsonMapper json) {
        this.commandGateway = commandGateway;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    /**
     * What a command answered: its subject (project id, plan id or jurisdiction code), the subject's
     * version, and whether an event was recorded (false when the command repeated what is in force).
     */
    public record Result(String subject, long version, boolean recorded) {
    }

    /** The outcome of a command: its result and whether it was replayed from an earlier request. */
    public record Outcome(Result result, boolean replayed) {
    }

    /**
     * @param idempotencyKey the client's key, or null for a plain send
     * @param operation      what is being done to what (method and path), part of the fingerprint
     * @param request        the validated request body, part of the fingerprint
     * @param command        makes the command (called at most once): a project, plan or jurisdiction command
     */
    public Outcome execute(String idempotencyKey, String operation, Object request, Supplier<?> command) {
        if (idempotencyKey == null) {
            return new Outcome(send(command.get()), false);
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new IdempotencyKeyException("Idempotency-Key must be 1 to 200 characters");
        }
        String fingerprint = fingerprint(operation, request);
        return transactions.execute(status -> {
            int inserted = jdbc.sql("""
                            INSERT INTO command_idempotency (idempotency_key, request_fingerprint)
                            VALUES (:key, :fingerprint) ON CONFLICT (idempotency_key) DO NOTHING""")
                    .param("key", idempotencyKey)
                    .param("fingerprint", fingerprint)
                    .update();
            if (inserted == 0) {
                return replay(idempotencyKey, fingerprint);
            }
            Result result = send(command.get());
            jdbc.sql("""
                            UPDATE command_idempotency SET subject = :subject, version = :version, recorded = :recorded
                            WHERE idempotency_key = :key""")
                    .param("subject", result.subject())
                    .param("version", result.version())
                    .param("recorded", result.recorded())
                    .param("key", idempotencyKey)
                    .update();
            return new Outcome(result, false);
        });
    }

    private Outcome replay(String idempotencyKey, String fingerprint) {
        List<Stored> stored = jdbc.sql("""
                        SELECT request_fingerprint, coalesce(subject, project_id), version, coalesce(recorded, TRUE)
                        FROM command_idempotency WHERE idempotency_key = :key""")
                .param("key", idempotencyKey)
                .query((rs, n) -> new Stored(rs.getString(1), new Result(rs.getString(2), rs.getLong(3), rs.getBoolean(4))))
                .list();
        Stored first = stored.get(0);
        if (!first.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyException("Idempotency-Key " + idempotencyKey
                    + " was already used for a different request");
        }
        return new Outcome(first.result(), true);
    }

    private record Stored(String fingerprint, Result result) {
    }

    private Result send(Object command) {
        Object answer = commandGateway.sendAndWait(command);
        if (answer instanceof CommandResult result) {
            return new Result(result.projectId().value(), result.version(), result.recorded());
        }
        if (answer instanceof PlanCommandResult result) {
            return new Result(result.subject(), result.version(), result.recorded());
        }
        if (command instanceof ProjectCommand projectCommand) {
            // Registration creates the aggregate; Axon answers with its identifier. A new project is at version 0.
            ProjectId projectId = answer instanceof ProjectId id ? id : projectCommand.projectId();
            return new Result(projectId.value(), 0, true);
        }
        throw new IllegalStateException("unexpected answer " + answer + " to " + command.getClass().getSimpleName());
    }

    private String fingerprint(String operation, Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
