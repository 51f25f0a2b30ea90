package cn.edutrack.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures are waited out (the database will come back) and which are given up on after a few tries. */
class ProjectionErrorHandlingTest {

    @Test
    void anUnreachableDatabaseIsTransientEvenWhenWrappedByTheContainer() {
        assertThat(ProjectionErrorHandling.isTransient(new ListenerExecutionFailedException("listener failed",
                new CannotCreateTransactionException("no connection", new SQLTransientConnectionException("timeout")))))
                .isTrue();
        assertThat(ProjectionErrorHandling.isTransient(new CannotAcquireLockException("lock timeout"))).isTrue();
    }

    @Test
    void dataTheDatabaseRefusesIsNotTransient() {
        assertThat(ProjectionErrorHandling.isTransient(new ListenerExecutionFailedException("listener failed",
                new DataIntegrityViolationException("invalid byte sequence")))).isFalse();
        assertThat(ProjectionErrorHandling.isTransient(new DuplicateKeyException("duplicate"))).isFalse();
        assertThat(ProjectionErrorHandling.isTransient(new IllegalStateException("bug"))).isFalse();
    }
}
