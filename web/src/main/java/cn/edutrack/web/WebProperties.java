package cn.edutrack.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the two backends are.
 *
 * @param queryUrl   the query side (read API, and {@code /api/me} for the login check)
 * @param commandUrl the command side (forms, integrity check)
 */
@ConfigurationProperties("edutrack.web")
public record WebProperties(@DefaultValue("http://localhost:8082") String queryUrl,
        @DefaultValue("http://localhost:8081") String commandUrl) {
}
