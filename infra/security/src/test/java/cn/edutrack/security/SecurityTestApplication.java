package cn.edutrack.security;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A small application with rules like the real ones', to test the filter chain on its own. */
@SpringBootApplication
class SecurityTestApplication {

    @Bean
    EndpointRules rules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/things/**").hasAnyRole("SUPERVISOR", "MANAGER")
                .requestMatchers(HttpMethod.POST, "/api/things").hasRole("MANAGER");
    }

    @RestController
    static class Things {

        @GetMapping("/api/things")
        Map<String, String> thing(@RequestParam String code) {
            Actor actor = Actors.current();
            if (!actor.covers(code)) {
                throw OutOfScopeException.outsideJurisdiction(actor, "the thing", code);
            }
            return Map.of("code", code);
        }

        @PostMapping("/api/things")
        Map<String, Object> record(@RequestBody String body) {
            return Map.of("recordedBy", Actors.current().userId(), "bytes", body.length());
        }
    }
}
