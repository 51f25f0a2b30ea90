package cn.edutrack.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.edutrack.local.demo.DemoUsers.Role;
import cn.edutrack.local.demo.DemoUsers.User;
import cn.edutrack.security.JurisdictionScope;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local users ({@code local-users.yaml}) against the demo data: a manager for every organisation that owns a demo
 * project, a supervisor, an auditor and an administrator for every demo jurisdiction with a bureau, one password, and
 * every demo request sent by a user the access rules let do it. Jurisdictions are compared with the applications' own
 * rule ({@link JurisdictionScope}).
 */
class DemoUsersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final DemoHistory HISTORY = PlanHistoryGenerator.generate(TODAY);
    private static final DemoUsers USERS = DemoUsers.bundled();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void idsAreUniqueAndEveryUserHasARoleAnOrganisationAndAJurisdiction() {
        List<String> ids = USERS.all().stream().map(User::id).toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("(manager|supervisor|auditor|admin)-[a-z0-9-]+"));
        assertThat(USERS.all()).allSatisfy(user -> {
            assertThat(user.id()).startsWith(prefix(user.role()));
            assertThat(user.organisation()).isNotBlank().isNotEqualTo("null");
            assertThat(user.jurisdiction()).matches("CN(-\\d{2}(/[^/]+)*)?");
        });
    }

    @Test
    void theLocalPasswordMatchesEveryHash() {
        Matcher passwords = Pattern.compile("password: \"\\{bcrypt}([^\"]+)\"").matcher(DemoUsers.text());
        List<String> hashes = new ArrayList<>();
        while (passwords.find()) {
            hashes.add(passwords.group(1));
        }
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

        assertThat(hashes).hasSize(USERS.all().size());
        assertThat(hashes).allMatch(hash -> bcrypt.matches(DemoUsers.PASSWORD, hash));
        assertThat(hashes).noneMatch(hash -> bcrypt.matches("test-password", hash));
    }

    @Test
    void everyOrganisationOwningADemoProjectHasExactlyOneManagerWhoseJurisdictionCoversAllItsProjects() {
        Map<String, Set<String>> projectsByOwner = new LinkedHashMap<>();
        for (DemoData.DemoProject project : DemoData.projects()) {
            Map<String, Object> registration = project.steps().get(0).body();
            projectsByOwner.computeIfAbsent((String) registration.get("ownerOrganisation"), o -> new TreeSet<>())
                    .add((String) registration.get("jurisdiction"));
        }
        for (DemoPlan plan : HISTORY.plans()) {
            plan.projects().forEach(p -> projectsByOwner.computeIfAbsent(p.owner(), o -> new TreeSet<>()).add(p.jurisdiction()));
        }
        HISTORY.projects().forEach(p ->
                projectsByOwner.computeIfAbsent(p.ownerOrganisation(), o -> new TreeSet<>()).add(p.jurisdiction()));

        assertThat(projectsByOwner).containsKeys("XX区教育局", "鼓楼区教育局", "邯郸市教育局", "魏县教育体育局", "施甸县教育体育局",
                "邯郸学院", "民办幼儿园举办者", "施甸县阳光幼教投资有限公司", "XX区第三幼儿园", "YY县第二小学");
        projectsByOwner.forEach((owner, jurisdictions) -> {
            List<User> managers = USERS.all().stream()
                    .filter(u -> u.role() == Role.MANAGER && u.organisation().equals(owner)).toList();
            assertThat(managers).as("managers of " + owner).hasSize(1);
            String scope = managers.get(0).jurisdiction();
            assertThat(jurisdictions).as(owner + "'s projects under " + scope)
                    .allMatch(code -> JurisdictionScope.covers(scope, code));
        });
        assertThat(USERS.all().stream().filter(u -> u.role() == Role.MANAGER).map(User::organisation))
                .as("no manager without a demo project").containsExactlyInAnyOrderElementsOf(projectsByOwner.keySet());
    }

    @Test
    void everyDemoJurisdictionWithABureauHasOneSupervisorOneAuditorAndOneAdministratorOfThatBureau() {
        Set<String> withBureau = new TreeSet<>();
        HISTORY.plans().forEach(plan -> withBureau.addAll(selfAndAbove(plan.jurisdiction())));
        DemoData.projects().forEach(p -> withBureau.addAll(selfAndAbove((String) p.steps().get(0).body().get("jurisdiction"))));
        PlanHistoryGenerator.HANDAN_COUNTIES.keySet().forEach(county -> withBureau.add("CN-13/邯郸市/" + county));

        assertThat(withBureau).contains("CN", "CN-13", "CN-13/邯郸市", "CN-13/邯郸市/魏县", "CN-35/福州市/鼓楼区",
                "CN-45", "CN-45/XX市", "CN-45/XX市/XX区", "CN-45/XX市/YY县", "CN-53/保山市", "CN-53/保山市/施甸县").hasSize(31);
        for (String code : withBureau) {
            List<User> officials = USERS.all().stream()
                    .filter(u -> u.role() != Role.MANAGER && u.jurisdiction().equals(code)).toList();
            assertThat(officials.stream().map(User::role)).as(code)
                    .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.AUDITOR, Role.ADMINISTRATOR);
            assertThat(officials.stream().map(User::organisation).distinct()).as(code + ": one bureau").hasSize(1);
            String slug = officials.get(0).id().substring(officials.get(0).id().indexOf('-') + 1);
            assertThat(officials).as(code + ": one place slug").allMatch(u -> u.id().equals(prefix(u.role()) + slug));
        }
        assertThat(USERS.all().stream().filter(u -> u.role() != Role.MANAGER).map(User::jurisdiction))
                .as("no official of a jurisdiction outside the demo").allMatch(withBureau::contains);
        assertThat(USERS.user("supervisor-handan")).get()
                .isEqualTo(new User("supervisor-handan", Role.SUPERVISOR, "邯郸市教育局", "CN-13/邯郸市"));
        assertThat(USERS.user("supervisor-cn").orElseThrow().organisation()).isEqualTo("教育部");
    }

    @Test
    void eachPlanFileIsImportedByTheAdministratorOfItsJurisdictionWhoMayRegisterEverythingInIt() {
        for (DemoPlan plan : HISTORY.plans()) {
            DemoRequest request = HISTORY.requests().stream()
                    .filter(r -> r.isPlanImport() && r.path().contains(plan.fileName())).findFirst().orElseThrow();
            User admin = user(request.user());

            assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
            assertThat(admin.jurisdiction()).as(plan.fileName()).isEqualTo(plan.jurisdiction());
            assertThat(plan.parentJurisdiction()).as(plan.fileName()).isNotNull();
            assertThat(JurisdictionScope.isAncestorOf(plan.parentJurisdiction(), admin.jurisdiction())).isTrue();
            assertThat(plan.projects()).allMatch(p -> JurisdictionScope.covers(admin.jurisdiction(), p.jurisdiction()));
        }
    }

    @Test
    void everyGeneratedRequestIsSentByAUserTheAccessRulesLetDoIt() {
        Map<String, String> planJurisdiction = HISTORY.plans().stream()
                .collect(Collectors.toMap(DemoPlan::planId, DemoPlan::jurisdiction));
        Set<String> operations = new TreeSet<>();
        for (DemoRequest request : HISTORY.requests()) {
            if (request.isPlanImport()) {
                continue;
            }
            User user = user(request.user());
            String what = request.lane() + " " + request.operation() + " as " + user.id();
            operations.add(request.operation());
            if (request.operation().equals("measurement")) {
                String planId = request.lane().substring("measurements:".length());
                assertThat(user.role()).as(what).isEqualTo(Role.ADMINISTRATOR);
                assertThat(JurisdictionScope.covers(user.jurisdiction(), planJurisdiction.get(planId))).as(what).isTrue();
                continue;
            }
            ProjectHistory project = HISTORY.project(request.lane()).orElseThrow();
            assertThat(JurisdictionScope.covers(user.jurisdiction(), project.jurisdiction())).as(what).isTrue();
            switch (request.operation()) {
                case "plan-assignment" -> {
                    assertThat(user.role()).as(what).isEqualTo(Role.ADMINISTRATOR);
                    assertThat(user.jurisdiction()).as(what).isEqualTo(planJurisdiction.get(project.planId()));
                }
                case "rectification-orders", "rechecks", "summonses" -> {
                    assertThat(user.role()).as(what).isEqualTo(Role.SUPERVISOR);
                    assertThat(user).as(what + ": the nearest supervisor")
                            .isEqualTo(USERS.nearest(Role.SUPERVISOR, project.jurisdiction()));
                    JsonNode body = JSON.readTree(request.body());
                    if (body.has("issuingBody")) {
                        assertThat(body.get("issuingBody").asString()).as(what).isEqualTo(user.organisation());
                    }
                }
                default -> {
                    assertThat(user.role()).as(what).isEqualTo(Role.MANAGER);
                    assertThat(user.organisation()).as(what).isEqualTo(project.ownerOrganisation());
                }
            }
        }
        assertThat(operations).contains("register", "plan-assignment", "approval", "rectification-orders", "rechecks",
                "summonses", "measurement");
        // the county's supervisor for 邯郸's counties, the district's for 鼓楼区's streets
        assertThat(USERS.nearest(Role.SUPERVISOR, "CN-13/邯郸市/魏县").id()).isEqualTo("supervisor-weixian");
        assertThat(USERS.nearest(Role.SUPERVISOR, "CN-35/福州市/鼓楼区/鼓东街道").id()).isEqualTo("supervisor-gulou");
    }

    @Test
    void theHandWrittenDemoProjectsAreRecordedByTheManagersOfTheirOwners() {
        for (DemoData.DemoProject project : DemoData.projects()) {
            Map<String, Object> registration = project.steps().get(0).body();
            User manager = user(DemoData.managerOf(project));

            assertThat(manager.role()).isEqualTo(Role.MANAGER);
            assertThat(manager.organisation()).isEqualTo(registration.get("ownerOrganisation"));
            assertThat(JurisdictionScope.covers(manager.jurisdiction(), (String) registration.get("jurisdiction")))
                    .as(project.id()).isTrue();
        }
    }

    @Test
    void theBasicAuthorizationCarriesTheLocalPassword() {
        assertThat(DemoUsers.basicAuthorization("supervisor-handan"))
                .isEqualTo("Basic " + java.util.Base64.getEncoder().encodeToString(
                        "supervisor-handan:edutrack-local".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static User user(String id) {
        return USERS.user(id).orElseThrow(() -> new AssertionError("no local user " + id));
    }

    private static String prefix(Role role) {
        return switch (role) {
            case MANAGER -> "manager-";
            case SUPERVISOR -> "supervisor-";
            case AUDITOR -> "auditor-";
            case ADMINISTRATOR -> "admin-";
        };
    }

    /** The code, the codes above it and the country: CN-45/XX市/XX区, CN-45/XX市, CN-45, CN. */
    private static List<String> selfAndAbove(String code) {
        List<String> codes = new ArrayList<>();
        for (String c = code; c.contains("/"); c = c.substring(0, c.lastIndexOf('/'))) {
            codes.add(c);
        }
        codes.add(code.contains("/") ? code.substring(0, code.indexOf('/')) : code);
        codes.add("CN");
        return codes;
    }
}
