package cn.edutrack.local;

import java.nio.file.Path;
import java.util.Optional;

import cn.edutrack.infra.EmbeddedPostgresServer;
import cn.edutrack.infra.KafkaBrokerProcess;
import cn.edutrack.infra.PostgresDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system {@link EdutrackSystem#start started}: where to reach it, and its processes for tests that stop and
 * restart parts. {@link #close()} stops the applications, then Kafka, then PostgreSQL (what it started; given
 * databases and brokers are left alone). A JVM shutdown hook does the same if nobody calls it.
 */
public final class RunningSystem implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningSystem.class);

    private final AppProcess command;
    private final AppProcess query;
    private final AppProcess web;
    private final KafkaBrokerProcess broker;
    private final EmbeddedPostgresServer postgres;
    private final PostgresDatabase commandDatabase;
    private final PostgresDatabase queryDatabase;
    private final String bootstrapServers;
    private final Path usersFile;
    private final Thread shutdownHook;
    private boolean closed;

    private RunningSystem(Builder parts) {
        this.command = parts.command;
        this.query = parts.query;
        this.web = parts.web;
        this.broker = parts.broker;
        this.postgres = parts.postgres;
        this.commandDatabase = parts.commandDatabase;
        this.queryDatabase = parts.queryDatabase;
        this.bootstrapServers = parts.bootstrapServers;
        this.usersFile = parts.usersFile;
        this.shutdownHook = new Thread(this::close, "edutrack-system-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** {@code http://localhost:<port>} of the command API. */
    public String commandUrl() {
        return command.baseUrl();
    }

    /** {@code http://localhost:<port>} of the query API. */
    public String queryUrl() {
        return query.baseUrl();
    }

    /** {@code http://localhost:<port>} of the web UI, when it was started. */
    public Optional<String> webUrl() {
        return Optional.ofNullable(web).map(AppProcess::baseUrl);
    }

    public AppProcess commandSide() {
        return command;
    }

    public AppProcess querySide() {
        return query;
    }

    public PostgresDatabase commandDatabase() {
        return commandDatabase;
    }

    public PostgresDatabase queryDatabase() {
        return queryDatabase;
    }

    public String kafkaBootstrapServers() {
        return bootstrapServers;
    }

    /** The users file both applications authenticate against (local security mode). */
    public Path usersFile() {
        return usersFile;
    }

    /** The broker, when this system started one. */
    public Optional<KafkaBrokerProcess> kafkaBroker() {
        return Optional.ofNullable(broker);
    }

    /** The PostgreSQL server, when this system started one. */
    public Optional<EmbeddedPostgresServer> postgresServer() {
        return Optional.ofNullable(postgres);
    }

    /** Stops the applications, then Kafka, then PostgreSQL. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway, and finds the system closed
            }
        }
        log.info("Stopping Edutrack");
        stopQuietly("the web UI", web == null ? null : web::stop);
        stopQuietly("the command side", command == null ? null : command::stop);
        stopQuietly("the query side", query == null ? null : query::stop);
        stopQuietly("Kafka", broker == null ? null : broker::stop);
        stopQuietly("PostgreSQL", postgres == null ? null : postgres::close);
        log.info("Edutrack stopped");
    }

    private static void stopQuietly(String what, Runnable stop) {
        if (stop == null) {
            return;
        }
        try {
            stop.run();
        } catch (RuntimeException e) {
            log.warn("Could not stop {}", what, e);
        }
    }

    /** The parts as they start; {@link #build()} also serves to stop a half-started system. */
    static final class Builder {
        AppProcess command;
        AppProcess query;
        AppProcess web;
        KafkaBrokerProcess broker;
        EmbeddedPostgresServer postgres;
        PostgresDatabase commandDatabase;
        PostgresDatabase queryDatabase;
        String bootstrapServers;
        Path usersFile;

        RunningSystem build() {
            return new RunningSystem(this);
        }
    }
}
