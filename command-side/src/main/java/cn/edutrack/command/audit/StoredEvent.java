package cn.edutrack.command.audit;

/**
 * One row of {@code domainevententry} exactly as stored: the columns the seal covers, and the global index that
 * identifies the row.
 */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String type, String payloadType, String payloadRevision, String timestamp, byte[] payload,
                          byte[] metadata) {

    /** The columns of {@code domainevententry} that {@link #fromRow} reads, in its order. */
    static final String COLUMNS = "globalindex, eventidentifier, aggregateidentifier, sequencenumber, type, "
            + "payloadtype, payloadrevision, timestamp, payload, metadata";

    static StoredEvent fromRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10));
    }
}
