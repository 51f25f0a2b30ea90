package cn.edutrack.command.project.publishing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations on the publisher. A replay publishes stored events again, from the start or from an
 * instant, so a consumer that lost records (or a new read model) can catch up; consumers skip what
 * they already have.
 */
@RestController
@RequestMapping("/api/operations/publisher")
class PublisherOperationsController {

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final EventStore eventStore;
    private final TransactionManager transactionManager;

    PublisherOperationsController(EventProcessingConfiguration processing, TokenStore tokenStore, EventStore eventStore,
                                  TransactionManager transactionManager) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.eventStore = eventStore;
        this.transactionManager = transactionManager;
    }

    @PostMapping("/replay")
    ResponseEntity<Map<String, Object>> replay(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since) {
        TrackingEventProcessor publisher = processing
                .eventProcessor(KafkaPublisher.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("the publisher is not a tracking processor"));
        publisher.shutDown();
        try {
            // A plain position, not Axon's ReplayToken: the publisher treats a replay like any other
            // run (it only sends), and a plain token is what the JSON token serializer can read back.
            TrackingToken position = since == null ? null : eventStore.createTokenAt(since);
            transactionManager.executeInTransaction(() -> {
                for (int segment : tokenStore.fetchSegments(KafkaPublisher.PROCESSING_GROUP)) {
                    tokenStore.storeToken(position, KafkaPublisher.PROCESSING_GROUP, segment);
                    tokenStore.releaseClaim(KafkaPublisher.PROCESSING_GROUP, segment);
                }
            });
        } finally {
            publisher.start();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("processor", KafkaPublisher.PROCESSING_GROUP);
        body.put("replayingSince", since == null ? "the first stored event" : since.toString());
        return ResponseEntity.accepted().body(body);
    }
}
