package cn.edutrack.command.project.publishing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PublisherConfig {

    /**
     * Axon's default logs a failing event handler and moves on, which would skip the event. A
     * publisher that cannot send must instead fail the batch so that it is retried.
     */
    @Bean
    ConfigurerModule publisherFailsItsBatchOnError() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(KafkaPublisher.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
