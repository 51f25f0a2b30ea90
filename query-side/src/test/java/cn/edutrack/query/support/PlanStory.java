package cn.edutrack.query.support;

import cn.edutrack.events.PlanId;
import cn.edutrack.events.plan.PlanEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The events of one fresh plan, numbered within the plan's stream (0 = its registration, 1, 2, ...), each with
 * its own event id, as the command side publishes them. Keeps every record so that a test can deliver one again.
 */
public final class PlanStory {

    private final PlanId planId;
    private final List<ProducerRecord<String, byte[]>> records = new ArrayList<>();

    public PlanStory() {
        this(PlanId.of("it-" + UUID.randomUUID().toString().substring(0, 13)));
    }

    public PlanStory(PlanId planId) {
        this.planId = planId;
    }

    public PlanId id() {
        return planId;
    }

    public String idValue() {
        return planId.value();
    }

    public ProducerRecord<String, byte[]> next(Function<PlanId, ? extends PlanEvent> event) {
        ProducerRecord<String, byte[]> record = ContractRecords.of(event.apply(planId), records.size(), UUID.randomUUID());
        records.add(record);
        return record;
    }

    public ProducerRecord<String, byte[]> record(int sequence) {
        return records.get(sequence);
    }

    public long lastSequence() {
        return records.size() - 1;
    }
}
