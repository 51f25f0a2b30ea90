package cn.edutrack.command.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.edutrack.command.project.web.InvalidFieldException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CheckpointFileTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static CheckpointFile file() {
        List<MerkleTree.Leaf> leaves = List.of(
                new MerkleTree.Leaf("CN-45/XX市", 0, "1".repeat(64)),
                new MerkleTree.Leaf("PRJ-T0123456789", 12, "2".repeat(64)),
                new MerkleTree.Leaf("xx-district-2021-2025", 7, "3".repeat(64)));
        return new CheckpointFile(CheckpointFile.FORMAT, 7, "2025-01-02T03:04:05.123456Z", "auditor-cn", 1234, 3, 22,
                MerkleTree.root(leaves), leaves);
    }

    @Test
    void a_file_written_as_json_reads_back_the_same() {
        String text = JSON.writeValueAsString(file());
        assertThat(text).startsWith("{\"format\":\"edutrack-checkpoint/1\",\"id\":7,");
        assertThat(text).contains("\"leaves\":[{\"aggregateId\":\"CN-45/XX市\",\"sequenceNumber\":0,\"hash\":\"111");
        assertThat(CheckpointFileReader.read(JSON.readTree(text))).isEqualTo(file());
    }

    @Test
    void a_wrong_field_is_named() {
        assertRefused(node -> node.put("format", "edutrack-checkpoint/2"), "format");
        assertRefused(node -> node.remove("merkleRoot"), "merkleRoot");
        assertRefused(node -> node.put("merkleRoot", "ABC"), "merkleRoot");
        assertRefused(node -> node.put("id", "seven"), "id");
        assertRefused(node -> node.put("createdAt", "yesterday"), "createdAt");
        assertRefused(node -> node.put("eventCount", -1), "eventCount");
        assertRefused(node -> node.put("extra", 1), "extra");
        assertRefused(node -> ((ObjectNode) node.get("leaves").get(1)).put("hash", "xyz"), "leaves[1].hash");
        assertRefused(node -> ((ObjectNode) node.get("leaves").get(2)).remove("sequenceNumber"),
                "leaves[2].sequenceNumber");
        assertRefused(node -> node.put("leaves", "none"), "leaves");
    }

    private static void assertRefused(java.util.function.Consumer<ObjectNode> change, String field) {
        ObjectNode node = (ObjectNode) JSON.valueToTree(file());
        change.accept(node);
        assertThatThrownBy(() -> CheckpointFileReader.read(node))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
