package cn.edutrack.command.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical encoding of a stored event and its seal hash.
 * <p>
 * Encoding ({@value #FORMAT}): each field as a 4-byte big-endian length followed by its bytes, in this order: the
 * format tag {@code edutrack-seal/1}, eventidentifier, aggregateidentifier, sequencenumber (decimal), type,
 * payloadtype, payloadrevision (empty when null), timestamp (the stored text, as stored), payload bytes, metadata
 * bytes (empty when null). Text is UTF-8. Length prefixes make the encoding unambiguous: no two different rows
 * encode alike.
 * <p>
 * Seal hash: {@code hex(SHA-256(previous || canonical))}, where {@code previous} is the 32 bytes of the previous
 * event's hash of the same aggregate, or 32 zero bytes for the first event (sequence 0).
 */
public final class EventCanonicalForm {

    public static final String FORMAT = "edutrack-seal/1";
    /** The "previous hash" of an aggregate's first event. */
    public static final String ZERO_HASH = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private EventCanonicalForm() {
    }

    /** The canonical bytes of a stored row. */
    public static byte[] encode(StoredEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + length(event.payload()) + length(event.metadata()));
        field(out, text(FORMAT));
        field(out, text(event.eventIdentifier()));
        field(out, text(event.aggregateIdentifier()));
        field(out, text(Long.toString(event.sequenceNumber())));
        field(out, text(event.type()));
        field(out, text(event.payloadType()));
        field(out, text(event.payloadRevision()));
        field(out, text(event.timestamp()));
        field(out, event.payload() == null ? new byte[0] : event.payload());
        field(out, event.metadata() == null ? new byte[0] : event.metadata());
        return out.toByteArray();
    }

    /**
     * The seal hash of a row: SHA-256 over the previous hash's 32 bytes and the row's canonical bytes, as 64 lower-case
     * hex digits.
     *
     * @param previousHash the previous event's hash (hex), or null / {@link #ZERO_HASH} for sequence 0
     */
    public static String hash(String previousHash, StoredEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(bytesOf(previousHash == null ? ZERO_HASH : previousHash));
        sha256.update(encode(event));
        return HEX.formatHex(sha256.digest());
    }

    /** The 32 bytes of a hash written as 64 hex digits. */
    public static byte[] bytesOf(String hash) {
        if (hash == null || hash.length() != 64) {
            throw new IllegalArgumentException("a hash is 64 hex digits");
        }
        return HEX.parseHex(hash);
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] text(String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }

    private static int length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    private static void field(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
