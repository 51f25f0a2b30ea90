package cn.edutrack.query.access;

import cn.edutrack.security.EndpointRules;
import cn.edutrack.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Which roles may call which query endpoint. Everything not named here is denied (401 to an anonymous caller, 403
 * {@code role-may-not} to an authenticated one), other methods than GET included. What lies in the caller's
 * jurisdiction or organisation is decided by the queries themselves ({@link CallerScope}).
 */
@Configuration(proxyBeanMethods = false)
public class QueryEndpointRules {

    private static final String[] EVERY_ROLE = names(Role.MANAGER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMINISTRATOR);
    private static final String[] READERS_OF_FIGURES = names(Role.SUPERVISOR, Role.AUDITOR, Role.ADMINISTRATOR);
    private static final String[] ANOMALY_READERS = names(Role.AUDITOR, Role.ADMINISTRATOR);

    @Bean
    EndpointRules queryRules() {
        return rules -> rules
                // projects: a manager sees its organisation's, the others their jurisdiction's; their history, their
                // state as of a date as known at a time, and comparisons of two such states, alike
                .requestMatchers(HttpMethod.GET, "/api/projects", "/api/projects/*", "/api/projects/*/timeline",
                        "/api/projects/*/history", "/api/projects/*/as-of", "/api/projects/*/as-of/compare")
                .hasAnyRole(EVERY_ROLE)
                // plan definitions: what the caller's jurisdiction covers or lies under
                .requestMatchers(HttpMethod.GET, "/api/jurisdictions", "/api/plans", "/api/plans/*").hasAnyRole(EVERY_ROLE)
                // everything computed from projects: progress, break-downs, roll-ups, indicators, quotas, lagging, money
                .requestMatchers(HttpMethod.GET, "/api/plans/*/progress", "/api/plans/*/progress/compare",
                        "/api/plans/*/targets/*/breakdown",
                        "/api/plans/*/rollup", "/api/plans/*/indicators", "/api/plans/*/quotas", "/api/progress/**",
                        "/api/indicators/**", "/api/lagging", "/api/money").hasAnyRole(READERS_OF_FIGURES)
                // what the projection could not apply: records of every jurisdiction, for operators and auditors
                // (of the whole country: see AnomalyController)
                .requestMatchers(HttpMethod.GET, "/api/projection/anomalies").hasAnyRole(ANOMALY_READERS)
                // the API's description
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authenticated()
                // actuator endpoints other than health (permitted by the security module)
                .requestMatchers("/actuator", "/actuator/**").hasRole(Role.ADMINISTRATOR.name());
    }

    private static String[] names(Role... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}
