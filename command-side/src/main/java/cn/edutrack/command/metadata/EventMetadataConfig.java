package cn.edutrack.command.metadata;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The request's id and the user's comment travel with every command (added when it is sent) and into every event
 * it applies (copied by a correlation data provider), beside the causation: the command's own identifier. Axon's
 * {@code MessageOriginProvider} (trace and correlation ids) and the actor's provider are declared in
 * {@code cn.edutrack.command.access.ActorMetadataConfig}.
 */
@Configuration
class EventMetadataConfig {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    CorrelationDataProvider requestCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(MetadataKeys.REQUEST_ID, MetadataKeys.COMMENT);
    }

    @Bean
    CorrelationDataProvider causationIdProvider() {
        return new CausationIdProvider();
    }

    @Bean
    RequestMetadataDispatchInterceptor requestMetadataDispatchInterceptor(CommandBus commandBus) {
        RequestMetadataDispatchInterceptor interceptor = new RequestMetadataDispatchInterceptor();
        commandBus.registerDispatchInterceptor(interceptor);
        return interceptor;
    }
}
