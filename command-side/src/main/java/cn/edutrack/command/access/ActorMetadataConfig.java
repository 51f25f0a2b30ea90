package cn.edutrack.command.access;

import cn.edutrack.security.Actor;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The actor travels with every command and into every event it records. {@link ActorDispatchInterceptor} adds the
 * actor to the command's metadata when it is sent; the correlation data providers copy metadata from the command
 * being handled onto each event it applies: the four actor keys, and Axon's correlation and trace ids.
 * <p>
 * axon-spring-boot-starter collects every {@link CorrelationDataProvider} bean, and declares its default
 * {@link MessageOriginProvider} only when the application declares none; declaring the actor's provider would
 * drop it, so it is declared here too.
 */
@Configuration
class ActorMetadataConfig {

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(Actor.MetadataKeys.USER_ID, Actor.MetadataKeys.ROLE,
                Actor.MetadataKeys.ORGANISATION, Actor.MetadataKeys.JURISDICTION);
    }

    @Bean
    ActorDispatchInterceptor actorDispatchInterceptor(CommandBus commandBus) {
        ActorDispatchInterceptor interceptor = new ActorDispatchInterceptor();
        commandBus.registerDispatchInterceptor(interceptor);
        return interceptor;
    }
}
