package cn.edutrack.command.support;

import cn.edutrack.infra.Infrastructure;
import cn.edutrack.infra.PostgresDatabase;
import cn.edutrack.security.LocalUsers;
import cn.edutrack.security.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command side on real PostgreSQL and real Kafka, reached over HTTP. All subclasses share one
 * database and one Spring context; tests keep apart by using their own project ids, plan ids and
 * jurisdiction codes.
 * <p>
 * Callers authenticate with HTTP Basic as the users of {@code test-users.yaml} ({@link #PASSWORD}). {@code post}
 * picks a user who may make the request: the national administrator for jurisdictions, plans, imports and
 * operations; for a registration the manager of the body's {@code ownerOrganisation}; for a lifecycle step or a
 * plan assignment the manager of the organisation the project was registered for (remembered from the
 * registrations posted here); for a supervision action the national supervisor. {@code postAs} names the user
 * ({@code null}: anonymous).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "edutrack.security.mode=local", "edutrack.security.users-file=classpath:" + CommandSideIntegrationTest.USERS_FILE,
        // no scheduled checkpoints: tests take them when they mean to
        "edutrack.audit.checkpoint-interval=0"})
public abstract class CommandSideIntegrationTest {

    public static final String USERS_FILE = "test-users.yaml";
    /** The password of every test user. */
    public static final String PASSWORD = "test-password";
    public static final String ADMINISTRATOR = "admin-cn";
    public static final String SUPERVISOR = "supervisor-cn";
    /** The manager of ORG-XXQ-JYJ, the owner {@link Requests#register} names. */
    public static final String MANAGER = "manager-xxq";

    private static final Set<String> SUPERVISION = Set.of("rectification-orders", "summonses", "rechecks");
    private static final Map<String, String> MANAGER_OF_ORGANISATION = managers();
    /** The owner organisation of each project registered through {@link #post}. */
    private static final Map<String, String> OWNER_OF_PROJECT = new ConcurrentHashMap<>();

    private static final PostgresDatabase DATABASE = Infrastructure.get().newDatabase("command");
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonMapper EXACT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
        registry.add("spring.kafka.bootstrap-servers", Infrastructure.get()::kafkaBootstrapServers);
        // When the test JVM ends, the broker process may stop before the publisher's last batch is acknowledged;
        // shorter timeouts than production's let the JVM end within the test runner's grace period.
        registry.add("spring.kafka.producer.properties.max.block.ms", () -> "5000");
        registry.add("spring.kafka.producer.properties.delivery.timeout.ms", () -> "8000");
        registry.add("spring.kafka.producer.properties.request.timeout.ms", () -> "3000");
        registry.add("edutrack.publisher.ack-timeout", () -> "10s");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    /** An HTTP answer: status, headers and the body as JSON (or null when empty). */
    public record Answer(int status, HttpResponse<String> raw, JsonNode body) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        /** An extension member of a problem answer ({@code rule}, {@code limitBytes}), or null. */
        public JsonNode member(String name) {
            return body != null && body.hasNonNull(name) ? body.get(name) : null;
        }

        /** The {@code rule} of a problem answer, or null. */
        public String rule() {
            JsonNode rule = member("rule");
            return rule == null ? null : rule.asString();
        }
    }

    /** The {@code Authorization} header of a test user. */
    public static String basic(String user) {
        return basic(user, PASSWORD);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    protected Answer post(String path, String json) {
        return post(path, json, Map.of());
    }

    protected Answer post(String path, String json, Map<String, String> headers) {
        return post(path, json.getBytes(StandardCharsets.UTF_8), "application/json", headers);
    }

    /** A POST of any body, e.g. a plan file as {@code application/yaml}, as the user who may make it. */
    protected Answer post(String path, byte[] body, String contentType, Map<String, String> headers) {
        return postAs(defaultUserFor(path, body), path, body, contentType, headers);
    }

    protected Answer postAs(String user, String path, String json) {
        return postAs(user, path, json, Map.of());
    }

    protected Answer postAs(String user, String path, String json, Map<String, String> headers) {
        return postAs(user, path, json.getBytes(StandardCharsets.UTF_8), "application/json", headers);
    }

    /**
     * A POST as {@code user} (null: without credentials). An {@code Authorization} header in {@code headers}
     * replaces the user's.
     */
    protected Answer postAs(String user, String path, byte[] body, String contentType, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>();
        if (user != null) {
            all.put("Authorization", basic(user));
        }
        all.putAll(headers);
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), all, path, body);
    }

    /** A GET as {@code user} (null: without credentials). */
    protected Answer getAs(String user, String path) {
        return get(path, user == null ? Map.of() : Map.of("Authorization", basic(user)));
    }

    /** A GET with exactly these headers. */
    protected Answer get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), headers, path, null);
    }

    private Answer send(HttpRequest.Builder request, Map<String, String> headers, String path, byte[] body) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = response.body().isEmpty() ? null : readOrNull(response.body());
            rememberRegistration(path, body, response.statusCode(), answer);
            return new Answer(response.statusCode(), response, answer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readOrNull(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- who posts by default

    /** The test user who may make this request (see the class comment). */
    protected static String defaultUserFor(String path, byte[] body) {
        String[] parts = path.split("\\?", 2)[0].split("/");
        // "", "api", "projects", id, operation
        if (parts.length < 3 || !parts[1].equals("api") || !parts[2].equals("projects")) {
            return ADMINISTRATOR;
        }
        if (parts.length == 3) {
            return managerOf(textField(body, "ownerOrganisation"));
        }
        String operation = parts.length > 4 ? parts[4] : "";
        if (SUPERVISION.contains(operation)) {
            return SUPERVISOR;
        }
        return managerOf(OWNER_OF_PROJECT.get(parts[3]));
    }

    /** The test manager of an organisation, or {@link #MANAGER} when there is none (or no organisation). */
    protected static String managerOf(String organisation) {
        return organisation == null ? MANAGER : MANAGER_OF_ORGANISATION.getOrDefault(organisation, MANAGER);
    }

    private static void rememberRegistration(String path, byte[] body, int status, JsonNode answer) {
        if (status == 201 && path.split("\\?", 2)[0].equals("/api/projects") && answer != null
                && answer.hasNonNull("projectId")) {
            String owner = textField(body, "ownerOrganisation");
            if (owner != null) {
                OWNER_OF_PROJECT.put(answer.get("projectId").asString(), owner);
            }
        }
    }

    private static String textField(byte[] body, String field) {
        if (body == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.hasNonNull(field) ? node.get(field).asString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<String, String> managers() {
        Map<String, String> managers = new HashMap<>();
        LocalUsers.load(new ClassPathResource(USERS_FILE)).all().stream()
                .filter(user -> user.actor().is(Role.MANAGER))
                .forEach(user -> managers.put(user.actor().organisation(), user.actor().userId()));
        return Map.copyOf(managers);
    }

    // ---------------------------------------------------------------- what is stored

    /** Events stored for one project. */
    protected long storedEvents(String projectId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", projectId).query(Long.class).single();
    }

    protected long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    /** The simple class names of the events stored for one subject (project, plan or jurisdiction), in order. */
    protected List<String> storedEventTypes(String subject) {
        return jdbc.sql("""
                        SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = :id ORDER BY sequencenumber""")
                .param("id", subject).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .toList();
    }

    /** The stored payload of one event, as a JSON tree; numbers are read exactly (96.80 stays 96.80). */
    protected JsonNode storedPayloadOf(String subject, long sequence) {
        return EXACT_JSON.readTree(storedPayloadText(subject, sequence));
    }

    /** The stored payload of one event, as text. */
    protected String storedPayloadText(String subject, long sequence) {
        byte[] payload = jdbc.sql("""
                        SELECT payload FROM domainevententry WHERE aggregateidentifier = :id AND sequencenumber = :seq""")
                .param("id", subject).param("seq", sequence).query(byte[].class).single();
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** The stored metadata of one event (the actor, correlation and trace ids), as a JSON tree. */
    protected JsonNode storedMetadataOf(String subject, long sequence) {
        byte[] metadata = jdbc.sql("""
                        SELECT metadata FROM domainevententry WHERE aggregateidentifier = :id AND sequencenumber = :seq""")
                .param("id", subject).param("seq", sequence).query(byte[].class).single();
        return JSON.readTree(new String(metadata, StandardCharsets.UTF_8));
    }
}
