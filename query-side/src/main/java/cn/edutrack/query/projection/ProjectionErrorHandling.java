package cn.edutrack.query.projection;

import cn.edutrack.events.CloudEventHeaders;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What the listener containers (of the project topic and of the plan topic) do when projecting a record throws
 * (Spring Boot hands this handler to the auto-configured container factory, which both listeners use).
 * Unreadable records never get here: they are recorded as anomalies by the listeners. What does get here is a failed transaction:
 * <ul>
 *   <li>transient (database unreachable, connection lost, serialization failure): retried with an
 *       exponential back-off capped at {@code max-interval}, for {@code transient-max-elapsed};</li>
 *   <li>anything else: retried {@code other-attempts} times;</li>
 * </ul>
 * then recorded as a {@code PROJECTION_FAILED} anomaly and passed over. If even recording fails (the
 * database is still down) the handler starts retrying the record again rather than losing it.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionErrorHandling.class);

    @Bean
    DefaultErrorHandler projectionErrorHandler(ProjectionAnomalies anomalies, ProjectionRetryProperties retry) {
        ExponentialBackOff transientBackOff = new ExponentialBackOff(retry.initialInterval().toMillis(), 2.0);
        transientBackOff.setMaxInterval(retry.maxInterval().toMillis());
        transientBackOff.setMaxElapsedTime(retry.transientMaxElapsed().toMillis());
        BackOff otherBackOff = new FixedBackOff(retry.initialInterval().toMillis(), retry.otherAttempts());

        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            LOG.error("giving up on record {}-{}@{}", record.topic(), record.partition(), record.offset(), failure);
            anomalies.record(failed(record, failure));
        }, otherBackOff);
        handler.setBackOffFunction((record, failure) -> isTransient(failure) ? transientBackOff : null);
        return handler;
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    private static Anomaly failed(ConsumerRecord<?, ?> record, Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new Anomaly(AnomalyKind.PROJECTION_FAILED,
                CloudEventRecords.header(record, CloudEventHeaders.SUBJECT),
                null,
                parseLong(CloudEventRecords.header(record, CloudEventHeaders.SEQUENCE)),
                CloudEventRecords.header(record, CloudEventHeaders.ID),
                CloudEventRecords.header(record, CloudEventHeaders.TYPE),
                "projecting failed after retries: " + root,
                KafkaOrigin.of(record));
    }

    private static Long parseLong(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
