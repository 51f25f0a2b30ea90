package cn.edutrack.command.access;

import cn.edutrack.security.Actor;
import cn.edutrack.security.Actors;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Puts the actor of the current request (user id, role, organisation, jurisdiction, from the security context)
 * into the metadata of every command sent on the command bus, under {@link Actor.MetadataKeys}, replacing whatever
 * the message carried. A command sent without an authenticated actor is refused: nothing is recorded without
 * knowing who recorded it.
 */
public class ActorDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Actor actor = Actors.currentIfAny().orElseThrow(() -> new NoActorException(command.getCommandName()));
            return command.andMetaData(metadataOf(actor));
        };
    }

    /** The four metadata entries of an actor. */
    public static Map<String, String> metadataOf(Actor actor) {
        return Map.of(
                Actor.MetadataKeys.USER_ID, actor.userId(),
                Actor.MetadataKeys.ROLE, actor.role().name(),
                Actor.MetadataKeys.ORGANISATION, actor.organisation(),
                Actor.MetadataKeys.JURISDICTION, actor.jurisdiction());
    }

    /** A command was sent outside an authenticated request (a programming error: the filter chain admits none). */
    public static class NoActorException extends IllegalStateException {
        NoActorException(String commandName) {
            super("command " + commandName + " was sent without an authenticated actor; nothing is recorded");
        }
    }
}
