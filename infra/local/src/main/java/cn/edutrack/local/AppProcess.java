package cn.edutrack.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import cn.edutrack.infra.ChildProcesses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Spring Boot application ({@code java -jar <exec jar> --server.port=... <arguments>}) as a child process,
 * its output appended to a log file. Its process id is kept in {@code <log file>.pid}, so that a later start
 * can end an application left running by a launcher that was killed. Secrets (the database password) go to the
 * child in its environment, never on its command line, which every user of the machine can read ({@code ps}).
 */
public final class AppProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AppProcess.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final Path jar;
    private final int port;
    private final List<String> jvmOptions;
    private final List<String> arguments;
    private final Map<String, String> environment;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    /**
     * @param environment added to (or replacing in) the child's environment, e.g. {@code SPRING_DATASOURCE_PASSWORD}
     */
    AppProcess(String name, Path jar, int port, List<String> jvmOptions, List<String> arguments,
               Map<String, String> environment, Path logFile) {
        this.name = name;
        this.jar = jar.toAbsolutePath().normalize();
        this.port = port;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.arguments = List.copyOf(arguments);
        this.environment = Map.copyOf(environment);
        this.logFile = logFile.toAbsolutePath().normalize();
    }

    public String name() {
        return name;
    }

    /** {@code http://localhost:<port>}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The child's process id, or -1 when it is not running. */
    public synchronized long pid() {
        return isRunning() ? process.pid() : -1;
    }

    /** Starts the process (not waiting for it to be healthy). */
    synchronized void launch() {
        if (isRunning()) {
            throw new IllegalStateException(name + " is already running");
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + ": no application jar at " + jar + " (build with ./mvnw -DskipTests package)");
        }
        endLeftover();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.addAll(arguments);
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "=== " + java.time.Instant.now() + " starting " + name + " ===\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(ChildProcesses.inOwnSession(command))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("JDK_JAVA_OPTIONS");
            builder.environment().putAll(environment);
            process = builder.start();
            Files.writeString(pidFile(), Long.toString(process.pid()), StandardCharsets.UTF_8);
            log.info("{} started (pid {}, port {}, log {})", name, process.pid(), port, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /**
     * Waits until {@code GET /actuator/health} answers {@code UP}.
     *
     * @throws IllegalStateException when the process exits or the time is up; the message ends with its log
     */
    public void awaitHealthy(Duration timeout) {
        Process started;
        synchronized (this) {
            started = process;
        }
        if (started == null) {
            throw new IllegalStateException(name + " is not running");
        }
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            while (true) {
                if (!started.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + started.exitValue()
                            + " before it was healthy; see " + logFile + ":\n" + tail(60));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + " was not healthy within " + timeout + "; see " + logFile
                            + ":\n" + tail(60));
                }
                if (isUp(request)) {
                    log.info("{} healthy at {} after {} ms", name, baseUrl(), (System.nanoTime() - t0) / 1_000_000);
                    return;
                }
                // the pause between polls is a wait on the child, so a crash ends it at once
                started.waitFor(500, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
    }

    private boolean isUp(HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            JsonNode status = JSON.readTree(response.body()).get("status");
            return status != null && "UP".equals(status.asString());
        } catch (IOException | RuntimeException notYet) {
            return false;
        }
    }

    /** Graceful stop (SIGTERM; Spring closes its context), forcibly after 30 s. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        if (!ChildProcesses.stop(process, STOP_TIMEOUT)) {
            log.warn("{} did not stop within {}; killed it", name, STOP_TIMEOUT);
        }
        log.info("{} stopped", name);
        released();
    }

    /** Kills the process at once, like {@code kill -9}. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        ChildProcesses.kill(process);
        log.info("{} killed", name);
        released();
    }

    /** Stops the application if it runs, starts it again with the same arguments and waits until it is healthy. */
    public void restart(Duration timeout) {
        stop();
        launch();
        awaitHealthy(timeout);
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return name + "[" + baseUrl() + ", " + jar.getFileName() + "]";
    }

    private void released() {
        process = null;
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException ignored) {
            // stale pid files are checked against the command line anyway
        }
    }

    private Path pidFile() {
        return logFile.resolveSibling(logFile.getFileName() + ".pid");
    }

    /** Ends a process of this application left behind by an earlier launcher that was killed. */
    private void endLeftover() {
        Path pidFile = pidFile();
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> leftover;
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
            leftover = ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().arguments()
                            .map(args -> List.of(args).contains(jar.toString()))
                            .orElse(false));
        } catch (IOException | RuntimeException unreadable) {
            leftover = Optional.empty();
        }
        leftover.ifPresent(p -> {
            log.warn("{} of an earlier run (pid {}) is still running; stopping it", name, p.pid());
            p.destroy();
            try {
                p.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
                p.onExit().join();
            }
        });
    }

    private String tail(int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no output: " + e + ")";
        }
    }
}
