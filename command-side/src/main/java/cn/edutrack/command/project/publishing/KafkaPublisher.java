package cn.edutrack.command.project.publishing;

import cn.edutrack.events.DomainEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends every stored event to Kafka: project events to the project topic, plan and jurisdiction events to
 * the plan topic, each keyed by its subject ({@link EventRecords}). Sends of one batch go out together; before the batch's
 * transaction commits (and with it the processor's new position) all acknowledgements are awaited.
 * If any send fails, the transaction rolls back, the position stays where it was and the processor
 * retries the batch: at least once, never lost. Gaps in the store's global index (transactions that
 * commit out of order) are tracked by Axon's gap-aware token: an event that commits late behind a
 * gap is still delivered, as long as it commits within the engine's gap timeout (60 s by default).
 */
@Component
@ProcessingGroup(KafkaPublisher.PROCESSING_GROUP)
public class KafkaPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING_SENDS = KafkaPublisher.class.getName() + ".pendingSends";

    private final KafkaTemplate<String, byte[]> kafkaTemplate;
    private final Duration ackTimeout;

    public KafkaPublisher(KafkaTemplate<String, byte[]> kafkaTemplate,
                          @Value("${edutrack.publisher.ack-timeout:35s}") Duration ackTimeout) {
        this.kafkaTemplate = kafkaTemplate;
        this.ackTimeout = ackTimeout;
    }

    /** The event's metadata carries the user who recorded it; the record carries it in its headers. */
    @EventHandler
    void on(DomainEvent event, @MessageIdentifier String eventId, @SequenceNumber Long sequence, MetaData metaData) {
        pendingSends().add(kafkaTemplate.send(EventRecords.toRecord(event, eventId, sequence, metaData)));
    }

    private List<CompletableFuture<?>> pendingSends() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            batch.onPrepareCommit(uow -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<?>> sends) {
        kafkaTemplate.flush();
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailedException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublicationFailedException("Kafka did not acknowledge " + sends.size()
                    + " event(s); the batch will be retried", e);
        }
    }

    /** A batch Kafka did not take; its position is not advanced and it is retried. */
    public static class PublicationFailedException extends RuntimeException {
        PublicationFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
