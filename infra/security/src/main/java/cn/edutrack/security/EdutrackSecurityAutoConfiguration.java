package cn.edutrack.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Spring Security for both applications: stateless, deny by default, the application's {@link EndpointRules} in
 * between; HTTP Basic against the local users file ({@code edutrack.security.mode=local}) or bearer JWTs of an
 * OpenID Connect provider ({@code jwt}, the default); 401, 403 and 413 as problems; security headers; CSRF
 * protection for requests that carry cookies (browser forms).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration"})
@EnableWebSecurity
@Import({SecurityProblemAdvice.class, WhoAmIController.class})
@EnableConfigurationProperties(EdutrackSecurityProperties.class)
public class EdutrackSecurityAutoConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** The API answers JSON: nothing may be loaded, nothing may frame it. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** The API documentation pages (Swagger UI) load their own scripts and styles, nothing from elsewhere. */
    static final String DOCUMENTATION_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    @Bean
    @ConditionalOnProperty(name = "edutrack.security.mode", havingValue = "local")
    LocalUsers localUsers(EdutrackSecurityProperties properties, ResourceLoader resources) {
        if (properties.getUsersFile() == null || properties.getUsersFile().isBlank()) {
            throw new IllegalStateException("edutrack.security.mode=local needs edutrack.security.users-file");
        }
        return LocalUsers.load(resources.getResource(properties.getUsersFile()));
    }

    @Bean
    SecurityFilterChain edutrackSecurityFilterChain(HttpSecurity http, EdutrackSecurityProperties properties,
                                                    ObjectProvider<EndpointRules> rules,
                                                    ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            boolean local = properties.getMode() == EdutrackSecurityProperties.Mode.LOCAL;
            response.setHeader("WWW-Authenticate", local ? "Basic realm=\"edutrack\""
                    : bearerChallenge(e));
            SecurityProblems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Authentication required", unauthenticatedDetail(e, local), Map.of());
        };
        AccessDeniedHandler denied = (request, response, e) -> {
            if (e instanceof CsrfException) {
                SecurityProblems.write(request, response, HttpStatus.FORBIDDEN, "csrf",
                        "CSRF token missing or invalid", "a request that carries cookies must carry the CSRF token "
                                + "of the XSRF-TOKEN cookie in the X-XSRF-TOKEN header", Map.of());
            } else {
                SecurityProblems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                        "your role may not call " + request.getMethod() + " " + request.getRequestURI(),
                        Map.of("rule", "role-may-not"));
            }
        };

        http.authorizeHttpRequests(authorize -> {
            authorize.requestMatchers("/error", "/actuator/health", "/actuator/health/**").permitAll();
            rules.orderedStream().forEach(r -> r.apply(authorize));
            authorize.requestMatchers("/api/me").authenticated();
            authorize.anyRequest().denyAll();
        });
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                .requireCsrfProtectionMatcher(carriesCookiesAndChangesState()));
        RequestMatcher documentationPages = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        http.headers(headers -> headers
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(documentationPages,
                        new ContentSecurityPolicyHeaderWriter(DOCUMENTATION_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(documentationPages),
                        new ContentSecurityPolicyHeaderWriter(API_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthenticated)
                .accessDeniedHandler(denied));
        http.formLogin(form -> form.disable());
        http.logout(logout -> logout.disable());
        http.requestCache(cache -> cache.disable());
        if (properties.getMode() == EdutrackSecurityProperties.Mode.LOCAL) {
            http.httpBasic(basic -> basic.realmName("edutrack").authenticationEntryPoint(unauthenticated));
        } else {
            if (jwtDecoder.getIfAvailable() == null) {
                throw new IllegalStateException("edutrack.security.mode=jwt needs the identity provider: set "
                        + "spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri or public-key-location)");
            }
            http.oauth2ResourceServer(oauth -> oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtActorConverter(properties.getClaims())))
                    .authenticationEntryPoint(unauthenticated)
                    .accessDeniedHandler(denied));
        }
        // after the header writer, so that a 413 carries the security headers too
        http.addFilterAfter(new RequestSizeLimitFilter(properties.getMaxBodySize(), properties.getMaxBodySizeByPath()),
                HeaderWriterFilter.class);
        return http.build();
    }

    /** A browser sends cookies by itself; an API client that authenticates with a header needs no CSRF token. */
    static RequestMatcher carriesCookiesAndChangesState() {
        return (HttpServletRequest request) -> !SAFE_METHODS.contains(request.getMethod())
                && request.getCookies() != null && request.getCookies().length > 0;
    }

    private static String bearerChallenge(AuthenticationException e) {
        if (e instanceof InvalidBearerTokenException || e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException) {
            return "Bearer error=\"invalid_token\"";
        }
        return "Bearer";
    }

    private static String unauthenticatedDetail(AuthenticationException e, boolean local) {
        if (e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException oauth
                && oauth.getError().getDescription() != null) {
            return "the bearer token was refused: " + oauth.getError().getDescription();
        }
        if (e instanceof org.springframework.security.authentication.BadCredentialsException) {
            return "the user name or password is wrong";
        }
        return local ? "log in with HTTP Basic as one of the local users" : "send a bearer token of the identity provider";
    }
}
