package cn.edutrack.command.audit;

import java.util.List;

/**
 * The current store checked against a checkpoint file.
 *
 * @param fileConsistent    the file's leaves are sorted, counted and give its Merkle root
 * @param rootMatches       the root recomputed from the current rows equals the file's root
 * @param intact            all of the above and no problem anywhere in the store's aggregates of the file
 * @param aggregatesChecked the file's leaves
 * @param problems          the problems (of the aggregates the caller may see), by aggregate and sequence number
 */
public record CheckpointVerification(long checkpointId, boolean fileConsistent, boolean rootMatches, boolean intact,
                                     int aggregatesChecked, List<Problem> problems) {

    public record Problem(String aggregateId, Long sequenceNumber, ProblemKind kind, String detail) {
    }
}
