package cn.edutrack.query.project.projection;

import static cn.edutrack.query.support.TestEvents.funded;
import static cn.edutrack.query.support.TestEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.query.projection.Anomaly;
import cn.edutrack.query.projection.AnomalyKind;
import cn.edutrack.query.projection.RecordedBy;
import cn.edutrack.query.support.ContractRecords;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class RecordDecoderTest {

    private static final ProjectId PROJECT = ProjectId.of("PRJ-DECODE-1");
    private static final UUID EVENT_ID = UUID.fromString("0b7f2a52-1c1e-4a55-9f87-3f8f7f6f1a01");

    @Test
    void readsTheRecordOfTheContract() {
        ProducerRecord<String, byte[]> sent = ContractRecords.of(
                funded(FundingSource.PROVINCIAL_FISCAL, "1250000.50", "2022-03-01").apply(PROJECT), 7, EVENT_ID);

        RecordDecoder.Decoded decoded = RecordDecoder.decode(received(sent));

        assertThat(decoded).isInstanceOfSatisfying(RecordDecoder.Accepted.class, accepted -> {
            ProjectEventRecord record = accepted.record();
            assertThat(record.eventId()).isEqualTo(EVENT_ID);
            assertThat(record.sequence()).isEqualTo(7);
            assertThat(record.ceType()).isEqualTo("cn.edutrack.project.funding-allocated.v1");
            assertThat(record.projectId()).isEqualTo(PROJECT.value());
            assertThat(record.event()).isInstanceOfSatisfying(FundingAllocated.class,
                    e -> assertThat(e.amount().yuan()).isEqualByComparingTo("1250000.50"));
            assertThat(record.payload()).contains("\"amount\":\"1250000.50\"");
            assertThat(record.origin().offset()).isEqualTo(42);
        });
    }

    @Test
    void readsWhoRecordedTheEventFromTheActorHeaders() {
        ProducerRecord<String, byte[]> sent = ContractRecords.recordedBy(ContractRecords.of(
                        funded(FundingSource.PROVINCIAL_FISCAL, "1.00", "2022-03-01").apply(PROJECT), 7, EVENT_ID),
                "manager-weixian", "MANAGER", "魏县教育体育局", "CN-13/邯郸市/魏县");

        assertThat(RecordDecoder.decode(received(sent))).isInstanceOfSatisfying(RecordDecoder.Accepted.class,
                accepted -> assertThat(accepted.record().recordedBy())
                        .isEqualTo(new RecordedBy("manager-weixian", "MANAGER", "魏县教育体育局", "CN-13/邯郸市/魏县")));
    }

    @Test
    void anEventFromBeforeUsersHasNobodyRecordedBy() {
        ProducerRecord<String, byte[]> sent = ContractRecords.of(
                funded(FundingSource.PROVINCIAL_FISCAL, "1.00", "2022-03-01").apply(PROJECT), 7, EVENT_ID);

        assertThat(RecordDecoder.decode(received(sent))).isInstanceOfSatisfying(RecordDecoder.Accepted.class,
                accepted -> assertThat(accepted.record().recordedBy()).isNull());
    }

    @Test
    void namesEveryMissingHeader() {
        ConsumerRecord<String, byte[]> bare = new ConsumerRecord<>(ContractRecords.TOPIC, 1, 42, PROJECT.value(),
                "{}".getBytes(StandardCharsets.UTF_8));

        Anomaly anomaly = rejected(bare);

        assertThat(anomaly.kind()).isEqualTo(AnomalyKind.INVALID_HEADERS);
        assertThat(anomaly.detail()).contains("missing ce_specversion", "missing ce_id", "missing ce_type", "missing ce_subject",
                "missing ce_time", "missing ce_sequence");
        assertThat(anomaly.subject()).isEqualTo(PROJECT.value());
        assertThat(anomaly.origin().partition()).isEqualTo(1);
    }

    @Test
    void refusesUnreadableHeaderValues() {
        ProducerRecord<String, byte[]> sent = contractRecord();
        ContractRecords.header(sent, "ce_id", "not-a-uuid");
        ContractRecords.header(sent, "ce_sequence", "-1");
        ContractRecords.header(sent, "ce_specversion", "0.3");

        Anomaly anomaly = rejected(received(sent));

        assertThat(anomaly.kind()).isEqualTo(AnomalyKind.INVALID_HEADERS);
        assertThat(anomaly.detail()).contains("ce_id is not a UUID", "ce_sequence is negative", "unsupported ce_specversion 0.3");
    }

    @Test
    void anUnknownTypeIsNotGuessed() {
        ProducerRecord<String, byte[]> sent = contractRecord();
        ContractRecords.header(sent, "ce_type", "cn.edutrack.project.registered.v2");

        Anomaly anomaly = rejected(received(sent));

        assertThat(anomaly.kind()).isEqualTo(AnomalyKind.UNKNOWN_TYPE);
        assertThat(anomaly.eventType()).isEqualTo("cn.edutrack.project.registered.v2");
        assertThat(anomaly.eventId()).isEqualTo(EVENT_ID.toString());
        assertThat(anomaly.receivedSequence()).isEqualTo(0L);
    }

    @Test
    void aPayloadThatIsNotJsonIsMalformed() {
        ProducerRecord<String, byte[]> sent = contractRecord();
        ProducerRecord<String, byte[]> broken = new ProducerRecord<>(sent.topic(), null, sent.key(),
                "not json".getBytes(StandardCharsets.UTF_8), sent.headers());

        assertThat(rejected(received(broken)).kind()).isEqualTo(AnomalyKind.MALFORMED_PAYLOAD);
    }

    @Test
    void aPayloadWithoutTheFieldsOfItsTypeIsMalformed() {
        ProducerRecord<String, byte[]> sent = contractRecord();
        String json = "{\"projectId\":\"" + PROJECT.value() + "\",\"businessDate\":\"2022-01-01\","
                + "\"recordedAt\":\"2022-01-01T09:30:00Z\",\"kind\":\"NEW_BUILD\"}";
        ProducerRecord<String, byte[]> partial = new ProducerRecord<>(sent.topic(), null, sent.key(),
                json.getBytes(StandardCharsets.UTF_8), sent.headers());

        Anomaly anomaly = rejected(received(partial));

        assertThat(anomaly.kind()).isEqualTo(AnomalyKind.MALFORMED_PAYLOAD);
        assertThat(anomaly.detail()).isEqualTo("payload lacks title, jurisdiction, ownerOrganisation, responsiblePerson, plannedCapacity");
    }

    @Test
    void anEmptyValueIsMalformed() {
        ProducerRecord<String, byte[]> sent = contractRecord();
        ProducerRecord<String, byte[]> empty = new ProducerRecord<>(sent.topic(), null, sent.key(), new byte[0], sent.headers());

        assertThat(rejected(received(empty)).kind()).isEqualTo(AnomalyKind.MALFORMED_PAYLOAD);
    }

    @Test
    void keySubjectAndPayloadMustNameTheSameProject() {
        ProducerRecord<String, byte[]> sent = contractRecord();
        ProducerRecord<String, byte[]> otherKey = new ProducerRecord<>(sent.topic(), null, "PRJ-SOMEONE-ELSE", sent.value(),
                sent.headers());

        Anomaly anomaly = rejected(received(otherKey));

        assertThat(anomaly.kind()).isEqualTo(AnomalyKind.INVALID_HEADERS);
        assertThat(anomaly.detail()).contains("PRJ-SOMEONE-ELSE", PROJECT.value());
    }

    private static ProducerRecord<String, byte[]> contractRecord() {
        return ContractRecords.of(registered(ProjectKind.NEW_BUILD, "解码测试小学", "CN-45/XX市/XX区", new Capacity(540, 2, 12),
                "2022-01-01").apply(PROJECT), 0, EVENT_ID);
    }

    private static Anomaly rejected(ConsumerRecord<String, byte[]> record) {
        RecordDecoder.Decoded decoded = RecordDecoder.decode(record);
        assertThat(decoded).isInstanceOf(RecordDecoder.Rejected.class);
        return ((RecordDecoder.Rejected) decoded).anomaly();
    }

    /** The record as a consumer sees it at offset 42. */
    private static ConsumerRecord<String, byte[]> received(ProducerRecord<String, byte[]> sent) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(sent.topic(), 0, 42, sent.key(), sent.value());
        for (Header header : sent.headers()) {
            record.headers().add(header);
        }
        return record;
    }
}
