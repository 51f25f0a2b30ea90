package cn.edutrack.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The users of local mode and of the tests, from a YAML file:
 *
 * <pre>
 * users:
 *   - id: supervisor-handan
 *     password: "{bcrypt}$2a$04$..."     # a Spring Security encoded password
 *     role: SUPERVISOR
 *     organisation: 邯郸市教育局
 *     jurisdiction: CN-13/邯郸市
 * </pre>
 *
 * Every user needs all five; a file with a missing field, an unknown role or a user twice is refused at start-up
 * with the user and the field named.
 */
public final class LocalUsers implements UserDetailsService {

    private final Map<String, LocalUser> users;

    private LocalUsers(Map<String, LocalUser> users) {
        this.users = users;
    }

    public static LocalUsers load(Resource file) {
        if (!file.exists()) {
            throw new IllegalStateException("the local users file " + file.getDescription() + " does not exist");
        }
        try (InputStream in = file.getInputStream()) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return parse(root, file.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the local users file " + file.getDescription(), e);
        }
    }

    static LocalUsers parse(Object root, String source) {
        if (!(root instanceof Map<?, ?> map) || !(map.get("users") instanceof List<?> list)) {
            throw new IllegalStateException(source + ": expected a list under 'users'");
        }
        Map<String, LocalUser> users = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                throw new IllegalStateException(source + ": users[" + i + "] is not a mapping");
            }
            String where = source + ": users[" + i + "]";
            String id = text(entry, "id", where);
            String roleName = text(entry, "role", where);
            Role role = Role.fromClaim(roleName, "").orElseThrow(() ->
                    new IllegalStateException(where + ".role: unknown role " + roleName));
            Actor actor = new Actor(id, role, text(entry, "organisation", where), text(entry, "jurisdiction", where));
            LocalUser user = new LocalUser(actor, text(entry, "password", where));
            if (users.putIfAbsent(id, user) != null) {
                throw new IllegalStateException(where + ".id: " + id + " is listed twice");
            }
        }
        return new LocalUsers(users);
    }

    private static String text(Map<?, ?> entry, String field, String where) {
        Object value = entry.get(field);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException(where + "." + field + ": missing");
        }
        return value.toString();
    }

    public Collection<LocalUser> all() {
        return List.copyOf(users.values());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LocalUser user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such local user");
        }
        // a copy: the filter chain erases the credentials of the one it authenticated
        return new LocalUser(user.actor(), user.getPassword());
    }

    /** A local user: the actor and the encoded password. */
    public static final class LocalUser implements UserDetails, CredentialsContainer, ActorHolder {

        private final Actor actor;
        private String password;

        LocalUser(Actor actor, String password) {
            this.actor = actor;
            this.password = password;
        }

        @Override
        public Actor actor() {
            return actor;
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return List.of(new SimpleGrantedAuthority(actor.role().authority()));
        }

        @Override
        public String getPassword() {
            return password;
        }

        @Override
        public String getUsername() {
            return actor.userId();
        }

        @Override
        public void eraseCredentials() {
            password = null;
        }
    }
}
