package cn.edutrack.command.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Plain JDBC reads of the stored rows and their seals: exactly the bytes in the tables, nothing deserialized. */
@Component
class EventStoreRows {

    private final JdbcClient jdbc;

    EventStoreRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row of an aggregate, by sequence number (then global index). */
    List<StoredEvent> rows(String aggregateId) {
        return jdbc.sql("SELECT " + StoredEvent.COLUMNS + """
                         FROM domainevententry WHERE aggregateidentifier = :id
                        ORDER BY sequencenumber, globalindex""")
                .param("id", aggregateId).query((rs, n) -> StoredEvent.fromRow(rs)).list();
    }

    /** An aggregate's rows that have no seal (by global index), by sequence number. */
    List<StoredEvent> unsealedRows(String aggregateId) {
        return jdbc.sql("SELECT " + StoredEvent.COLUMNS + """
                         FROM domainevententry d WHERE d.aggregateidentifier = :id
                        AND NOT EXISTS (SELECT 1 FROM event_seal s WHERE s.global_index = d.globalindex)
                        ORDER BY d.sequencenumber, d.globalindex""")
                .param("id", aggregateId).query((rs, n) -> StoredEvent.fromRow(rs)).list();
    }

    /**
     * The seals that concern an aggregate: those sealed for it, and those of its rows' global indexes or event
     * identifiers (a row moved here from another aggregate), by sequence number.
     */
    List<Seal> seals(String aggregateId) {
        String columns = "s.global_index, s.aggregate_id, s.sequence_number, s.event_identifier, s.hash, s.previous_hash";
        return jdbc.sql("SELECT " + columns + " FROM event_seal s WHERE s.aggregate_id = :id"
                        + " UNION SELECT " + columns + " FROM event_seal s JOIN domainevententry d"
                        + " ON s.global_index = d.globalindex WHERE d.aggregateidentifier = :id"
                        + " UNION SELECT " + columns + " FROM event_seal s JOIN domainevententry d"
                        + " ON s.event_identifier = d.eventidentifier WHERE d.aggregateidentifier = :id"
                        + " ORDER BY sequence_number, global_index")
                .param("id", aggregateId).query((rs, n) -> Seal.fromRow(rs)).list();
    }

    /** The aggregate's last seal below a sequence number, if any. */
    Optional<Seal> lastSealBelow(String aggregateId, long sequenceNumber) {
        return jdbc.sql("SELECT " + Seal.COLUMNS + """
                         FROM event_seal WHERE aggregate_id = :id AND sequence_number < :seq
                        ORDER BY sequence_number DESC LIMIT 1""")
                .param("id", aggregateId).param("seq", sequenceNumber)
                .query((rs, n) -> Seal.fromRow(rs)).optional();
    }

    /** The aggregate type Axon stored with the aggregate's rows ({@code Project}, {@code Plan}, {@code Jurisdiction}). */
    Optional<String> typeOf(String aggregateId) {
        return jdbc.sql("""
                        SELECT type FROM domainevententry WHERE aggregateidentifier = :id AND type IS NOT NULL
                        ORDER BY sequencenumber LIMIT 1""")
                .param("id", aggregateId).query(String.class).optional();
    }

    boolean anySealFor(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM event_seal WHERE aggregate_id = :id")
                .param("id", aggregateId).query(Long.class).single() > 0;
    }

    /** The global index up to which rows were stored before sealing began (see V3__tamper_evidence.sql). */
    long legacyBoundary() {
        return jdbc.sql("SELECT legacy_up_to_global_index FROM audit_seal_origin").query(Long.class).optional()
                .orElse(0L);
    }

    /** Aggregates with unsealed rows at or below a global index, in id order. */
    List<String> aggregatesWithUnsealedRowsUpTo(long globalIndex) {
        return jdbc.sql("""
                        SELECT DISTINCT d.aggregateidentifier FROM domainevententry d
                        WHERE d.globalindex <= :upTo
                        AND NOT EXISTS (SELECT 1 FROM event_seal s WHERE s.global_index = d.globalindex)
                        ORDER BY 1""")
                .param("upTo", globalIndex).query(String.class).list();
    }

    void insert(Seal seal) {
        jdbc.sql("""
                        INSERT INTO event_seal (global_index, aggregate_id, sequence_number, event_identifier, hash,
                                                previous_hash, sealed_at)
                        VALUES (:globalIndex, :aggregateId, :sequenceNumber, :eventIdentifier, :hash, :previousHash, now())""")
                .param("globalIndex", seal.globalIndex())
                .param("aggregateId", seal.aggregateId())
                .param("sequenceNumber", seal.sequenceNumber())
                .param("eventIdentifier", seal.eventIdentifier())
                .param("hash", seal.hash())
                .param("previousHash", seal.previousHash())
                .update();
    }

    /** Serialises sealing of one aggregate until the transaction ends (an advisory lock; 0x5EA1 names sealing). */
    void lockForSealing(String aggregateId) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(24225, hashtext(:id))) AS locked")
                .param("id", aggregateId).query((rs, n) -> 1).list();
    }
}
