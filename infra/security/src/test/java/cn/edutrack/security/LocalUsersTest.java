package cn.edutrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

class LocalUsersTest {

    @Test
    void reads_every_user_with_its_actor() {
        LocalUsers users = LocalUsers.load(new ClassPathResource("security-test-users.yaml"));

        assertThat(users.all()).extracting(LocalUsers.LocalUser::actor).containsExactly(
                new Actor("supervisor-handan", Role.SUPERVISOR, "邯郸市教育局", "CN-13/邯郸市"),
                new Actor("manager-weixian", Role.MANAGER, "魏县教育体育局", "CN-13/邯郸市/魏县"));
        assertThat(users.loadUserByUsername("manager-weixian").getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_MANAGER");
        assertThatThrownBy(() -> users.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void refuses_a_user_without_a_jurisdiction_naming_the_user_and_field() {
        Map<String, Object> user = Map.of("id", "x", "password", "{noop}x", "role", "AUDITOR", "organisation", "o");

        assertThatThrownBy(() -> LocalUsers.parse(Map.of("users", List.of(user)), "users.yaml"))
                .hasMessage("users.yaml: users[0].jurisdiction: missing");
    }

    @Test
    void refuses_an_unknown_role_and_a_user_listed_twice() {
        Map<String, Object> user = Map.of("id", "x", "password", "{noop}x", "role", "AUDITOR", "organisation", "o",
                "jurisdiction", "CN");
        Map<String, Object> boss = Map.of("id", "y", "password", "{noop}x", "role", "BOSS", "organisation", "o",
                "jurisdiction", "CN");

        assertThatThrownBy(() -> LocalUsers.parse(Map.of("users", List.of(boss)), "f"))
                .hasMessage("f: users[0].role: unknown role BOSS");
        assertThatThrownBy(() -> LocalUsers.parse(Map.of("users", List.of(user, user)), "f"))
                .hasMessage("f: users[1].id: x is listed twice");
    }
}
