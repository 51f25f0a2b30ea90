package cn.edutrack.local.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The users of local mode and of the end-to-end tests ({@code local-users.yaml} on this module's class path, the
 * format of the applications' {@code edutrack.security.users-file}): a supervisor, an auditor and an administrator
 * for every demo jurisdiction with an education bureau, and a manager for every organisation that owns a demo
 * project. One password for all, {@value #PASSWORD}, for this machine only. The demo loaders send each request as the
 * user the access rules expect: a project's registration and lifecycle as the manager of its owner, plans, imports,
 * measurements and plan assignments as the administrator of the plan's jurisdiction, supervision as the supervisor of
 * the project's district or county.
 */
public final class DemoUsers {

    /** The class-path resource with the users. */
    public static final String RESOURCE = "local-users.yaml";
    /** The password of every local user. */
    public static final String PASSWORD = "edutrack-local";

    /** What a user does; the applications' roles. */
    public enum Role { MANAGER, SUPERVISOR, AUDITOR, ADMINISTRATOR }

    /** One user of the file (its encoded password left out). */
    public record User(String id, Role role, String organisation, String jurisdiction) {

        /** Whether the user's jurisdiction is {@code code} or lies above it. */
        public boolean covers(String code) {
            return DemoUsers.covers(jurisdiction, code);
        }
    }

    private static final DemoUsers BUNDLED = parse(text());

    private final List<User> users;

    private DemoUsers(List<User> users) {
        this.users = List.copyOf(users);
    }

    /** The users of {@value #RESOURCE}. */
    public static DemoUsers bundled() {
        return BUNDLED;
    }

    public List<User> all() {
        return users;
    }

    public Optional<User> user(String id) {
        return users.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** The one manager of an organisation. */
    public User managerOf(String organisation) {
        return users.stream().filter(u -> u.role() == Role.MANAGER && u.organisation().equals(organisation))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no local manager of " + organisation + " in " + RESOURCE));
    }

    /**
     * The user of that role nearest above {@code code}: bound to the code itself, else to the closest jurisdiction
     * above it (a street's project is supervised by its district's supervisor).
     */
    public User nearest(Role role, String code) {
        return users.stream().filter(u -> u.role() == role && u.covers(code))
                .max(Comparator.comparingInt(u -> u.jurisdiction().length()))
                .orElseThrow(() -> new IllegalStateException("no local " + role + " for " + code + " in " + RESOURCE));
    }

    /** The value of an {@code Authorization} header for the user with the local password. */
    public static String basicAuthorization(String userId) {
        return basicAuthorization(userId, PASSWORD);
    }

    public static String basicAuthorization(String userId, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The text of {@value #RESOURCE}. */
    public static String text() {
        try (InputStream in = DemoUsers.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Writes {@value #RESOURCE} to {@code file} (replacing it), for the applications' {@code users-file}. */
    public static Path writeTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static DemoUsers parse(String yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("users") instanceof List<?> list)) {
            throw new IllegalStateException(RESOURCE + ": expected a list under 'users'");
        }
        List<User> users = new ArrayList<>();
        for (Object item : list) {
            Map<?, ?> entry = (Map<?, ?>) item;
            users.add(new User(String.valueOf(entry.get("id")), Role.valueOf(String.valueOf(entry.get("role"))),
                    String.valueOf(entry.get("organisation")), String.valueOf(entry.get("jurisdiction"))));
        }
        return new DemoUsers(users);
    }

    /**
     * A scope covers its own code and the codes below it ({@code CN-13/邯郸市} covers {@code CN-13/邯郸市/魏县}); the
     * country {@code CN} covers {@code CN-13} and below. The rule of the applications' {@code JurisdictionScope}.
     */
    static boolean covers(String scope, String code) {
        if (scope == null || code == null || scope.isBlank() || code.isBlank()) {
            return false;
        }
        String prefix = scope.equals("CN") ? "CN-" : scope + "/";
        return code.equals(scope) || code.startsWith(prefix);
    }
}
