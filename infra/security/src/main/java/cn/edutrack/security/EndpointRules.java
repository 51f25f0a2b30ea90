package cn.edutrack.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * An application's rules: which roles may call which endpoints. Whatever no rule names is denied (401 to an
 * anonymous caller, 403 to an authenticated one). Rules by role only; what lies in the caller's jurisdiction or
 * organisation the application checks with the resource in hand ({@link OutOfScopeException}).
 */
@FunctionalInterface
public interface EndpointRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
