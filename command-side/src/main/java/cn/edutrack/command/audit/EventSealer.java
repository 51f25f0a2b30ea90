package cn.edutrack.command.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals every appended event in the transaction that appends it.
 * <p>
 * The event store hands each batch of appended events to its subscribers in the unit of work's prepare-commit
 * phase, right after the storage engine inserted the rows, inside the Spring transaction Axon's unit of work runs
 * in (or joins: {@code IdempotentCommandExecutor} and the plan importer open it around several commands). This
 * class subscribes directly to the event store (not through an event processor, whose error handler would log and
 * swallow a failure), notes each domain event's aggregate and event identifier in a set bound to the transaction,
 * and registers once per transaction a {@link TransactionSynchronization} whose {@code beforeCommit} seals, with JDBC
 * on the same connection, the noted rows of each noted aggregate in sequence order, reading them back from
 * {@code domainevententry} so that each seal covers exactly the stored bytes. A failure there fails the commit: the
 * events and their seals commit together or not at all; a transaction that rolls back leaves neither.
 * <p>
 * Only rows this transaction appended (and rows stored before sealing existed) are ever sealed: a row that
 * someone inserted directly into the table stays unsealed and is reported ({@code UNSEALED}), even when the
 * application later appends to the same aggregate. Sealing of an aggregate is serialised by an advisory lock, so
 * the start-up sweep and a command never seal the same row twice.
 */
@Component
public class EventSealer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EventSealer.class);

    private final EventStoreRows store;
    private final TransactionTemplate transactions;

    public EventSealer(EventStore eventStore, EventStoreRows store, TransactionTemplate transactions) {
        this.store = store;
        this.transactions = transactions;
        eventStore.subscribe(this::appended);
    }

    /** What one transaction appended: aggregate ids and event identifiers. */
    private static final class Appended {
        final Set<String> aggregates = new TreeSet<>(MerkleTree.ID_ORDER);
        final Set<String> eventIdentifiers = new HashSet<>();
    }

    private void appended(List<? extends EventMessage<?>> events) {
        Appended batch = new Appended();
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent) {
                batch.aggregates.add(domainEvent.getAggregateIdentifier());
                batch.eventIdentifiers.add(domainEvent.getIdentifier());
            }
        }
        if (batch.aggregates.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // Not reached while Axon uses Spring's transactions (AxonWiringCheck): the rows are committed already,
            // so they are sealed at once, in a transaction of their own.
            transactions.executeWithoutResult(status -> seal(batch));
            return;
        }
        Appended appended = appendedInThisTransaction();
        appended.aggregates.addAll(batch.aggregates);
        appended.eventIdentifiers.addAll(batch.eventIdentifiers);
    }

    private Appended appendedInThisTransaction() {
        Appended appended = (Appended) TransactionSynchronizationManager.getResource(this);
        if (appended != null) {
            return appended;
        }
        Appended fresh = new Appended();
        TransactionSynchronizationManager.bindResource(this, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                seal(fresh);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(EventSealer.this);
            }
        });
        return fresh;
    }

    /** Seals what a transaction appended, aggregate by aggregate in id order (the lock order). */
    private void seal(Appended appended) {
        long legacy = store.legacyBoundary();
        for (String aggregateId : appended.aggregates) {
            store.lockForSealing(aggregateId);
            sealAggregate(aggregateId, row -> appended.eventIdentifiers.contains(row.eventIdentifier())
                    || row.globalIndex() <= legacy);
        }
    }

    /**
     * Seals the aggregate's unsealed rows that {@code sealable} admits, in sequence order, each chained to the
     * aggregate's seal of the highest sequence number below it. Runs in the caller's transaction, with the lock held.
     *
     * @return how many rows were sealed
     */
    int sealAggregate(String aggregateId, Predicate<StoredEvent> sealable) {
        List<StoredEvent> unsealed = store.unsealedRows(aggregateId);
        int sealed = 0;
        String previous = null;
        boolean previousKnown = false;
        for (StoredEvent row : unsealed) {
            if (!sealable.test(row)) {
                continue;
            }
            if (!previousKnown) {
                previous = store.lastSealBelow(aggregateId, row.sequenceNumber()).map(Seal::hash).orElse(null);
                previousKnown = true;
            }
            String hash = EventCanonicalForm.hash(previous, row);
            store.insert(new Seal(row.globalIndex(), aggregateId, row.sequenceNumber(), row.eventIdentifier(), hash,
                    previous));
            previous = hash;
            sealed++;
        }
        return sealed;
    }

    /**
     * Seals the rows stored before sealing existed (global index up to the boundary the migration recorded), aggregate
     * by aggregate, each in a transaction of its own, in (aggregate, sequence) order. Rows above the boundary without
     * a seal were not appended by the application and are left for verification to report.
     *
     * @return how many rows were sealed
     */
    public int sealPending() {
        long legacy = transactions.execute(status -> store.legacyBoundary());
        List<String> aggregates = transactions.execute(status -> store.aggregatesWithUnsealedRowsUpTo(legacy));
        int sealed = 0;
        for (String aggregateId : aggregates) {
            sealed += transactions.execute(status -> {
                store.lockForSealing(aggregateId);
                return sealAggregate(aggregateId, row -> row.globalIndex() <= legacy);
            });
        }
        if (sealed > 0) {
            log.info("sealed {} events of {} aggregates stored before sealing existed", sealed, aggregates.size());
        }
        return sealed;
    }

    @Override
    public void run(ApplicationArguments args) {
        sealPending();
    }
}
