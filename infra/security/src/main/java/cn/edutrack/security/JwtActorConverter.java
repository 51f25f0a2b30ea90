package cn.edutrack.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads the actor from a validated JWT, with the claim names of {@code edutrack.security.claims.*}. A token without a
 * user id, organisation or jurisdiction, or with no or several Edutrack roles, is refused (401 invalid_token)
 * naming the claim: an account must be set up at the identity provider before it can act.
 */
public final class JwtActorConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final EdutrackSecurityProperties.Claims claims;

    public JwtActorConverter(EdutrackSecurityProperties.Claims claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String userId = text(jwt, claims.getUserId());
        Role role = role(jwt);
        Actor actor = new Actor(userId, role, text(jwt, claims.getOrganisation()), text(jwt, claims.getJurisdiction()));
        return new ActorJwtAuthentication(jwt, actor);
    }

    private Role role(Jwt jwt) {
        Object value = claim(jwt.getClaims(), claims.getRole());
        List<Role> roles = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            values.forEach(v -> Role.fromClaim(String.valueOf(v), claims.getRolePrefix()).ifPresent(roles::add));
        } else if (value != null) {
            Role.fromClaim(value.toString(), claims.getRolePrefix()).ifPresent(roles::add);
        }
        List<Role> distinct = roles.stream().distinct().toList();
        if (distinct.size() != 1) {
            throw invalid("claim " + claims.getRole() + " must name exactly one Edutrack role (MANAGER, SUPERVISOR, "
                    + "AUDITOR, ADMINISTRATOR), found " + (distinct.isEmpty() ? "none" : distinct));
        }
        return distinct.get(0);
    }

    private static String text(Jwt jwt, String name) {
        Object value = claim(jwt.getClaims(), name);
        if (value == null || value.toString().isBlank() || value instanceof Collection<?> || value instanceof Map<?, ?>) {
            throw invalid("claim " + name + " is missing or not a single value");
        }
        return value.toString();
    }

    /** The claim at a dotted path; a claim named with the dots themselves wins. */
    static Object claim(Map<String, Object> all, String path) {
        if (all.containsKey(path)) {
            return all.get(path);
        }
        Object current = all;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static OAuth2AuthenticationException invalid(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null),
                description);
    }

    /** A JWT authentication that carries its actor. */
    public static final class ActorJwtAuthentication extends JwtAuthenticationToken implements ActorHolder {

        private final Actor actor;

        ActorJwtAuthentication(Jwt jwt, Actor actor) {
            super(jwt, List.of(new SimpleGrantedAuthority(actor.role().authority())), actor.userId());
            this.actor = actor;
        }

        @Override
        public Actor actor() {
            return actor;
        }
    }
}
