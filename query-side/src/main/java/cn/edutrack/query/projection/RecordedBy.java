package cn.edutrack.query.projection;

import cn.edutrack.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Who recorded an event, from the actor extension headers of its Kafka record ({@code ce_actorid},
 * {@code ce_actorrole}, {@code ce_actororganisation}, {@code ce_actorjurisdiction}), as received: the command side
 * took them from its security context, never from a request body. Events recorded before users existed carry none.
 *
 * @param userId       the user's id
 * @param role         MANAGER, SUPERVISOR, AUDITOR or ADMINISTRATOR
 * @param organisation the organisation the user works for
 * @param jurisdiction the jurisdiction the user acts in
 */
public record RecordedBy(String userId, String role, String organisation, String jurisdiction) {

    /** The actor of the record; null when it carries no {@code ce_actorid} (an event from before users existed). */
    public static RecordedBy of(ConsumerRecord<?, ?> record) {
        String userId = CloudEventRecords.header(record, CloudEventHeaders.ACTOR_ID);
        if (userId == null || userId.isBlank()) {
            return null;
        }
        return new RecordedBy(userId, CloudEventRecords.header(record, CloudEventHeaders.ACTOR_ROLE),
                CloudEventRecords.header(record, CloudEventHeaders.ACTOR_ORGANISATION),
                CloudEventRecords.header(record, CloudEventHeaders.ACTOR_JURISDICTION));
    }
}
