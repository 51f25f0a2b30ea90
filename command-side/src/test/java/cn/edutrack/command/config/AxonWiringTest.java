package cn.edutrack.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.command.support.CommandSideIntegrationTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Axon 4 under Boot 4 stores events in PostgreSQL within Spring's transactions (see AxonOnBoot4AutoConfiguration). */
class AxonWiringTest extends CommandSideIntegrationTest {

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    TransactionManager transactionManager;

    @Test
    void eventsAreStoredByTheJdbcEngineWithinSpringTransactions() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void uniqueViolationsAreRecognisedAsDuplicateKeys() {
        java.sql.SQLException duplicate = new java.sql.SQLException("duplicate key", "23505");
        java.sql.BatchUpdateException batch = new java.sql.BatchUpdateException();
        batch.setNextException(duplicate);
        PostgresDuplicateKeyResolver resolver = new PostgresDuplicateKeyResolver();
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(batch))).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(new java.sql.SQLException("x", "40001"))))
                .isFalse();
    }
}
