package cn.edutrack.command.metadata;

import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * The causation of an event: the identifier of the command whose handler applied it, under
 * {@link MetadataKeys#CAUSATION_ID}. Events are applied only while a command is handled; for any other message
 * handled there is nothing to add.
 */
class CausationIdProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        return message instanceof CommandMessage<?> command
                ? Map.of(MetadataKeys.CAUSATION_ID, command.getIdentifier())
                : Map.of();
    }
}
