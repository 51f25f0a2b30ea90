package cn.edutrack.command.config;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when Axon is not wired to PostgreSQL through Spring's transactions: events in any
 * other store, or outside the request's transaction, would break the guarantees the API gives.
 */
@Component
class AxonWiringCheck implements SmartInitializingSingleton {

    private final EventStorageEngine storageEngine;
    private final TransactionManager transactionManager;

    AxonWiringCheck(EventStorageEngine storageEngine, TransactionManager transactionManager) {
        this.storageEngine = storageEngine;
        this.transactionManager = transactionManager;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!(storageEngine instanceof JdbcEventStorageEngine)) {
            throw new IllegalStateException("events must be stored by the JDBC engine in PostgreSQL, found "
                    + storageEngine.getClass().getName());
        }
        if (!(transactionManager instanceof SpringTransactionManager)) {
            throw new IllegalStateException("Axon must use Spring's transaction manager, found "
                    + transactionManager.getClass().getName());
        }
    }
}
