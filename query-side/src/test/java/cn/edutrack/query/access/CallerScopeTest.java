package cn.edutrack.query.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.edutrack.security.Actor;
import cn.edutrack.security.OutOfScopeException;
import cn.edutrack.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallerScopeTest {

    private static final String WEIXIAN = "CN-13/邯郸市/魏县";

    private static CallerScope scope(Role role, String organisation, String jurisdiction) {
        return new CallerScope(new Actor("u", role, organisation, jurisdiction));
    }

    @Test
    void theAncestorsOfACodeAreItsPathsPrefixesAndTheCountry() {
        assertThat(CallerScope.ancestors(WEIXIAN)).containsExactlyInAnyOrder("CN-13/邯郸市", "CN-13", "CN");
        assertThat(CallerScope.ancestors("CN-13")).containsExactly("CN");
        assertThat(CallerScope.ancestors("CN")).isEmpty();
    }

    @Test
    void aDistrictSeesDefinitionsOfItselfBelowAndAboveButNotOfASibling() {
        CallerScope district = scope(Role.SUPERVISOR, "魏县教育体育局", WEIXIAN);
        assertThat(district.definitionVisible(WEIXIAN)).isTrue();
        assertThat(district.definitionVisible(WEIXIAN + "/某镇")).isTrue();
        assertThat(district.definitionVisible("CN-13/邯郸市")).isTrue();
        assertThat(district.definitionVisible("CN-13")).isTrue();
        assertThat(district.definitionVisible("CN-13/邯郸市/邱县")).isFalse();
        assertThat(district.definitionVisible("CN-13/邯郸市/魏县2")).isFalse();
        assertThatThrownBy(() -> district.requireDefinition("plan p", "CN-13/邯郸市/邱县"))
                .isInstanceOfSatisfying(OutOfScopeException.class, e -> assertThat(e.rule()).isEqualTo("outside-jurisdiction"));
    }

    @Test
    void anExplicitJurisdictionMustBeCoveredNotNarrowed() {
        CallerScope city = scope(Role.AUDITOR, "邯郸市教育督导室", "CN-13/邯郸市");
        city.requireCovered("projects", WEIXIAN);
        assertThatThrownBy(() -> city.requireCovered("projects", "CN-13"))
                .isInstanceOfSatisfying(OutOfScopeException.class, e -> assertThat(e.rule()).isEqualTo("outside-jurisdiction"));
    }

    @Test
    void aManagerReadsByOrganisationTheOthersByJurisdiction() {
        CallerScope manager = scope(Role.MANAGER, "ORG-WEIXIAN", WEIXIAN);
        Map<String, Object> params = new LinkedHashMap<>();
        assertThat(manager.projectCondition("s.jurisdiction", "s.owner_organisation", params))
                .isEqualTo("(s.owner_organisation = :scopeOrganisation)");
        assertThat(params).containsEntry("scopeOrganisation", "ORG-WEIXIAN");
        manager.requireProject("PRJ-1", WEIXIAN, "ORG-WEIXIAN");
        assertThatThrownBy(() -> manager.requireProject("PRJ-2", WEIXIAN, "ORG-OTHER"))
                .isInstanceOfSatisfying(OutOfScopeException.class, e -> assertThat(e.rule()).isEqualTo("not-your-organisation"));

        CallerScope supervisor = scope(Role.SUPERVISOR, "邯郸市教育局", "CN-13/邯郸市");
        params.clear();
        assertThat(supervisor.projectCondition("s.jurisdiction", "s.owner_organisation", params))
                .isEqualTo("(s.jurisdiction = :scopeCode or s.jurisdiction like :scopeBelow escape '\\')");
        assertThat(params).containsEntry("scopeCode", "CN-13/邯郸市").containsEntry("scopeBelow", "CN-13/邯郸市/%");
        supervisor.requireProject("PRJ-2", WEIXIAN, "ORG-OTHER");
    }

    @Test
    void theCountryCoversEveryProvinceAndItsWildcardsAreLiteral() {
        CallerScope country = scope(Role.AUDITOR, "督导办", "CN");
        assertThat(country.national()).isTrue();
        assertThat(scope(Role.AUDITOR, "督导办", "CN-13").national()).isFalse();
        Map<String, Object> params = new LinkedHashMap<>();
        country.definitionCondition("code", params);
        assertThat(params).containsEntry("scopeBelow", "CN-%").doesNotContainKey("scopeAncestors");
        params.clear();
        scope(Role.AUDITOR, "x", "CN-45/X_市").definitionCondition("code", params);
        assertThat(params).containsEntry("scopeBelow", "CN-45/X\\_市/%")
                .containsEntry("scopeAncestors", List.of("CN-45", "CN"));
    }
}
