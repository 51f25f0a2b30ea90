package cn.edutrack.command.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    static MerkleTree.Leaf leaf(int n) {
        return new MerkleTree.Leaf("PRJ-T000000000" + n, n * 3L, String.format("%064x", n * 7919L));
    }

    static byte[] sha256(byte[]... parts) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    /** SHA-256(0x00 || len(id) || id || sequence (8 bytes) || hash), written out by hand. */
    static byte[] leafHash(MerkleTree.Leaf leaf) throws Exception {
        byte[] id = leaf.aggregateId().getBytes(StandardCharsets.UTF_8);
        return sha256(new byte[] {0}, ByteBuffer.allocate(4).putInt(id.length).array(), id,
                ByteBuffer.allocate(8).putLong(leaf.sequenceNumber()).array(), HEX.parseHex(leaf.hash()));
    }

    static byte[] node(byte[] left, byte[] right) throws Exception {
        return sha256(new byte[] {1}, left, right);
    }

    static List<MerkleTree.Leaf> leaves(int count) {
        List<MerkleTree.Leaf> leaves = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            leaves.add(leaf(i));
        }
        return leaves;
    }

    @Test
    void no_leaves_give_the_hash_of_nothing() throws Exception {
        assertThat(MerkleTree.root(List.of())).isEqualTo(HEX.formatHex(sha256()));
        assertThat(MerkleTree.root(List.of()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void one_leaf_is_its_own_root() throws Exception {
        assertThat(MerkleTree.root(leaves(1))).isEqualTo(HEX.formatHex(leafHash(leaf(1))));
    }

    @Test
    void two_leaves() throws Exception {
        assertThat(MerkleTree.root(leaves(2))).isEqualTo(HEX.formatHex(node(leafHash(leaf(1)), leafHash(leaf(2)))));
    }

    @Test
    void three_leaves_carry_the_odd_one_up() throws Exception {
        byte[] expected = node(node(leafHash(leaf(1)), leafHash(leaf(2))), leafHash(leaf(3)));
        assertThat(MerkleTree.root(leaves(3))).isEqualTo(HEX.formatHex(expected));
    }

    @Test
    void five_leaves() throws Exception {
        byte[] ab = node(leafHash(leaf(1)), leafHash(leaf(2)));
        byte[] cd = node(leafHash(leaf(3)), leafHash(leaf(4)));
        byte[] e = leafHash(leaf(5));
        // level 1: ab, cd, e; level 2: abcd, e; level 3: root
        byte[] expected = node(node(ab, cd), e);
        assertThat(MerkleTree.root(leaves(5))).isEqualTo(HEX.formatHex(expected));
    }

    @Test
    void any_change_of_a_leaf_changes_the_root() {
        String root = MerkleTree.root(leaves(5));
        List<MerkleTree.Leaf> changed = new ArrayList<>(leaves(5));
        changed.set(3, new MerkleTree.Leaf(leaf(4).aggregateId(), leaf(4).sequenceNumber() + 1, leaf(4).hash()));
        assertThat(MerkleTree.root(changed)).isNotEqualTo(root);
        changed.set(3, new MerkleTree.Leaf(leaf(4).aggregateId(), leaf(4).sequenceNumber(), "f".repeat(64)));
        assertThat(MerkleTree.root(changed)).isNotEqualTo(root);
        assertThat(MerkleTree.root(leaves(4))).isNotEqualTo(root);
    }

    @Test
    void leaves_are_ordered_by_the_utf8_bytes_of_the_id_not_by_java_string_order() {
        String halfwidth = "\uFF61";        // UTF-8 EF BD A1; UTF-16 FF61
        String emoji = "\uD83D\uDE00";      // UTF-8 F0 9F 98 80; UTF-16 D83D DE00
        assertThat(halfwidth.compareTo(emoji)).isPositive();
        assertThat(MerkleTree.ID_ORDER.compare(halfwidth, emoji)).isNegative();
        assertThat(MerkleTree.ID_ORDER.compare("CN-45", "CN-45/XX市")).isNegative();
        assertThat(MerkleTree.ID_ORDER.compare("Z", "a")).isNegative();
        assertThat(MerkleTree.strictlyOrdered(List.of(
                new MerkleTree.Leaf(halfwidth, 0, "0".repeat(64)), new MerkleTree.Leaf(emoji, 0, "0".repeat(64)))))
                .isTrue();
        assertThat(MerkleTree.strictlyOrdered(List.of(leaf(2), leaf(1)))).isFalse();
        assertThat(MerkleTree.strictlyOrdered(List.of(leaf(1), leaf(1)))).isFalse();
    }
}
