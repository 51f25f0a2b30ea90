package cn.edutrack.command.support;

import cn.edutrack.infra.Infrastructure;
import cn.edutrack.infra.PostgresDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CommandSideIntegrationTest {

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
    }

    protected Answer post(String path, String json) {
        return post(path, json, Map.of());
    }

    protected Answer post(String path, String json, Map<String, String> headers) {
        return post(path, json.getBytes(StandardCharsets.UTF_8), "application/json", headers);
    }

    /** A POST of any body, e.g. a plan file as {@code application/yaml}. */
    protected Answer post(String path, byte[] body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), response, answer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

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
}
