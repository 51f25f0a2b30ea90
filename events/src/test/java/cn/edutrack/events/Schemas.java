package cn.edutrack.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas of the published language, loaded by their {@code $id} ({@code ce_dataschema}) from
 * the class path, so that the cross-file {@code $ref}s to {@code common.v1} resolve the same way.
 */
public final class Schemas {

    static final String ID_PREFIX = "urn:edutrack:schema:";
    static final String COMMON_ID = ID_PREFIX + "common:v1";
    static final String COMMON_RESOURCE = "/schemas/common.v1.schema.json";

    // Draft 2020-12 treats "format" as an annotation unless asked to assert it; we want dates checked.
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaIdResolvers(resolvers -> resolvers.mappings(Schemas::classPathLocation)));

    private Schemas() {
    }

    /** {@code urn:edutrack:schema:funding-allocated:v1} lives at {@code schemas/funding-allocated.v1.schema.json}. */
    static String classPathLocation(String id) {
        if (!id.startsWith(ID_PREFIX)) {
            return null;
        }
        String nameAndVersion = id.substring(ID_PREFIX.length());
        int colon = nameAndVersion.lastIndexOf(':');
        if (colon < 0) {
            return null;
        }
        return "classpath:schemas/" + nameAndVersion.substring(0, colon) + "." + nameAndVersion.substring(colon + 1)
                + ".schema.json";
    }

    public static Schema of(EventType type) {
        return REGISTRY.getSchema(SchemaLocation.of(type.dataSchemaUri()));
    }

    public static List<Error> validate(EventType type, JsonNode payload) {
        return of(type).validate(payload);
    }
}
