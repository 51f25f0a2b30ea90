package cn.edutrack.command.project.publishing;

import cn.edutrack.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration
class PublisherConfig {

    /**
     * The command side owns the topic. Its partition count is fixed once created: records are
     * partitioned by project id, and a new count would send a project's later events to another
     * partition, out of order with its earlier ones.
     */
    @Bean
    NewTopic projectEventsTopic(@Value("${edutrack.kafka.partitions:" + Topics.PROJECT_EVENTS_PARTITIONS + "}") int partitions,
                                @Value("${edutrack.kafka.replicas:1}") short replicas) {
        return TopicBuilder.name(Topics.PROJECT_EVENTS).partitions(partitions).replicas(replicas).build();
    }

    /** Plan and jurisdiction events, partitioned by plan id or jurisdiction code; fixed for the same reason. */
    @Bean
    NewTopic planEventsTopic(@Value("${edutrack.kafka.plan-partitions:" + Topics.PLAN_EVENTS_PARTITIONS + "}") int partitions,
                             @Value("${edutrack.kafka.replicas:1}") short replicas) {
        return TopicBuilder.name(Topics.PLAN_EVENTS).partitions(partitions).replicas(replicas).build();
    }

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
