package cn.edutrack.command.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the current store against a checkpoint file. For each leaf (an aggregate's head at the checkpoint) the
 * chain is recomputed from the aggregate's current rows alone, from sequence 0 up to the leaf's sequence number,
 * not taken from the seal table: rows rewritten together with their seals are caught too. Then:
 * <ul>
 *   <li>{@code fileConsistent}: the file's leaves are in order (UTF-8 byte order of the ids, no repeats), as many as
 *       {@code aggregateCount}, and give the file's {@code merkleRoot};</li>
 *   <li>{@code rootMatches}: the recomputed leaves give the file's {@code merkleRoot};</li>
 *   <li>{@code HEAD_DIFFERS} for each aggregate whose recomputed head differs from the file's leaf, at the first
 *       sequence number where the row chain differs from the seal chain (a row or seal missing, or a hash
 *       different), else at the leaf's sequence number (the seals were rewritten along with the rows);</li>
 *   <li>{@code AGGREGATE_MISSING} for an aggregate of the file with no rows at all;</li>
 *   <li>and every problem {@link ChainVerifier} finds in the aggregates of the file, events appended after the
 *       checkpoint included.</li>
 * </ul>
 */
@Component
public class CheckpointVerifier {

    private final EventStoreRows store;

    CheckpointVerifier(EventStoreRows store) {
        this.store = store;
    }

    /**
     * @param visible whether the caller may see an aggregate's problems (the root is reported either way)
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public CheckpointVerification verify(CheckpointFile file, Predicate<String> visible) {
        List<MerkleTree.Leaf> leaves = file.leaves();
        boolean fileConsistent = MerkleTree.strictlyOrdered(leaves) && file.aggregateCount() == leaves.size()
                && MerkleTree.root(leaves).equals(file.merkleRoot());
        List<MerkleTree.Leaf> recomputed = new ArrayList<>(leaves.size());
        List<CheckpointVerification.Problem> problems = new ArrayList<>();
        boolean anyProblem = false;
        for (MerkleTree.Leaf leaf : leaves) {
            String id = leaf.aggregateId();
            List<StoredEvent> rows = store.rows(id);
            List<Seal> seals = store.seals(id);
            List<CheckpointVerification.Problem> found = new ArrayList<>();
            if (rows.isEmpty()) {
                recomputed.add(new MerkleTree.Leaf(id, leaf.sequenceNumber(), EventCanonicalForm.ZERO_HASH));
                found.add(new CheckpointVerification.Problem(id, leaf.sequenceNumber(), ProblemKind.AGGREGATE_MISSING,
                        "the checkpoint's aggregate has no stored events any more"));
            } else {
                TreeMap<Long, String> chain = ChainVerifier.rowChain(rows, leaf.sequenceNumber());
                String head = chain.get(leaf.sequenceNumber());
                recomputed.add(new MerkleTree.Leaf(id, leaf.sequenceNumber(),
                        head == null ? EventCanonicalForm.ZERO_HASH : head));
                if (head == null || !head.equals(leaf.hash())) {
                    long at = firstDifference(id, rows, seals, leaf.sequenceNumber());
                    found.add(new CheckpointVerification.Problem(id, at, ProblemKind.HEAD_DIFFERS,
                            "the events up to sequence " + leaf.sequenceNumber() + " recomputed from the stored rows "
                                    + "do not give the checkpoint's head"
                                    + (at == leaf.sequenceNumber() ? "" : "; the rows first differ at sequence " + at)));
                }
            }
            for (AggregateVerification.Problem problem : ChainVerifier.verify(id, rows, seals).problems()) {
                found.add(new CheckpointVerification.Problem(id, problem.sequenceNumber(), problem.kind(),
                        problem.detail()));
            }
            if (!found.isEmpty()) {
                anyProblem = true;
                if (visible.test(id)) {
                    problems.addAll(found);
                }
            }
        }
        boolean rootMatches = MerkleTree.root(recomputed).equals(file.merkleRoot());
        return new CheckpointVerification(file.id(), fileConsistent, rootMatches,
                fileConsistent && rootMatches && !anyProblem, leaves.size(), List.copyOf(problems));
    }

    /**
     * The first sequence number at which the chain recomputed from the rows leaves the seal chain (a row or a seal
     * missing, or a different hash); the head's sequence number when they agree all the way.
     */
    private static long firstDifference(String aggregateId, List<StoredEvent> rows, List<Seal> seals, long head) {
        Map<Long, StoredEvent> rowAt = new TreeMap<>();
        rows.forEach(row -> rowAt.putIfAbsent(row.sequenceNumber(), row));
        Map<Long, Seal> sealAt = new TreeMap<>();
        seals.stream().filter(seal -> seal.aggregateId().equals(aggregateId))
                .forEach(seal -> sealAt.put(seal.sequenceNumber(), seal));
        String previous = EventCanonicalForm.ZERO_HASH;
        for (long sequence = 0; sequence <= head; sequence++) {
            StoredEvent row = rowAt.get(sequence);
            Seal seal = sealAt.get(sequence);
            if (row == null || seal == null) {
                return sequence;
            }
            previous = EventCanonicalForm.hash(previous, row);
            if (!previous.equals(seal.hash())) {
                return sequence;
            }
        }
        return head;
    }
}
