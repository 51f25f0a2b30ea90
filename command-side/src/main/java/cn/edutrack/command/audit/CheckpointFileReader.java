package cn.edutrack.command.audit;

import cn.edutrack.command.project.web.InvalidFieldException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads a checkpoint file, checking every field; a wrong one is a 400 naming it ({@code leaves[3].hash}). Unknown
 * fields are refused too: the file is what this application wrote.
 */
final class CheckpointFileReader {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> FIELDS = Set.of("format", "id", "createdAt", "createdBy", "upToGlobalIndex",
            "aggregateCount", "eventCount", "merkleRoot", "leaves");
    private static final Set<String> LEAF_FIELDS = Set.of("aggregateId", "sequenceNumber", "hash");

    private CheckpointFileReader() {
    }

    static CheckpointFile read(JsonNode file) {
        if (file == null || !file.isObject()) {
            throw new InvalidFieldException("body", "must be a checkpoint file (a JSON object)");
        }
        unknownFields(file, FIELDS, "");
        String format = text(file, "format", "format");
        if (!CheckpointFile.FORMAT.equals(format)) {
            throw new InvalidFieldException("format", "must be " + CheckpointFile.FORMAT);
        }
        long id = whole(file, "id", "id");
        String createdAt = text(file, "createdAt", "createdAt");
        try {
            Instant.parse(createdAt);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("createdAt", "must be a date and time (RFC 3339)");
        }
        String createdBy = text(file, "createdBy", "createdBy");
        long upTo = whole(file, "upToGlobalIndex", "upToGlobalIndex");
        long aggregateCount = whole(file, "aggregateCount", "aggregateCount");
        if (aggregateCount > Integer.MAX_VALUE) {
            throw new InvalidFieldException("aggregateCount", "is too large");
        }
        long eventCount = whole(file, "eventCount", "eventCount");
        String root = hash(file, "merkleRoot", "merkleRoot");
        JsonNode leavesNode = file.get("leaves");
        if (leavesNode == null || !leavesNode.isArray()) {
            throw new InvalidFieldException("leaves", "must be a list");
        }
        List<MerkleTree.Leaf> leaves = new ArrayList<>(leavesNode.size());
        for (int i = 0; i < leavesNode.size(); i++) {
            String at = "leaves[" + i + "]";
            JsonNode leaf = leavesNode.get(i);
            if (leaf == null || !leaf.isObject()) {
                throw new InvalidFieldException(at, "must be an object");
            }
            unknownFields(leaf, LEAF_FIELDS, at + ".");
            String aggregateId = text(leaf, "aggregateId", at + ".aggregateId");
            leaves.add(new MerkleTree.Leaf(aggregateId, whole(leaf, "sequenceNumber", at + ".sequenceNumber"),
                    hash(leaf, "hash", at + ".hash")));
        }
        return new CheckpointFile(format, id, createdAt, createdBy, upTo, (int) aggregateCount, eventCount, root,
                List.copyOf(leaves));
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw new InvalidFieldException(prefix + name, "unknown field");
            }
        }
    }

    private static String text(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new InvalidFieldException(field, "must be text");
        }
        return value.asString();
    }

    private static long whole(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw new InvalidFieldException(field, "must be a whole number, 0 or more");
        }
        return value.longValue();
    }

    private static String hash(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || !value.isString() || !HASH.matcher(value.asString()).matches()) {
            throw new InvalidFieldException(field, "must be a SHA-256 hash: 64 lower-case hex digits");
        }
        return value.asString();
    }
}
