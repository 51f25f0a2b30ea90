package cn.edutrack.command.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Takes a checkpoint every {@code edutrack.audit.checkpoint-interval} (an ISO-8601 duration, default {@code P1D};
 * {@code 0} or empty: never), the first one interval after start-up, as user {@value #CREATED_BY}. A failed
 * checkpoint is logged and tried again at the next interval.
 */
@Component
class ScheduledCheckpoints implements SmartLifecycle {

    static final String CREATED_BY = "system:scheduler";
    private static final Logger log = LoggerFactory.getLogger(ScheduledCheckpoints.class);

    private final Checkpoints checkpoints;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    ScheduledCheckpoints(Checkpoints checkpoints, @Value("${edutrack.audit.checkpoint-interval:P1D}") String interval) {
        this.checkpoints = checkpoints;
        this.interval = parse(interval);
    }

    static Duration parse(String text) {
        if (text == null || text.isBlank() || text.trim().equals("0")) {
            return Duration.ZERO;
        }
        Duration duration = Duration.parse(text.trim());
        if (duration.isNegative()) {
            throw new IllegalArgumentException("edutrack.audit.checkpoint-interval must not be negative: " + text);
        }
        return duration;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero() || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::checkpoint, millis, millis, TimeUnit.MILLISECONDS);
        log.info("a checkpoint every {}", interval);
    }

    private void checkpoint() {
        try {
            CheckpointFile file = checkpoints.create(CREATED_BY);
            log.info("checkpoint {}: {} aggregates, {} events, root {}", file.id(), file.aggregateCount(),
                    file.eventCount(), file.merkleRoot());
        } catch (RuntimeException e) {
            log.error("scheduled checkpoint failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
