package cn.edutrack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL and Kafka that tests use, chosen once per JVM and started lazily (PostgreSQL on the first
 * {@link #newDatabase}, Kafka on the first {@link #kafkaBootstrapServers()}), each independently:
 *
 * <ol>
 *   <li>from the environment: {@code EDUTRACK_TEST_JDBC_URL} (a database on a server where
 *       {@code EDUTRACK_TEST_JDBC_USER} / {@code EDUTRACK_TEST_JDBC_PASSWORD} may {@code CREATE DATABASE}) and
 *       {@code EDUTRACK_TEST_KAFKA_BOOTSTRAP_SERVERS};</li>
 *   <li>else, when Testcontainers finds Docker: a {@code postgres:17} and an {@code apache/kafka} container;</li>
 *   <li>else: an embedded PostgreSQL 17 (zonky) and a {@link KafkaBrokerProcess}.</li>
 * </ol>
 *
 * Everything started here is stopped when the JVM exits. Typical use in a Spring test:
 * <pre>{@code
 * @DynamicPropertySource
 * static void infrastructure(DynamicPropertyRegistry registry) {
 *     PostgresDatabase db = Infrastructure.get().newDatabase("command");
 *     registry.add("spring.datasource.url", db::jdbcUrl);
 *     registry.add("spring.datasource.username", db::username);
 *     registry.add("spring.datasource.password", db::password);
 *     registry.add("spring.kafka.bootstrap-servers", Infrastructure.get()::kafkaBootstrapServers);
 * }
 * }</pre>
 */
public final class Infrastructure {

    public static final String ENV_JDBC_URL = "EDUTRACK_TEST_JDBC_URL";
    public static final String ENV_JDBC_USER = "EDUTRACK_TEST_JDBC_USER";
    public static final String ENV_JDBC_PASSWORD = "EDUTRACK_TEST_JDBC_PASSWORD";
    public static final String ENV_KAFKA = "EDUTRACK_TEST_KAFKA_BOOTSTRAP_SERVERS";

    static final String POSTGRES_IMAGE = "postgres:17";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.0";

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);
    private static Infrastructure instance;

    private final AtomicInteger databases = new AtomicInteger();
    private final String runId = String.format("%06x", ThreadLocalRandom.current().nextInt(0x1000000));
    private Boolean dockerAvailable;
    private Postgres postgres;
    private String kafkaBootstrapServers;
    private String kafkaDescription = "Kafka: not started";

    private Infrastructure() {
    }

    /** The JVM's one instance. */
    public static synchronized Infrastructure get() {
        if (instance == null) {
            instance = new Infrastructure();
        }
        return instance;
    }

    /**
     * A fresh, empty database with a unique name starting with {@code namePrefix} (lower-cased; characters other
     * than letters, digits and {@code _} become {@code _}).
     */
    public PostgresDatabase newDatabase(String namePrefix) {
        Postgres server = postgres();
        String name = databaseName(namePrefix);
        PostgresUrls.createDatabaseIfMissing(server.adminUrl, server.username, server.password, name);
        return new PostgresDatabase(PostgresUrls.withDatabase(server.adminUrl, name), server.username, server.password);
    }

    /** {@code host:port} of the Kafka broker, starting it on the first call. */
    public synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrapServers == null) {
            long t0 = System.nanoTime();
            String fromEnv = env(ENV_KAFKA);
            if (fromEnv != null) {
                kafkaBootstrapServers = fromEnv;
                kafkaDescription = "Kafka: " + fromEnv + " (from " + ENV_KAFKA + ")";
            } else if (dockerAvailable()) {
                KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
                kafka.start();
                kafkaBootstrapServers = kafka.getBootstrapServers();
                kafkaDescription = "Kafka: Testcontainers " + KAFKA_IMAGE + " at " + kafkaBootstrapServers;
            } else {
                Path dir = tempDir("edutrack-kafka-");
                KafkaBrokerProcess broker = KafkaBrokerProcess.start(dir);
                // on exit: kill (nothing to keep), then delete the data, in that order
                broker.detachShutdownHook();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    broker.kill();
                    deleteQuietly(dir);
                }, "edutrack-test-kafka-cleanup"));
                kafkaBootstrapServers = broker.bootstrapServers();
                kafkaDescription = "Kafka: broker process at " + kafkaBootstrapServers + " (data " + broker.dataDir() + ")";
            }
            log.info("{}, ready in {} ms", kafkaDescription, (System.nanoTime() - t0) / 1_000_000);
        }
        return kafkaBootstrapServers;
    }

    /** Which infrastructure was chosen, for logs. */
    public synchronized String description() {
        String pg = postgres == null ? "PostgreSQL: not started" : postgres.description;
        return pg + "; " + kafkaDescription;
    }

    @Override
    public String toString() {
        return description();
    }

    // ---------------------------------------------------------------------------------------------------

    private record Postgres(String adminUrl, String username, String password, String description) {
    }

    private synchronized Postgres postgres() {
        if (postgres == null) {
            long t0 = System.nanoTime();
            String url = env(ENV_JDBC_URL);
            if (url != null) {
                String user = env(ENV_JDBC_USER);
                String password = env(ENV_JDBC_PASSWORD);
                postgres = new Postgres(url, user, password == null ? "" : password,
                        "PostgreSQL: " + url + " (from " + ENV_JDBC_URL + ")");
            } else if (dockerAvailable()) {
                PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
                container.start();
                postgres = new Postgres(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                        "PostgreSQL: Testcontainers " + POSTGRES_IMAGE + " at " + container.getJdbcUrl());
            } else {
                try {
                    EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                            .setPort(FreePorts.take())
                            .setPGStartupWait(Duration.ofSeconds(60))
                            .setServerConfig("max_connections", "300")
                            .setServerConfig("fsync", "off")
                            .setServerConfig("synchronous_commit", "off")
                            .setServerConfig("full_page_writes", "off")
                            .setServerConfig("timezone", "UTC")
                            .start();
                    String admin = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";
                    postgres = new Postgres(admin, EmbeddedPostgresServer.USERNAME, EmbeddedPostgresServer.PASSWORD,
                            "PostgreSQL: embedded (zonky) on port " + embedded.getPort());
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
                }
            }
            log.info("{}, ready in {} ms", postgres.description, (System.nanoTime() - t0) / 1_000_000);
        }
        return postgres;
    }

    private synchronized boolean dockerAvailable() {
        if (dockerAvailable == null) {
            boolean available;
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                available = false;
            }
            dockerAvailable = available;
            log.info("Docker {}available to Testcontainers", available ? "" : "not ");
        }
        return dockerAvailable;
    }

    private String databaseName(String prefix) {
        String clean = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (clean.isEmpty() || !Character.isLetter(clean.charAt(0)) && clean.charAt(0) != '_') {
            clean = "db_" + clean;
        }
        String suffix = "_" + runId + "_" + databases.incrementAndGet();
        if (clean.length() + suffix.length() > 63) {
            clean = clean.substring(0, 63 - suffix.length());
        }
        return clean + suffix;
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
