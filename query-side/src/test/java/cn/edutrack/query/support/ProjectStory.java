package cn.edutrack.query.support;

import cn.edutrack.events.ProjectId;
import cn.edutrack.events.project.ProjectEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The events of one fresh project, numbered as the command side numbers them (0, 1, 2, ...), each with
 * its own event id. Keeps every record so that a test can deliver one again.
 */
public final class ProjectStory {

    private final ProjectId projectId = ProjectId.random();
    private final List<ProducerRecord<String, byte[]>> records = new ArrayList<>();

    public ProjectId id() {
        return projectId;
    }

    public String idValue() {
        return projectId.value();
    }

    /** The next event of the project, built from its id. */
    public ProducerRecord<String, byte[]> next(Function<ProjectId, ? extends ProjectEvent> event) {
        ProducerRecord<String, byte[]> record = ContractRecords.of(event.apply(projectId), records.size(), UUID.randomUUID());
        records.add(record);
        return record;
    }

    /** The record of an earlier event, to deliver again. */
    public ProducerRecord<String, byte[]> record(int sequence) {
        return records.get(sequence);
    }

    public long lastSequence() {
        return records.size() - 1;
    }
}
