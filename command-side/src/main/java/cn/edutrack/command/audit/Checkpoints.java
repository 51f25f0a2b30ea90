package cn.edutrack.command.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates and reads checkpoints. A checkpoint is taken from one consistent snapshot of {@code event_seal}
 * (repeatable read): its leaves are every aggregate's head then (the last sealed sequence number and its hash),
 * sorted by the UTF-8 bytes of the aggregate id; its root is {@link MerkleTree#root}. The checkpoint and its leaves
 * are stored, so the same file can be fetched again; the copy that proves something is the one kept outside.
 */
@Component
public class Checkpoints {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate readOnly;
    private final EventSealer sealer;
    private final Clock clock;

    Checkpoints(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transactions, EventSealer sealer,
                Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.sealer = sealer;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions.getTransactionManager());
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /** Seals pending rows (stored before sealing existed), then takes and stores a checkpoint. */
    public CheckpointFile create(String createdBy) {
        sealer.sealPending();
        return snapshot.execute(status -> {
            List<MerkleTree.Leaf> leaves = new ArrayList<>(jdbc.sql("""
                            SELECT DISTINCT ON (aggregate_id) aggregate_id, sequence_number, hash FROM event_seal
                            ORDER BY aggregate_id, sequence_number DESC""")
                    .query((rs, n) -> new MerkleTree.Leaf(rs.getString(1), rs.getLong(2), rs.getString(3)))
                    .list());
            leaves.sort(MerkleTree.LEAF_ORDER);
            long[] counts = jdbc.sql("SELECT count(*), coalesce(max(global_index), 0) FROM event_seal")
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
            String root = MerkleTree.root(leaves);
            Instant createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            long id = jdbc.sql("""
                            INSERT INTO audit_checkpoint (created_at, up_to_global_index, aggregate_count, event_count,
                                                          merkle_root, created_by)
                            VALUES (:createdAt, :upTo, :aggregates, :events, :root, :createdBy) RETURNING id""")
                    .param("createdAt", Timestamp.from(createdAt))
                    .param("upTo", counts[1])
                    .param("aggregates", leaves.size())
                    .param("events", counts[0])
                    .param("root", root)
                    .param("createdBy", createdBy)
                    .query(Long.class).single();
            jdbcTemplate.batchUpdate("""
                            INSERT INTO audit_checkpoint_leaf (checkpoint_id, aggregate_id, sequence_number, hash)
                            VALUES (?, ?, ?, ?)""", leaves, 1000, (ps, leaf) -> {
                ps.setLong(1, id);
                ps.setString(2, leaf.aggregateId());
                ps.setLong(3, leaf.sequenceNumber());
                ps.setString(4, leaf.hash());
            });
            return new CheckpointFile(CheckpointFile.FORMAT, id, createdAt.toString(), createdBy, counts[1],
                    leaves.size(), counts[0], root, List.copyOf(leaves));
        });
    }

    /** Every checkpoint, newest first, without leaves. */
    public List<CheckpointFile.Summary> list() {
        return readOnly.execute(status -> jdbc.sql("""
                        SELECT id, created_at, created_by, up_to_global_index, aggregate_count, event_count, merkle_root
                        FROM audit_checkpoint ORDER BY id DESC""")
                .query((rs, n) -> new CheckpointFile.Summary(rs.getLong(1), rs.getTimestamp(2).toInstant().toString(),
                        rs.getString(3), rs.getLong(4), rs.getInt(5), rs.getLong(6), rs.getString(7)))
                .list());
    }

    /** A stored checkpoint as its file. */
    public Optional<CheckpointFile> file(long id) {
        return readOnly.execute(status -> jdbc.sql("""
                        SELECT id, created_at, created_by, up_to_global_index, aggregate_count, event_count, merkle_root
                        FROM audit_checkpoint WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new CheckpointFile.Summary(rs.getLong(1), rs.getTimestamp(2).toInstant().toString(),
                        rs.getString(3), rs.getLong(4), rs.getInt(5), rs.getLong(6), rs.getString(7)))
                .optional()
                .map(summary -> {
                    List<MerkleTree.Leaf> leaves = new ArrayList<>(jdbc.sql("""
                                    SELECT aggregate_id, sequence_number, hash FROM audit_checkpoint_leaf
                                    WHERE checkpoint_id = :id""")
                            .param("id", id)
                            .query((rs, n) -> new MerkleTree.Leaf(rs.getString(1), rs.getLong(2), rs.getString(3)))
                            .list());
                    leaves.sort(MerkleTree.LEAF_ORDER);
                    return new CheckpointFile(CheckpointFile.FORMAT, summary.id(), summary.createdAt(),
                            summary.createdBy(), summary.upToGlobalIndex(), summary.aggregateCount(),
                            summary.eventCount(), summary.merkleRoot(), List.copyOf(leaves));
                }));
    }
}
