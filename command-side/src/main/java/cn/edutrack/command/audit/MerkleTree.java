package cn.edutrack.command.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The Merkle tree of a checkpoint. Its leaves are the aggregates' heads, sorted by aggregate id in the byte order
 * of the ids' UTF-8 encodings (unsigned bytes, shorter prefix first; {@link #LEAF_ORDER}).
 * <ul>
 *   <li>leaf hash = SHA-256(0x00 || 4-byte big-endian length of the UTF-8 aggregate id || the id's UTF-8 bytes ||
 *       the head's sequence number as 8 bytes big-endian || the head hash's 32 bytes);</li>
 *   <li>node = SHA-256(0x01 || left || right); a node without a right sibling is carried up unchanged;</li>
 *   <li>the root of no leaves is SHA-256 of nothing.</li>
 * </ul>
 * The 0x00/0x01 prefixes keep a leaf from being passed off as an inner node.
 */
public final class MerkleTree {

    /** One aggregate's head: the last sealed sequence number and its hash. */
    public record Leaf(String aggregateId, long sequenceNumber, String hash) {
    }

    /** By the UTF-8 bytes of the aggregate id, unsigned. */
    public static final Comparator<String> ID_ORDER = (a, b) ->
            Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    public static final Comparator<Leaf> LEAF_ORDER = Comparator.comparing(Leaf::aggregateId, ID_ORDER);

    private MerkleTree() {
    }

    public static byte[] leafHash(Leaf leaf) {
        byte[] id = leaf.aggregateId().getBytes(StandardCharsets.UTF_8);
        MessageDigest sha256 = EventCanonicalForm.sha256();
        sha256.update((byte) 0x00);
        sha256.update(ByteBuffer.allocate(4).putInt(id.length).array());
        sha256.update(id);
        sha256.update(ByteBuffer.allocate(8).putLong(leaf.sequenceNumber()).array());
        sha256.update(EventCanonicalForm.bytesOf(leaf.hash()));
        return sha256.digest();
    }

    /** The root (hex) over the leaves in the order given; callers sort them with {@link #LEAF_ORDER}. */
    public static String root(List<Leaf> leaves) {
        if (leaves.isEmpty()) {
            return EventCanonicalForm.hex(EventCanonicalForm.sha256().digest());
        }
        List<byte[]> level = new ArrayList<>(leaves.size());
        for (Leaf leaf : leaves) {
            level.add(leafHash(leaf));
        }
        while (level.size() > 1) {
            List<byte[]> up = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                if (i + 1 < level.size()) {
                    MessageDigest sha256 = EventCanonicalForm.sha256();
                    sha256.update((byte) 0x01);
                    sha256.update(level.get(i));
                    sha256.update(level.get(i + 1));
                    up.add(sha256.digest());
                } else {
                    up.add(level.get(i));
                }
            }
            level = up;
        }
        return EventCanonicalForm.hex(level.get(0));
    }

    /** Whether the leaves are in {@link #LEAF_ORDER} with no aggregate twice. */
    public static boolean strictlyOrdered(List<Leaf> leaves) {
        for (int i = 1; i < leaves.size(); i++) {
            if (LEAF_ORDER.compare(leaves.get(i - 1), leaves.get(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
