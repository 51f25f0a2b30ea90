package cn.edutrack.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JurisdictionScopeTest {

    @Test
    void a_scope_covers_itself_and_what_lies_below_it() {
        assertThat(JurisdictionScope.covers("CN-13/邯郸市", "CN-13/邯郸市")).isTrue();
        assertThat(JurisdictionScope.covers("CN-13/邯郸市", "CN-13/邯郸市/魏县")).isTrue();
        assertThat(JurisdictionScope.covers("CN-13/邯郸市", "CN-13/邯郸市/魏县/某镇")).isTrue();
    }

    @Test
    void a_scope_does_not_cover_siblings_parents_or_names_that_only_start_alike() {
        assertThat(JurisdictionScope.covers("CN-13/邯郸市/魏县", "CN-13/邯郸市/邱县")).isFalse();
        assertThat(JurisdictionScope.covers("CN-13/邯郸市/魏县", "CN-13/邯郸市")).isFalse();
        assertThat(JurisdictionScope.covers("CN-13/邯郸市", "CN-13/邯郸市新区")).isFalse();
        assertThat(JurisdictionScope.covers("CN-1", "CN-13")).isFalse();
    }

    @Test
    void the_country_covers_its_subdivisions() {
        assertThat(JurisdictionScope.covers("CN", "CN-13")).isTrue();
        assertThat(JurisdictionScope.covers("CN", "CN-45/XX市/XX区")).isTrue();
        assertThat(JurisdictionScope.covers("CN", "CNX-1")).isFalse();
        assertThat(JurisdictionScope.descendantPrefix("CN")).isEqualTo("CN-");
        assertThat(JurisdictionScope.descendantPrefix("CN-13")).isEqualTo("CN-13/");
    }

    @Test
    void nothing_covers_a_missing_code() {
        assertThat(JurisdictionScope.covers("CN", null)).isFalse();
        assertThat(JurisdictionScope.covers("CN", " ")).isFalse();
        assertThat(JurisdictionScope.covers(null, "CN-13")).isFalse();
    }

    @Test
    void ancestors() {
        assertThat(JurisdictionScope.isAncestorOf("CN-13", "CN-13/邯郸市")).isTrue();
        assertThat(JurisdictionScope.isAncestorOf("CN-13/邯郸市", "CN-13/邯郸市")).isFalse();
        assertThat(JurisdictionScope.isAncestorOf("CN-13/邯郸市/魏县", "CN-13/邯郸市")).isFalse();
    }
}
