package cn.edutrack.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.edutrack.events.Topics;
import cn.edutrack.infra.EmbeddedPostgresServer;
import cn.edutrack.infra.FreePorts;
import cn.edutrack.infra.KafkaBrokerProcess;
import cn.edutrack.infra.PostgresDatabase;
import cn.edutrack.local.demo.DemoUsers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the whole system on this machine: PostgreSQL and Kafka (embedded, or given), then the command side and
 * the query side as processes, and the web UI when it has a port, and waits until they are healthy. {@link RunningSystem#close()} stops them in
 * the reverse order: applications, Kafka, PostgreSQL (only what it started).
 *
 * <pre>{@code
 * try (RunningSystem system = EdutrackSystem.start(Config.forTests(workDir, commandDb, queryDb, bootstrap))) {
 *     // POST to system.commandUrl() + "/api/projects", GET system.queryUrl() + "/api/projects/{id}"
 * }
 * }</pre>
 */
public final class EdutrackSystem {

    public static final String COMMAND_DATABASE = "edutrack_command";
    public static final String QUERY_DATABASE = "edutrack_query";
    /** The name of the users file local mode writes beside its state. */
    public static final String USERS_FILE_NAME = "local-users.yaml";

    private static final Logger log = LoggerFactory.getLogger(EdutrackSystem.class);

    private EdutrackSystem() {
    }

    // ---------------------------------------------------------------------------------------------- config

    /** Where the two databases come from. */
    public sealed interface Databases permits EmbeddedDatabases, ServerDatabases, GivenDatabases {
    }

    /** An {@link EmbeddedPostgresServer} with its data in {@code dataDir}; both databases created if missing. */
    public record EmbeddedDatabases(Path dataDir, int port) implements Databases {
    }

    /**
     * A running PostgreSQL: {@code jdbcUrl} names any database on it; {@value #COMMAND_DATABASE} and
     * {@value #QUERY_DATABASE} are created there unless they exist (which needs {@code CREATE DATABASE}).
     */
    public record ServerDatabases(String jdbcUrl, String username, String password) implements Databases {
    }

    /** Two existing databases, e.g. from {@code Infrastructure.get().newDatabase(..)}. */
    public record GivenDatabases(PostgresDatabase command, PostgresDatabase query) implements Databases {
    }

    /** Where Kafka comes from. */
    public sealed interface Kafka permits EmbeddedKafka, GivenKafka {
    }

    /** A {@link KafkaBrokerProcess} with its data in {@code dataDir}. */
    public record EmbeddedKafka(Path dataDir, int port, int controllerPort) implements Kafka {
    }

    /** A running broker. */
    public record GivenKafka(String bootstrapServers) implements Kafka {
    }

    /**
     * The users both applications authenticate (local mode: {@code edutrack.security.mode=local}, HTTP Basic against
     * {@code edutrack.security.users-file}).
     */
    public sealed interface Users permits BundledUsers, GivenUsers {
        Path file();
    }

    /** The local users of this module ({@code local-users.yaml}, see {@code DemoUsers}), written to {@code file}. */
    public record BundledUsers(Path file) implements Users {
    }

    /** A users file of one's own, used as it is. */
    public record GivenUsers(Path file) implements Users {
    }

    /**
     * Everything {@link #start} needs.
     *
     * @param logDir          the applications' logs ({@code command-side.log}, {@code query-side.log})
     * @param appsDir         the folder with the applications' executable jars ({@code command-side*.jar},
     *                        {@code query-side*.jar})
     * @param users           the users file both applications authenticate against (local security mode)
     * @param appJvmOptions   the applications' JVM options
     * @param commandArgs     more {@code --name=value} arguments for the command side
     * @param queryArgs       more {@code --name=value} arguments for the query side
     * @param webPort         the web UI's port; 0: the web UI is not started
     */
    public record Config(Databases databases, Kafka kafka, int commandPort, int queryPort, Path logDir, Path appsDir,
                         Users users, Duration startupTimeout, List<String> appJvmOptions, List<String> commandArgs,
                         List<String> queryArgs, int webPort) {

        public static final List<String> DEFAULT_APP_JVM_OPTIONS = List.of(
                "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8");

        public Config {
            Objects.requireNonNull(databases, "databases");
            Objects.requireNonNull(kafka, "kafka");
            Objects.requireNonNull(logDir, "logDir");
            Objects.requireNonNull(appsDir, "appsDir");
            Objects.requireNonNull(users, "users");
            Objects.requireNonNull(startupTimeout, "startupTimeout");
            appJvmOptions = List.copyOf(appJvmOptions);
            commandArgs = List.copyOf(commandArgs);
            queryArgs = List.copyOf(queryArgs);
        }

        /**
         * Local mode: state under {@code workDir} ({@code postgres/}, {@code kafka/}, {@code logs/}), ports 8081 and
         * 8082, PostgreSQL on 54329 and Kafka on 19092/19093, each overridable by the environment:
         * {@code EDUTRACK_JDBC_URL} (+ {@code EDUTRACK_JDBC_USER}, {@code EDUTRACK_JDBC_PASSWORD}) for an external
         * PostgreSQL, {@code EDUTRACK_PG_PORT}, {@code EDUTRACK_KAFKA_BOOTSTRAP_SERVERS} for an external broker,
         * {@code EDUTRACK_KAFKA_PORT}, {@code EDUTRACK_KAFKA_CONTROLLER_PORT}, {@code EDUTRACK_COMMAND_PORT},
         * {@code EDUTRACK_QUERY_PORT}, {@code EDUTRACK_WEB_PORT} (the web UI, 8080; 0 for none), {@code EDUTRACK_APPS_DIR}, {@code EDUTRACK_APP_JVM_OPTS},
         * {@code EDUTRACK_STARTUP_TIMEOUT_SECONDS}. The local users are written to {@code workDir/local-users.yaml};
         * {@code EDUTRACK_USERS_FILE} names a users file of one's own instead.
         */
        public static Config local(Path workDir, Map<String, String> env) {
            Databases databases = value(env, "EDUTRACK_JDBC_URL")
                    .<Databases>map(url -> new ServerDatabases(url,
                            value(env, "EDUTRACK_JDBC_USER").orElse("postgres"),
                            value(env, "EDUTRACK_JDBC_PASSWORD").orElse("")))
                    .orElseGet(() -> new EmbeddedDatabases(workDir.resolve("postgres"), port(env, "EDUTRACK_PG_PORT", 54329)));
            Kafka kafka = value(env, "EDUTRACK_KAFKA_BOOTSTRAP_SERVERS")
                    .<Kafka>map(GivenKafka::new)
                    .orElseGet(() -> new EmbeddedKafka(workDir.resolve("kafka"),
                            port(env, "EDUTRACK_KAFKA_PORT", 19092), port(env, "EDUTRACK_KAFKA_CONTROLLER_PORT", 19093)));
            List<String> jvm = value(env, "EDUTRACK_APP_JVM_OPTS")
                    .map(v -> Arrays.asList(v.split("\\s+")))
                    .orElse(DEFAULT_APP_JVM_OPTIONS);
            Path apps = value(env, "EDUTRACK_APPS_DIR").map(Path::of).orElseGet(Config::defaultAppsDir);
            Duration timeout = Duration.ofSeconds(port(env, "EDUTRACK_STARTUP_TIMEOUT_SECONDS", 240));
            Users users = value(env, "EDUTRACK_USERS_FILE").<Users>map(file -> new GivenUsers(Path.of(file)))
                    .orElseGet(() -> new BundledUsers(workDir.resolve(USERS_FILE_NAME)));
            return new Config(databases, kafka, port(env, "EDUTRACK_COMMAND_PORT", 8081),
                    port(env, "EDUTRACK_QUERY_PORT", 8082), workDir.resolve("logs"), apps, users, timeout, jvm,
                    List.of(), List.of(), port(env, "EDUTRACK_WEB_PORT", 8080));
        }

        /**
         * For tests: two given databases, a given broker, free ports, logs and the local users (written) under
         * {@code workDir}.
         */
        public static Config forTests(Path workDir, PostgresDatabase command, PostgresDatabase query,
                                      String kafkaBootstrapServers) {
            int[] ports = FreePorts.take(2);
            return new Config(new GivenDatabases(command, query), new GivenKafka(kafkaBootstrapServers),
                    ports[0], ports[1], workDir.resolve("logs"),
                    defaultAppsDir(), new BundledUsers(workDir.resolve(USERS_FILE_NAME)), Duration.ofSeconds(240),
                    DEFAULT_APP_JVM_OPTIONS, List.of(), List.of(), 0);
        }

        public Config withPorts(int commandPort, int queryPort) {
            return new Config(databases, kafka, commandPort, queryPort, logDir, appsDir, users, startupTimeout,
                    appJvmOptions, commandArgs, queryArgs, webPort);
        }

        public Config withAppArguments(List<String> commandArgs, List<String> queryArgs) {
            return new Config(databases, kafka, commandPort, queryPort, logDir, appsDir, users, startupTimeout,
                    appJvmOptions, commandArgs, queryArgs, webPort);
        }

        /** With the web UI, on a free port. */
        public Config withWeb() {
            return new Config(databases, kafka, commandPort, queryPort, logDir, appsDir, users, startupTimeout,
                    appJvmOptions, commandArgs, queryArgs, FreePorts.take());
        }

        /**
         * System property {@code edutrack.apps.dir}, else {@code infra/local/target/apps} (from the repository
         * root), else {@code target/apps} (from this module, as Failsafe runs).
         */
        public static Path defaultAppsDir() {
            String property = System.getProperty("edutrack.apps.dir");
            if (property != null && !property.isBlank()) {
                return Path.of(property);
            }
            Path fromRoot = Path.of("infra", "local", "target", "apps");
            return Files.isDirectory(fromRoot) ? fromRoot : Path.of("target", "apps");
        }

        private static Optional<String> value(Map<String, String> env, String name) {
            return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
        }

        private static int port(Map<String, String> env, String name, int fallback) {
            return value(env, name).map(Integer::parseInt).orElse(fallback);
        }
    }

    // ----------------------------------------------------------------------------------------------- start

    /**
     * Starts everything and waits until both applications answer {@code UP} on {@code /actuator/health}.
     * PostgreSQL and Kafka start in parallel; the applications too, except on a broker without the project-events
     * topic: then the query side starts once the command side (which creates the topic) is up.
     * On failure, stops what it started and throws. A JVM shutdown hook closes the system if the caller does not.
     */
    public static RunningSystem start(Config config) {
        long t0 = System.nanoTime();
        RunningSystem.Builder parts = new RunningSystem.Builder();
        try {
            Path usersFile = usersFile(config.users());
            parts.usersFile = usersFile;
            CompletableFuture<Void> postgres = CompletableFuture.runAsync(() -> startDatabases(config, parts));
            CompletableFuture<Void> kafka = CompletableFuture.runAsync(() -> startKafka(config, parts));
            // both settle before either failure is thrown, so whatever started is known and stopped
            settle(postgres);
            settle(kafka);
            join(postgres);
            join(kafka);

            Path commandJar = findJar(config.appsDir(), "command-side");
            Path queryJar = findJar(config.appsDir(), "query-side");
            AppProcess command = new AppProcess("command-side", commandJar, config.commandPort(),
                    config.appJvmOptions(),
                    appArguments(parts.commandDatabase, parts.bootstrapServers, usersFile, config.commandArgs()),
                    secrets(parts.commandDatabase), config.logDir().resolve("command-side.log"));
            AppProcess query = new AppProcess("query-side", queryJar, config.queryPort(),
                    config.appJvmOptions(),
                    appArguments(parts.queryDatabase, parts.bootstrapServers, usersFile, config.queryArgs()),
                    secrets(parts.queryDatabase), config.logDir().resolve("query-side.log"));
            parts.command = command;
            parts.query = query;
            command.launch();
            if (topicExists(parts.bootstrapServers)) {
                query.launch();
                CompletableFuture<Void> commandUp = CompletableFuture.runAsync(() -> command.awaitHealthy(config.startupTimeout()));
                CompletableFuture<Void> queryUp = CompletableFuture.runAsync(() -> query.awaitHealthy(config.startupTimeout()));
                settle(commandUp);
                settle(queryUp);
                join(commandUp);
                join(queryUp);
            } else {
                // The command side declares the topic (with its partition count) as it starts. A consumer that
                // subscribed first would have the broker create it with the broker's default partition count.
                command.awaitHealthy(config.startupTimeout());
                query.launch();
                query.awaitHealthy(config.startupTimeout());
            }
            if (config.webPort() > 0) {
                AppProcess web = new AppProcess("web", findJar(config.appsDir(), "web"), config.webPort(),
                        config.appJvmOptions(), List.of("--edutrack.web.command-url=" + command.baseUrl(),
                                "--edutrack.web.query-url=" + query.baseUrl()),
                        Map.of(), config.logDir().resolve("web.log"));
                parts.web = web;
                web.launch();
                web.awaitHealthy(config.startupTimeout());
            }
            RunningSystem system = parts.build();
            log.info("Edutrack started in {} ms: command {}, query {}, web {}", (System.nanoTime() - t0) / 1_000_000,
                    system.commandUrl(), system.queryUrl(), system.webUrl().orElse("not started"));
            return system;
        } catch (RuntimeException e) {
            parts.build().close();
            throw e;
        }
    }

    private static void startDatabases(Config config, RunningSystem.Builder parts) {
        if (config.databases() instanceof EmbeddedDatabases embedded) {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(embedded.dataDir(), embedded.port());
            server.detachShutdownHook(); // the system stops it, after the applications
            parts.postgres = server;
            server.createDatabaseIfMissing(COMMAND_DATABASE);
            server.createDatabaseIfMissing(QUERY_DATABASE);
            parts.commandDatabase = new PostgresDatabase(server.jdbcUrl(COMMAND_DATABASE), server.username(), server.password());
            parts.queryDatabase = new PostgresDatabase(server.jdbcUrl(QUERY_DATABASE), server.username(), server.password());
        } else if (config.databases() instanceof ServerDatabases server) {
            parts.commandDatabase = PostgresDatabase.createIfMissing(server.jdbcUrl(), server.username(), server.password(), COMMAND_DATABASE);
            parts.queryDatabase = PostgresDatabase.createIfMissing(server.jdbcUrl(), server.username(), server.password(), QUERY_DATABASE);
        } else if (config.databases() instanceof GivenDatabases given) {
            parts.commandDatabase = given.command();
            parts.queryDatabase = given.query();
        }
    }

    private static void startKafka(Config config, RunningSystem.Builder parts) {
        if (config.kafka() instanceof EmbeddedKafka embedded) {
            KafkaBrokerProcess broker = KafkaBrokerProcess.start(embedded.dataDir(), embedded.port(), embedded.controllerPort());
            broker.detachShutdownHook(); // the system stops it, after the applications
            parts.broker = broker;
            parts.bootstrapServers = broker.bootstrapServers();
        } else if (config.kafka() instanceof GivenKafka given) {
            parts.bootstrapServers = given.bootstrapServers();
        }
    }

    /** Whether the project-events topic exists; false also when the broker cannot say within 15 s. */
    static boolean topicExists(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000))) {
            return admin.listTopics().names().get(15, TimeUnit.SECONDS).contains(Topics.PROJECT_EVENTS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Could not list the topics at {}: {}", bootstrapServers, e.toString());
            return false;
        }
    }

    /**
     * The command line of an application: no secret on it (see {@link #secrets}); local security mode with the users
     * file.
     */
    private static List<String> appArguments(PostgresDatabase db, String bootstrapServers, Path usersFile,
                                             List<String> extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.username(),
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--edutrack.security.mode=local",
                "--edutrack.security.users-file=file:" + usersFile));
        args.addAll(extra);
        return args;
    }

    /** The database password, for the application's environment (Spring Boot reads SPRING_DATASOURCE_PASSWORD). */
    private static Map<String, String> secrets(PostgresDatabase db) {
        return Map.of("SPRING_DATASOURCE_PASSWORD", db.password() == null ? "" : db.password());
    }

    /** The users file, the bundled one written first; absolute, as the applications get it. */
    static Path usersFile(Users users) {
        Path file = users.file().toAbsolutePath().normalize();
        if (users instanceof BundledUsers) {
            DemoUsers.writeTo(file);
        } else if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No users file at " + file + " (EDUTRACK_USERS_FILE)");
        }
        return file;
    }

    /** The one {@code <prefix>*.jar} in {@code appsDir}, preferring an {@code -exec} jar. */
    static Path findJar(Path appsDir, String prefix) {
        List<Path> candidates = new ArrayList<>();
        if (Files.isDirectory(appsDir)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(appsDir, prefix + "*.jar")) {
                jars.forEach(candidates::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return candidates.stream()
                .filter(p -> p.getFileName().toString().contains("exec"))
                .findFirst()
                .or(() -> candidates.stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("No " + prefix + " jar in " + appsDir.toAbsolutePath()
                        + "; build first: ./mvnw -q -DskipTests package"));
    }

    private static void settle(CompletableFuture<Void> future) {
        future.handle((ok, failure) -> null).join();
    }

    private static void join(CompletableFuture<Void> future) {
        try {
            future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
