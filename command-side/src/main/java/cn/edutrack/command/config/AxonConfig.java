package cn.edutrack.command.config;

import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.DomainEvent;
import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AxonConfig {

    /** The bureaus' zone: "today" for the no-future-dates rule is China Standard Time. */
    static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(BUREAU_ZONE);
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    /**
     * Stores each event with the version the catalogue gives it, so an upcaster can tell versions
     * apart once a shape changes. Axon's own messages (tokens and the like) keep their annotations.
     */
    @Bean
    RevisionResolver revisionResolver() {
        AnnotationRevisionResolver annotations = new AnnotationRevisionResolver();
        return payloadType -> DomainEvent.class.isAssignableFrom(payloadType)
                ? Integer.toString(EventCatalog.of(payloadType.asSubclass(DomainEvent.class)).version())
                : annotations.revisionOf(payloadType);
    }
}
