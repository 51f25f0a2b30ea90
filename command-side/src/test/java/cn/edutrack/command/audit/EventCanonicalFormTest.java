package cn.edutrack.command.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EventCanonicalFormTest {

    static final StoredEvent EVENT = new StoredEvent(42, "5f0c6a8e-1d3b-4c2a-9e7f-0a1b2c3d4e5f", "PRJ-T0123456789", 3,
            "Project", "cn.edutrack.events.project.ProgressReported", "1", "2024-05-06T07:08:09.123Z",
            "{\"projectId\":\"PRJ-T0123456789\",\"percentComplete\":40,\"note\":\"主体结构封顶\"}".getBytes(StandardCharsets.UTF_8),
            "{\"actorUserId\":\"manager-xxq\",\"actorRole\":\"MANAGER\"}".getBytes(StandardCharsets.UTF_8));
    static final String PREVIOUS = "ab".repeat(32);

    /** Computed once (independently, with Python's hashlib over the documented encoding) and written down here. */
    static final String EXPECTED_HASH = "1a09cb3ea2c5d4ebbc37da28179cd389dead0711fb0cb7548a28685191c578fc";

    @Test
    void the_hash_of_a_fixed_row_is_the_one_written_down() {
        assertThat(EventCanonicalForm.hash(PREVIOUS, EVENT)).isEqualTo(EXPECTED_HASH);
    }

    @Test
    void the_hash_is_sha256_of_the_previous_hash_and_length_prefixed_fields() throws Exception {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (String text : List.of("edutrack-seal/1", EVENT.eventIdentifier(), EVENT.aggregateIdentifier(), "3",
                "Project", EVENT.payloadType(), "1", "2024-05-06T07:08:09.123Z")) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            expected.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
            expected.writeBytes(bytes);
        }
        for (byte[] bytes : List.of(EVENT.payload(), EVENT.metadata())) {
            expected.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
            expected.writeBytes(bytes);
        }
        assertThat(EventCanonicalForm.encode(EVENT)).isEqualTo(expected.toByteArray());

        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(HexFormat.of().parseHex(PREVIOUS));
        sha256.update(expected.toByteArray());
        assertThat(EventCanonicalForm.hash(PREVIOUS, EVENT)).isEqualTo(HexFormat.of().formatHex(sha256.digest()));
    }

    @Test
    void the_first_event_chains_to_32_zero_bytes() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(new byte[32]);
        sha256.update(EventCanonicalForm.encode(EVENT));
        String expected = HexFormat.of().formatHex(sha256.digest());
        assertThat(EventCanonicalForm.hash(null, EVENT)).isEqualTo(expected);
        assertThat(EventCanonicalForm.hash(EventCanonicalForm.ZERO_HASH, EVENT)).isEqualTo(expected);
    }

    @Test
    void every_field_and_the_previous_hash_change_the_hash() {
        String original = EventCanonicalForm.hash(PREVIOUS, EVENT);
        List<UnaryOperator<StoredEvent>> changes = List.of(
                e -> copy(e, "eventIdentifier", "5f0c6a8e-1d3b-4c2a-9e7f-0a1b2c3d4e50"),
                e -> copy(e, "aggregateIdentifier", "PRJ-T0123456780"),
                e -> copy(e, "sequenceNumber", "4"),
                e -> copy(e, "type", "Plan"),
                e -> copy(e, "payloadType", "cn.edutrack.events.project.ProjectApproved"),
                e -> copy(e, "payloadRevision", "2"),
                e -> copy(e, "payloadRevision", null),
                e -> copy(e, "timestamp", "2024-05-06T07:08:09.124Z"),
                e -> copy(e, "payload", new String(e.payload(), StandardCharsets.UTF_8).replace("40", "41")),
                e -> copy(e, "metadata", new String(e.metadata(), StandardCharsets.UTF_8).replace("xxq", "yyq")));
        for (UnaryOperator<StoredEvent> change : changes) {
            assertThat(EventCanonicalForm.hash(PREVIOUS, change.apply(EVENT))).isNotEqualTo(original);
        }
        assertThat(EventCanonicalForm.hash("ab".repeat(31) + "ac", EVENT)).isNotEqualTo(original);
    }

    @Test
    void length_prefixes_keep_moved_bytes_apart() {
        StoredEvent a = copy(copy(EVENT, "type", "ProjectX"), "payloadType", "Y");
        StoredEvent b = copy(copy(EVENT, "type", "Project"), "payloadType", "XY");
        assertThat(EventCanonicalForm.hash(PREVIOUS, a)).isNotEqualTo(EventCanonicalForm.hash(PREVIOUS, b));
    }

    @Test
    void a_missing_revision_is_encoded_as_empty() {
        assertThat(EventCanonicalForm.hash(PREVIOUS, copy(EVENT, "payloadRevision", null)))
                .isEqualTo(EventCanonicalForm.hash(PREVIOUS, copy(EVENT, "payloadRevision", "")));
    }

    @Test
    void the_global_index_is_not_part_of_the_hash() {
        StoredEvent moved = new StoredEvent(43, EVENT.eventIdentifier(), EVENT.aggregateIdentifier(),
                EVENT.sequenceNumber(), EVENT.type(), EVENT.payloadType(), EVENT.payloadRevision(), EVENT.timestamp(),
                EVENT.payload(), EVENT.metadata());
        assertThat(EventCanonicalForm.hash(PREVIOUS, moved)).isEqualTo(EventCanonicalForm.hash(PREVIOUS, EVENT));
    }

    @Test
    void a_previous_hash_is_64_hex_digits() {
        assertThatThrownBy(() -> EventCanonicalForm.hash("abc", EVENT)).isInstanceOf(IllegalArgumentException.class);
    }

    static StoredEvent copy(StoredEvent e, String field, String value) {
        return new StoredEvent(e.globalIndex(),
                field.equals("eventIdentifier") ? value : e.eventIdentifier(),
                field.equals("aggregateIdentifier") ? value : e.aggregateIdentifier(),
                field.equals("sequenceNumber") ? Long.parseLong(value) : e.sequenceNumber(),
                field.equals("type") ? value : e.type(),
                field.equals("payloadType") ? value : e.payloadType(),
                field.equals("payloadRevision") ? value : e.payloadRevision(),
                field.equals("timestamp") ? value : e.timestamp(),
                field.equals("payload") ? value.getBytes(StandardCharsets.UTF_8) : e.payload(),
                field.equals("metadata") ? value.getBytes(StandardCharsets.UTF_8) : e.metadata());
    }
}
