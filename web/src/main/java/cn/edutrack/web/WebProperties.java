package cn.edutrack.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the two backends are.
 *
 * @param queryUrl       the query side (read API, and {@code /api/me} for the login check)
 * @param commandUrl     the command side (forms, integrity check)
 * @param projectionWait how long a recorded form waits for the query side to show what it recorded before the user
 *                       is sent on (told that the pages will show it in a moment if it did not arrive in time)
 */
@ConfigurationProperties("edutrack.web")
public record WebProperties(@DefaultValue("http://localhost:8082") String queryUrl,
        @DefaultValue("http://localhost:8081") String commandUrl,
        @DefaultValue("5s") Duration projectionWait) {
}
