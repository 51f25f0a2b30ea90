package cn.edutrack.command.config;

import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.DomainEvent;
import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.JsonNodeFeature;

@Configuration
class AxonConfig {

    /** The bureaus' zone: "today" for the no-future-dates rule is China Standard Time. */
    static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(BUREAU_ZONE);
    }

    /**
     * Axon's serializer reads a JSON tree inside an event ({@code EventCorrected.corrected}, the whole corrected
     * payload) as the events' own codec does: decimals from their text, trailing zeros kept ({@code 12345.60} stays
     * {@code 12345.60}, never a binary float), so the aggregate and the publisher see the corrected event exactly as
     * it was recorded. Typed fields ({@code BigDecimal}, {@code Money}) are read exactly either way.
     */
    @Bean
    Jackson3SerializerCustomizer exactDecimalsInTrees() {
        return builder -> builder
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
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
