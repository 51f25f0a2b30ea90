package cn.edutrack.query.projection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the projection retries a record whose transaction failed ({@code edutrack.projection.retry.*}).
 *
 * @param initialInterval   first wait after a transient database failure
 * @param maxInterval       longest wait between two attempts
 * @param transientMaxElapsed how long to keep retrying a transient failure (database down, connection
 *                          lost, serialization failure) before recording the record as failed
 * @param otherAttempts     retries of any other failure before recording it as failed
 */
@ConfigurationProperties("edutrack.projection.retry")
public record ProjectionRetryProperties(
        @DefaultValue("500ms") Duration initialInterval,
        @DefaultValue("30s") Duration maxInterval,
        @DefaultValue("15m") Duration transientMaxElapsed,
        @DefaultValue("2") int otherAttempts) {
}
