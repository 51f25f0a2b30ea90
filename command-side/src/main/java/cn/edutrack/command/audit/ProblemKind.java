package cn.edutrack.command.audit;

/** What verification found wrong with an aggregate's stored events. */
public enum ProblemKind {
    /** A row's hash differs from its seal: its payload, metadata or another field was changed. */
    ALTERED,
    /** A seal without its row: the row was deleted. */
    MISSING,
    /** A row without a seal: it was inserted directly, not appended by the application. */
    UNSEALED,
    /** Sequence numbers not 0..n-1 without gaps, or a row's sequence number (or global index) differs from its seal's. */
    OUT_OF_ORDER,
    /** A seal's previous hash differs from the hash of the aggregate's previous seal: seals were removed or rewritten. */
    CHAIN_BROKEN,
    /** Checkpoint verification: the head recomputed from the current rows differs from the checkpoint's leaf. */
    HEAD_DIFFERS,
    /** Checkpoint verification: an aggregate of the checkpoint has no rows any more. */
    AGGREGATE_MISSING
}
