package cn.edutrack.command.config;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon when an append failed on the event store's unique (project, sequence) key, so that it
 * reports a concurrent append, or a second registration of the same id, instead of a storage failure.
 * PostgreSQL reports it as SQLState 23505 (unique_violation), often inside a batch exception's chain;
 * Axon's default resolver looks at vendor error codes, which PostgreSQL leaves at 0.
 */
class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
