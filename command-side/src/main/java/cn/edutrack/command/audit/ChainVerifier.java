package cn.edutrack.command.audit;

import cn.edutrack.command.audit.AggregateVerification.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies aggregates: recomputes each stored row's hash and compares it with its seal, and checks the seals form
 * one chain, in sequence order.
 * <ul>
 *   <li>A row is matched with its seal by global index, else by event identifier. Without one it is
 *       {@code UNSEALED}. When the seal names another sequence number (or the row another global index) it is
 *       {@code OUT_OF_ORDER}. Otherwise its hash is recomputed over the row with the seal's previous hash: a
 *       difference (or another event identifier or aggregate) is {@code ALTERED}. So one changed row is reported at
 *       its own sequence number, not at every later one.</li>
 *   <li>A seal of the aggregate that no row matches is {@code MISSING} (the row was deleted).</li>
 *   <li>A sequence number below the highest that neither a row nor a seal accounts for is {@code OUT_OF_ORDER}.</li>
 *   <li>Each seal's previous hash must be the hash of the aggregate's seal before it (none: 32 zero bytes), else
 *       {@code CHAIN_BROKEN}: together with the row hashes this proves the rows form the sealed chain.</li>
 * </ul>
 * A row and its seal rewritten consistently at the aggregate's head (or with every later seal rewritten too) passes
 * this check; a checkpoint file kept outside the system catches it ({@link CheckpointVerifier}).
 */
@Component
public class ChainVerifier {

    private final EventStoreRows store;

    ChainVerifier(EventStoreRows store) {
        this.store = store;
    }

    /** Whether anything (a row or a seal) is stored for this aggregate. */
    @Transactional(readOnly = true)
    public boolean exists(String aggregateId) {
        return !store.rows(aggregateId).isEmpty() || store.anySealFor(aggregateId);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AggregateVerification verify(String aggregateId) {
        return verify(aggregateId, store.rows(aggregateId), store.seals(aggregateId));
    }

    static AggregateVerification verify(String aggregateId, List<StoredEvent> rows, List<Seal> seals) {
        Map<Long, Seal> byIndex = new HashMap<>();
        Map<String, Seal> byEventId = new HashMap<>();
        for (Seal seal : seals) {
            byIndex.put(seal.globalIndex(), seal);
            byEventId.putIfAbsent(seal.eventIdentifier(), seal);
        }
        List<Problem> problems = new ArrayList<>();
        Set<Long> matched = new HashSet<>();
        Set<Long> accounted = new HashSet<>();
        int sealed = 0;
        for (StoredEvent row : rows) {
            accounted.add(row.sequenceNumber());
            Seal seal = byIndex.get(row.globalIndex());
            if (seal == null) {
                seal = byEventId.get(row.eventIdentifier());
            }
            String where = "event " + row.eventIdentifier() + " (global index " + row.globalIndex() + ")";
            if (seal == null) {
                problems.add(new Problem(row.sequenceNumber(), ProblemKind.UNSEALED,
                        where + " has no seal: it was not appended by the application"));
                continue;
            }
            matched.add(seal.globalIndex());
            sealed++;
            if (!seal.aggregateId().equals(aggregateId)) {
                problems.add(new Problem(row.sequenceNumber(), ProblemKind.ALTERED,
                        where + " was sealed for aggregate " + seal.aggregateId()));
            } else if (seal.sequenceNumber() != row.sequenceNumber()) {
                problems.add(new Problem(row.sequenceNumber(), ProblemKind.OUT_OF_ORDER,
                        where + " is stored at sequence " + row.sequenceNumber() + " but was sealed at sequence "
                                + seal.sequenceNumber()));
            } else if (seal.globalIndex() != row.globalIndex()) {
                problems.add(new Problem(row.sequenceNumber(), ProblemKind.OUT_OF_ORDER,
                        where + " was sealed at global index " + seal.globalIndex() + ": the row was stored again"));
            } else if (!seal.eventIdentifier().equals(row.eventIdentifier())) {
                problems.add(new Problem(row.sequenceNumber(), ProblemKind.ALTERED,
                        where + " was sealed as event " + seal.eventIdentifier()));
            } else if (!EventCanonicalForm.hash(seal.previousOrZero(), row).equals(seal.hash())) {
                problems.add(new Problem(row.sequenceNumber(), ProblemKind.ALTERED,
                        where + " differs from what was sealed (payload, metadata or another field changed)"));
            }
        }
        TreeMap<Long, Seal> ownSeals = new TreeMap<>();
        for (Seal seal : seals) {
            if (seal.aggregateId().equals(aggregateId)) {
                ownSeals.put(seal.sequenceNumber(), seal);
                if (!matched.contains(seal.globalIndex())) {
                    accounted.add(seal.sequenceNumber());
                    problems.add(new Problem(seal.sequenceNumber(), ProblemKind.MISSING, "sealed event "
                            + seal.eventIdentifier() + " (global index " + seal.globalIndex() + ") has no row: deleted"));
                }
            }
        }
        long highest = accounted.stream().mapToLong(Long::longValue).max().orElse(-1);
        for (long sequence = 0; sequence < highest; sequence++) {
            if (!accounted.contains(sequence)) {
                problems.add(new Problem(sequence, ProblemKind.OUT_OF_ORDER,
                        "no row and no seal at sequence " + sequence + ": the sequence has a gap"));
            }
        }
        String previous = EventCanonicalForm.ZERO_HASH;
        for (Seal seal : ownSeals.values()) {
            if (!seal.previousOrZero().equals(previous)) {
                problems.add(new Problem(seal.sequenceNumber(), ProblemKind.CHAIN_BROKEN,
                        "the seal's previous hash is not the hash of the seal before it: seals were removed or rewritten"));
            }
            previous = seal.hash();
        }
        problems.sort(Comparator.comparingLong(Problem::sequenceNumber).thenComparing(Problem::kind));
        return new AggregateVerification(aggregateId, rows.size(), sealed, problems.isEmpty(), List.copyOf(problems));
    }

    /**
     * The chain recomputed from the rows alone (not the seals), up to and including a sequence number: the hash after
     * each row, by sequence number. Used to check a checkpoint's leaf against the current store.
     */
    static TreeMap<Long, String> rowChain(List<StoredEvent> rows, long upToSequence) {
        TreeMap<Long, String> chain = new TreeMap<>();
        String previous = EventCanonicalForm.ZERO_HASH;
        for (StoredEvent row : rows) {
            if (row.sequenceNumber() > upToSequence) {
                break;
            }
            previous = EventCanonicalForm.hash(previous, row);
            chain.put(row.sequenceNumber(), previous);
        }
        return chain;
    }
}
