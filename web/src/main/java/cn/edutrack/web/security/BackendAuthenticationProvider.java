package cn.edutrack.web.security;

import cn.edutrack.web.WebProperties;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Checks a login form's username and password by calling the query side's {@code GET /api/me} with them as HTTP
 * Basic: 200 signs the user in as the actor it describes, 401 is a wrong username or password, anything else means
 * the query side cannot say (shown as "unavailable", never as a wrong password).
 */
@Component
class BackendAuthenticationProvider implements AuthenticationProvider {

    private final RestClient query;

    BackendAuthenticationProvider(RestClient.Builder builder, WebProperties properties) {
        this.query = builder.clone().baseUrl(properties.queryUrl()).build();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (username == null || username.isBlank() || password.isEmpty()) {
            throw new BadCredentialsException("username and password are required");
        }
        Me me;
        try {
            me = query.get().uri("/api/me")
                    .accept(MediaType.APPLICATION_JSON)
                    .headers(h -> h.setBasicAuth(username, password, StandardCharsets.UTF_8))
                    .retrieve()
                    .body(Me.class);
        } catch (HttpClientErrorException.Unauthorized e) {
            throw new BadCredentialsException("the query side refused the credentials");
        } catch (RestClientException e) {
            throw new AuthenticationServiceException("the query side could not check the credentials", e);
        }
        if (me == null || me.userId() == null || me.role() == null) {
            throw new AuthenticationServiceException("the query side did not say who the user is");
        }
        SignedInUser user = new SignedInUser(me.userId(), me.role(), me.organisation(), me.jurisdiction(), username,
                password);
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + me.role())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The answer of {@code /api/me}. */
    record Me(String userId, String role, String organisation, String jurisdiction) {
    }
}
