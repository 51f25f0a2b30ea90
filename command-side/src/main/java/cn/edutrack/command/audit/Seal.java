package cn.edutrack.command.audit;

/** One row of {@code event_seal}. {@code previousHash} is null for an aggregate's first seal. */
public record Seal(long globalIndex, String aggregateId, long sequenceNumber, String eventIdentifier, String hash,
                   String previousHash) {

    static final String COLUMNS = "global_index, aggregate_id, sequence_number, event_identifier, hash, previous_hash";

    static Seal fromRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Seal(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }

    /** The previous hash as hashed: 32 zero bytes when there is none. */
    String previousOrZero() {
        return previousHash == null ? EventCanonicalForm.ZERO_HASH : previousHash;
    }
}
