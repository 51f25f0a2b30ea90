package cn.edutrack.command.project.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Reads a free-form JSON value of a request (a corrected field's new value) as a tree whose decimals keep the digits
 * they were written with ({@code 12345.60} stays {@code 12345.60}, never a binary float or {@code 12345.6}), as the
 * events' own codec reads them. JSON {@code null} is kept as a null node (it clears an optional field).
 */
final class ExactJsonValue extends ValueDeserializer<JsonNode> {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        return read(parser, context);
    }

    @Override
    public Object getNullValue(DeserializationContext context) {
        return NullNode.getInstance();
    }

    private static JsonNode read(JsonParser parser, DeserializationContext context) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.PROPERTY_NAME) {
            ObjectNode object = NODES.objectNode();
            if (token == JsonToken.START_OBJECT) {
                token = parser.nextToken();
            }
            while (token == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.set(name, read(parser, context));
                token = parser.nextToken();
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = NODES.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(parser, context));
            }
            return array;
        }
        if (token == null) {
            return context.reportInputMismatch(JsonNode.class, "a value is missing");
        }
        return switch (token) {
            case VALUE_STRING -> StringNode.valueOf(parser.getString());
            case VALUE_NUMBER_INT -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> DecimalNode.valueOf(parser.getDecimalValue());
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.getInstance();
            default -> context.reportInputMismatch(JsonNode.class, "unexpected " + token);
        };
    }
}
