package cn.edutrack.command.audit;

import java.util.List;

/**
 * A checkpoint as exported ({@code application/json}), the small file an auditor keeps outside the system:
 * every aggregate's head at the checkpoint and the Merkle root over them ({@link MerkleTree}).
 *
 * @param format          always {@value #FORMAT}
 * @param createdAt       an RFC 3339 instant
 * @param upToGlobalIndex the highest global index among the sealed events the checkpoint covers
 * @param eventCount      how many sealed events it covers
 */
public record CheckpointFile(String format, long id, String createdAt, String createdBy, long upToGlobalIndex,
                             int aggregateCount, long eventCount, String merkleRoot, List<MerkleTree.Leaf> leaves) {

    public static final String FORMAT = "edutrack-checkpoint/1";

    /** A checkpoint without its leaves, as listed. */
    public record Summary(long id, String createdAt, String createdBy, long upToGlobalIndex, int aggregateCount,
                          long eventCount, String merkleRoot) {
    }
}
