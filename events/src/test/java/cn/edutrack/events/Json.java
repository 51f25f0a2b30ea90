package cn.edutrack.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Test helpers to read class-path resources and JSON trees (plain Jackson, not the codec under test). */
public final class Json {

    private static final JsonMapper TREES = JsonMapper.builder().build();

    private Json() {
    }

    public static byte[] resource(String path) {
        try (InputStream in = Json.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no class-path resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String fixturePath(EventType type) {
        return "/fixtures/" + type.shortName() + ".v" + type.version() + ".json";
    }

    public static byte[] fixture(EventType type) {
        return resource(fixturePath(type));
    }

    public static JsonNode tree(byte[] json) {
        return TREES.readTree(json);
    }

    public static ObjectNode object(byte[] json) {
        return (ObjectNode) TREES.readTree(json);
    }

    public static byte[] bytes(JsonNode tree) {
        return TREES.writeValueAsBytes(tree);
    }
}
