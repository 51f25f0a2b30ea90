package cn.edutrack.command.metadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Puts the current request's id and the user's comment ({@link RecordingRequest}) into the metadata of every
 * command sent on the command bus, under {@link MetadataKeys#REQUEST_ID} and {@link MetadataKeys#COMMENT}, replacing
 * whatever the message carried; without a comment the key is absent. A command sent outside a request carries
 * neither. Runs on the sending thread, where the request is.
 */
class RequestMetadataDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private static final Set<String> KEYS = Set.of(MetadataKeys.REQUEST_ID, MetadataKeys.COMMENT);

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.withMetaData(metadataFor(command.getMetaData().withoutKeys(KEYS)));
    }

    private static Map<String, Object> metadataFor(Map<String, ?> others) {
        Map<String, Object> metadata = new HashMap<>(others);
        RecordingRequest.requestId().ifPresent(id -> metadata.put(MetadataKeys.REQUEST_ID, id));
        RecordingRequest.comment().ifPresent(comment -> metadata.put(MetadataKeys.COMMENT, comment));
        return metadata;
    }
}
