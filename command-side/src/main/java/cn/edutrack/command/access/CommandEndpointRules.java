package cn.edutrack.command.access;

import cn.edutrack.security.EndpointRules;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Which roles may call which command endpoint at all. Whatever is not named here is denied (401 to an anonymous
 * caller, 403 {@code role-may-not} to an authenticated one); whether the project, plan or jurisdiction lies in
 * the caller's scope is {@link CommandAuthorization}'s business.
 */
@Configuration
class CommandEndpointRules {

    /** The lifecycle steps of a project, {@code POST /api/projects/{id}/<step>}: its organisation's managers only. */
    static final List<String> LIFECYCLE_STEPS = List.of("approval", "allocations", "construction-start",
            "progress-reports", "completion", "acceptance-passes", "acceptance-failures", "service-entry", "suspension",
            "resumption", "schedule-rebaselines", "budget-revisions", "scope-revisions", "handover",
            "site-decommissioning", "cancellation", "reform-launch", "reform-evaluations", "reform-conclusion",
            "designation-applications", "designation-grant", "designation-rejection");

    /** A supervisor's actions on a project, {@code POST /api/projects/{id}/<action>}. */
    static final List<String> SUPERVISION_ACTIONS = List.of("rectification-orders", "summonses", "rechecks");

    @Bean
    EndpointRules commandSideEndpointRules() {
        return rules -> {
            rules.requestMatchers(HttpMethod.POST, "/api/projects").hasAnyRole("MANAGER", "ADMINISTRATOR");
            rules.requestMatchers(HttpMethod.POST, "/api/projects/*/plan-assignment").hasAnyRole("MANAGER", "ADMINISTRATOR");
            // who may correct an event depends on its kind: CommandAuthorization.checkCorrection, with the event in hand
            rules.requestMatchers(HttpMethod.POST, "/api/projects/*/corrections")
                    .hasAnyRole("MANAGER", "SUPERVISOR", "ADMINISTRATOR");
            rules.requestMatchers(HttpMethod.POST, projectPaths(SUPERVISION_ACTIONS)).hasRole("SUPERVISOR");
            rules.requestMatchers(HttpMethod.POST, projectPaths(LIFECYCLE_STEPS)).hasRole("MANAGER");
            rules.requestMatchers(HttpMethod.POST, "/api/jurisdictions", "/api/plans", "/api/plans/**", "/api/plan-imports")
                    .hasRole("ADMINISTRATOR");
            rules.requestMatchers(HttpMethod.POST, "/api/operations/publisher/**").hasRole("ADMINISTRATOR");
            rules.requestMatchers(HttpMethod.GET, "/api/audit/projects/*/verification", "/api/audit/plans/*/verification",
                            "/api/audit/projects/*/history", "/api/audit/jurisdictions/history")
                    .hasAnyRole("AUDITOR", "SUPERVISOR", "ADMINISTRATOR");
            rules.requestMatchers(HttpMethod.GET, "/api/audit/checkpoints", "/api/audit/checkpoints/*")
                    .hasAnyRole("AUDITOR", "ADMINISTRATOR");
            rules.requestMatchers(HttpMethod.POST, "/api/audit/checkpoints", "/api/audit/verifications")
                    .hasAnyRole("AUDITOR", "ADMINISTRATOR");
            rules.requestMatchers(HttpMethod.GET, "/actuator/info", "/actuator/metrics", "/actuator/metrics/**")
                    .hasRole("ADMINISTRATOR");
        };
    }

    private static String[] projectPaths(List<String> operations) {
        return operations.stream().map(operation -> "/api/projects/*/" + operation).toArray(String[]::new);
    }
}
