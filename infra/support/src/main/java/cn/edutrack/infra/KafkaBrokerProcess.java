package cn.edutrack.infra;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, single-node Kafka broker (KRaft, broker and controller in one process) running as a child JVM made
 * from the {@code kafka_2.13} jars on this JVM's class path.
 *
 * <ul>
 *   <li>PLAINTEXT on {@code 127.0.0.1:<port>}, the controller on {@code 127.0.0.1:<controllerPort>};</li>
 *   <li>replication factors 1, {@code num.partitions=3}, topics created automatically,
 *       {@code group.initial.rebalance.delay.ms=0};</li>
 *   <li>everything in {@code dataDir}: {@code server.properties}, the logs ({@code data/}), the broker's
 *       output ({@code broker.log}, appended across restarts), the cluster id ({@code cluster.id}).</li>
 * </ul>
 *
 * <p>Lifecycle: {@link #start} waits until an admin client can describe the cluster. {@link #stop()} is a
 * graceful shutdown, {@link #kill()} a {@code kill -9}, {@link #restart()} starts it again on the same ports
 * and data (records kept). A JVM shutdown hook stops a broker still running when this JVM exits (see
 * {@link #detachShutdownHook()}); besides, the child watches a pipe from this JVM and shuts down when this JVM
 * dies in any way, so no broker is left behind.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBrokerProcess.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** Environment variable replacing the broker JVM's default options (heap, GC, JIT). */
    public static final String JVM_OPTIONS_ENV = "EDUTRACK_KAFKA_JVM_OPTS";

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final String clusterId;
    private final List<String> classPath;
    private final Thread shutdownHook;
    private volatile boolean hookAttached;

    private Process process;
    private OutputStream lifeline;

    private KafkaBrokerProcess(Path dataDir, int port, int controllerPort) throws IOException {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.port = port;
        this.controllerPort = controllerPort;
        Files.createDirectories(this.dataDir);
        this.clusterId = readOrCreateClusterId(this.dataDir.resolve("cluster.id"));
        this.classPath = brokerClassPath();
        writeConfiguration();
        this.shutdownHook = new Thread(this::stopQuietly, "kafka-broker-" + port + "-shutdown");
    }

    /** Starts a broker on free ports with its data in {@code dataDir}. */
    public static KafkaBrokerProcess start(Path dataDir) {
        int[] ports = FreePorts.take(2);
        return start(dataDir, ports[0], ports[1]);
    }

    /**
     * Starts a broker (formatting {@code dataDir} on first use) and waits until it serves requests.
     *
     * @throws IllegalStateException if it does not become ready in time; its output is in {@code broker.log}
     */
    public static KafkaBrokerProcess start(Path dataDir, int port, int controllerPort) {
        try {
            KafkaBrokerProcess broker = new KafkaBrokerProcess(dataDir, port, controllerPort);
            broker.launch();
            Runtime.getRuntime().addShutdownHook(broker.shutdownHook);
            broker.hookAttached = true;
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a Kafka broker in " + dataDir, e);
        }
    }

    /** {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The broker's own output, appended across restarts. */
    public Path logFile() {
        return dataDir.resolve("broker.log");
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The child's process id, or -1 when it is not running. */
    public synchronized long pid() {
        return isRunning() ? process.pid() : -1;
    }

    /** Graceful shutdown (SIGTERM, then forcibly after 30 s). Does nothing when not running. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        long t0 = System.nanoTime();
        if (!ChildProcesses.stop(process, STOP_TIMEOUT)) {
            log.warn("Kafka broker on port {} did not stop in {}; killed it", port, STOP_TIMEOUT);
        }
        log.info("Kafka broker on port {} stopped in {} ms", port, (System.nanoTime() - t0) / 1_000_000);
        released();
    }

    /** Kills the broker at once, like {@code kill -9}, and waits until it is gone. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        ChildProcesses.kill(process);
        log.info("Kafka broker on port {} killed", port);
        released();
    }

    /** Stops the broker if it runs, then starts it again on the same ports with the same data. */
    public synchronized void restart() {
        stop();
        try {
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restart the Kafka broker in " + dataDir, e);
        }
    }

    /**
     * Removes the shutdown hook that stops this broker when the JVM exits, for a caller that stops things in
     * its own order. The broker still shuts itself down when this JVM is gone.
     */
    public void detachShutdownHook() {
        if (hookAttached && ChildProcesses.removeShutdownHook(shutdownHook)) {
            hookAttached = false;
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "KafkaBrokerProcess[" + bootstrapServers() + ", controller " + controllerPort + ", " + dataDir + "]";
    }

    // ---------------------------------------------------------------------------------------------------

    private void launch() throws IOException {
        long t0 = System.nanoTime();
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>();
        command.add(javaBin.toString());
        command.addAll(jvmOptions());
        command.addAll(List.of(
                "-Djava.awt.headless=true",
                "-Djava.net.preferIPv4Stack=true",
                "-Dlog4j2.configurationFile=" + dataDir.resolve("log4j2.properties").toUri(),
                "-Dlogback.configurationFile=" + dataDir.resolve("logback.xml"),
                "-Dkafka.logs.dir=" + dataDir.resolve("logs"),
                "-cp", String.join(File.pathSeparator, classPath),
                KafkaBrokerMain.class.getName(),
                dataDir.resolve("server.properties").toString(),
                clusterId,
                dataDir.resolve("data").toString()));
        ProcessBuilder builder = new ProcessBuilder(ChildProcesses.inOwnSession(command))
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        Map<String, String> env = builder.environment();
        env.remove("KAFKA_OPTS");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        Process started = builder.start();
        synchronized (this) {
            process = started;
            lifeline = started.getOutputStream();
        }
        try {
            awaitReady(started);
        } catch (RuntimeException e) {
            kill();
            throw e;
        }
        log.info("Kafka broker {} ready in {} ms (pid {}, log {})", bootstrapServers(),
                (System.nanoTime() - t0) / 1_000_000, started.pid(), logFile());
    }

    /** {@value #JVM_OPTIONS_ENV} when set, else a small heap and a quick start (C1 only: a test broker). */
    private static List<String> jvmOptions() {
        String fromEnv = System.getenv(JVM_OPTIONS_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Arrays.asList(fromEnv.trim().split("\\s+"));
        }
        return List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    }

    private void awaitReady(Process started) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Properties adminProps = new Properties();
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        adminProps.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        adminProps.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        adminProps.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "200");
        Admin admin = null;
        try {
            while (true) {
                if (!started.isAlive()) {
                    throw new IllegalStateException("The Kafka broker process exited with " + started.exitValue()
                            + " before becoming ready; see " + logFile() + ":\n" + tail(logFile(), 40));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The Kafka broker did not become ready in " + START_TIMEOUT
                            + "; see " + logFile() + ":\n" + tail(logFile(), 40));
                }
                if (admin == null && accepts(port)) {
                    admin = Admin.create(adminProps);
                }
                if (admin != null) {
                    try {
                        if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                                .nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                            return;
                        }
                    } catch (Exception notYet) {
                        if (notYet instanceof InterruptedException) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("Interrupted while waiting for the broker", notYet);
                        }
                    }
                }
                // the pause between polls is a wait on the child, so a crash ends it at once
                started.waitFor(100, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the broker", e);
        } finally {
            if (admin != null) {
                admin.close(Duration.ofSeconds(2));
            }
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void released() {
        if (lifeline != null) {
            try {
                lifeline.close();
            } catch (IOException ignored) {
                // the child is gone
            }
        }
        lifeline = null;
        process = null;
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            log.warn("Could not stop the Kafka broker on port {}", port, e);
        }
    }

    private void writeConfiguration() throws IOException {
        Path data = dataDir.resolve("data");
        Files.createDirectories(data);
        String listeners = "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort;
        String server = String.join("\n",
                "# Written by cn.edutrack.infra.KafkaBrokerProcess on every start.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=" + listeners,
                "advertised.listeners=" + listeners,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + data,
                "num.partitions=3",
                "default.replication.factor=1",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=5",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "# after a kill -9 the old registration must expire before the broker may register again",
                "broker.heartbeat.interval.ms=500",
                "broker.session.timeout.ms=4000",
                "num.network.threads=2",
                "num.io.threads=4",
                "num.recovery.threads.per.data.dir=1",
                "log.retention.hours=168",
                "");
        Files.writeString(dataDir.resolve("server.properties"), server, StandardCharsets.UTF_8);
        Path appLogs = dataDir.resolve("logs");
        Files.createDirectories(appLogs);
        // The broker logs through SLF4J (to whichever binding the class path has) and partly through Log4j 2:
        // both go to standard output, which is broker.log. INFO for the broker, WARN for the chatty parts.
        String log4j2 = String.join("\n",
                "status = warn",
                "appender.out.type = Console",
                "appender.out.name = OUT",
                "appender.out.layout.type = PatternLayout",
                "appender.out.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.out.ref = OUT",
                "logger.state.name = state.change.logger",
                "logger.state.level = WARN",
                "logger.request.name = kafka.request.logger",
                "logger.request.level = WARN",
                "logger.config.name = org.apache.kafka.common.config.AbstractConfig",
                "logger.config.level = WARN",
                "logger.kafkaconfig.name = kafka.server.KafkaConfig",
                "logger.kafkaconfig.level = WARN",
                "");
        Files.writeString(dataDir.resolve("log4j2.properties"), log4j2, StandardCharsets.UTF_8);
        String logback = String.join("\n",
                "<configuration>",
                "  <appender name=\"OUT\" class=\"ch.qos.logback.core.ConsoleAppender\">",
                "    <encoder><pattern>[%d] %level %msg \\(%logger\\)%n</pattern></encoder>",
                "  </appender>",
                "  <logger name=\"state.change.logger\" level=\"WARN\"/>",
                "  <logger name=\"kafka.request.logger\" level=\"WARN\"/>",
                "  <logger name=\"org.apache.kafka.clients\" level=\"WARN\"/>",
                "  <logger name=\"org.apache.kafka.common.config.AbstractConfig\" level=\"WARN\"/>",
                "  <logger name=\"kafka.server.KafkaConfig\" level=\"WARN\"/>",
                "  <root level=\"INFO\"><appender-ref ref=\"OUT\"/></root>",
                "</configuration>",
                "");
        Files.writeString(dataDir.resolve("logback.xml"), logback, StandardCharsets.UTF_8);
    }

    private static String readOrCreateClusterId(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String id = kafkaUuid();
        Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
        return id;
    }

    /** A random cluster id; Kafka's own kind never starts with '-', which its command line would misread. */
    private static String kafkaUuid() {
        return org.apache.kafka.common.Uuid.randomUuid().toString();
    }

    /**
     * The child's class path: this JVM's {@code java.class.path} when it holds the Kafka broker (true for a
     * plain {@code java -cp} and for Surefire and Failsafe forks), else Surefire's test class path property.
     */
    static List<String> brokerClassPath() {
        String kafkaJar = codeSource(kafka.Kafka.class);
        String ownJar = codeSource(KafkaBrokerMain.class);
        for (String property : new String[] {"java.class.path", "surefire.test.class.path"}) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                continue;
            }
            // absolute: the child runs in the data directory
            List<String> entries = Arrays.stream(value.split(File.pathSeparator))
                    .filter(entry -> !entry.isBlank())
                    .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                    .toList();
            if (contains(entries, kafkaJar) && contains(entries, ownJar)) {
                return entries;
            }
        }
        throw new IllegalStateException("Cannot build the Kafka broker's class path: neither java.class.path nor "
                + "surefire.test.class.path holds " + kafkaJar + " and " + ownJar);
    }

    private static boolean contains(List<String> entries, String path) {
        Path wanted = Path.of(path).toAbsolutePath().normalize();
        return entries.stream().anyMatch(entry -> Path.of(entry).toAbsolutePath().normalize().equals(wanted));
    }

    private static String codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("Cannot locate the jar of " + type.getName(), e);
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no output: " + e + ")";
        }
    }
}
