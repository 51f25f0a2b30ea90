package cn.edutrack.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.edutrack.events.plan.Comparator;
import cn.edutrack.infra.Infrastructure;
import cn.edutrack.local.EdutrackSystem.Config;
import cn.edutrack.local.demo.DemoAnchor;
import cn.edutrack.local.demo.DemoData;
import cn.edutrack.local.demo.DemoHistory;
import cn.edutrack.local.demo.DemoHistoryLoader;
import cn.edutrack.local.demo.DemoPlan;
import cn.edutrack.local.demo.DemoUsers;
import cn.edutrack.local.demo.PlanHistoryGenerator;
import cn.edutrack.local.demo.ProjectHistory;
import cn.edutrack.local.demo.ProjectHistory.Stage;
import cn.edutrack.local.cli.PlanImportCli;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questions supervisors ask of the four demo plans, answered by the real system (both applications as processes,
 * real PostgreSQL and Kafka) after local mode's demo load: the plan files imported and the generated history sent
 * through the command API, each request as the local user the access rules expect. Each question is asked as the
 * supervisor of the plan's jurisdiction (the country's for questions across the plans). Every expected number is
 * computed here from the {@link DemoHistory} the load sent, never read back from the system.
 */
class AcceptanceQuestionsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CATCH_UP = Duration.ofMinutes(4);
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(20);
    /** Who asks the questions across the four plans. */
    private static final String COUNTRY = "supervisor-cn";
    private static final DemoUsers USERS = DemoUsers.bundled();

    private static final String XX = "xx-district-2021";
    private static final String GULOU = "gulou-2021";
    private static final String HANDAN = "handan-2022";
    private static final String SHIDIAN = "shidian-2021";
    /** How the progress API names each stage count. */
    private static final Map<Stage, String> STAGE_FIELDS = orderedStages();

    private static RunningSystem system;
    private static DemoHistory history;
    private static LocalDate today;
    private static DemoHistoryLoader.Result firstLoad;

    @BeforeAll
    static void startSystemAndLoadTheDemo() {
        Infrastructure infrastructure = Infrastructure.get();
        system = EdutrackSystem.start(Config.forTests(Path.of("target", "it-acceptance"),
                infrastructure.newDatabase("acc_command"), infrastructure.newDatabase("acc_query"),
                infrastructure.kafkaBootstrapServers()));
        assertThat(DemoData.load(system.commandUrl()).problems()).isEmpty();
        today = DemoAnchor.today();
        history = PlanHistoryGenerator.generate(today);
        firstLoad = DemoHistoryLoader.load(system.commandUrl(), history);
        assertThat(firstLoad.problems()).isEmpty();
        awaitEveryGeneratedProjectAtItsLastEvent();
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    // ============================================================================================ the load

    @Test
    void theDemoLoadImportsTheFourPlansAndRecordsTheWholeHistoryAndASecondLoadRecordsNothing() {
        assertThat(firstLoad.plansImported()).isEqualTo(4);
        assertThat(firstLoad.projectsLoaded()).isEqualTo(history.projects().size());
        assertThat(firstLoad.measurementsRecorded()).isEqualTo(history.measurements().size());

        DemoHistoryLoader.Result second = DemoHistoryLoader.load(system.commandUrl(), PlanHistoryGenerator.generate(today));

        assertThat(second.problems()).isEmpty();
        assertThat(second.plansUnchanged()).isEqualTo(4);
        assertThat(second.eventsRecorded()).isZero();
        assertThat(second.projectsLoaded()).isZero();
        assertThat(second.projectsAlreadyThere()).isEqualTo(history.projects().size());
    }

    @Test
    void theImportCliReportsAnImportedFileAsUnchangedAndABrokenOneWithLineAndFieldAndRecordsNothing(@TempDir Path dir)
            throws Exception {
        Path demoFile = dir.resolve("gulou-2021-2025.yaml");
        try (var in = getClass().getClassLoader().getResourceAsStream("plan-files/gulou-2021-2025.yaml")) {
            Files.write(demoFile, in.readAllBytes());
        }
        Path broken = Files.writeString(dir.resolve("broken.yaml"), Files.readString(demoFile)
                .replaceFirst("comparator: [a-z_]+", "comparator: roughly"));
        long before = get("/api/plans/" + GULOU).get("version").asLong();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PlanImportCli cli = new PlanImportCli(outStream, errStream,
                Map.of("EDUTRACK_USER", "admin-gulou", "EDUTRACK_PASSWORD", DemoUsers.PASSWORD), user -> null);

        int unchanged = cli.run(new String[] {"import", demoFile.toString(), "--url", system.commandUrl()});
        int refused = cli.run(new String[] {"import", broken.toString(), "--url", system.commandUrl()});
        int otherCity = cli.run(new String[] {"import", demoFile.toString(), "--url", system.commandUrl(),
                "--user", "admin-handan"});
        int auditor = cli.run(new String[] {"import", demoFile.toString(), "--url", system.commandUrl(),
                "--user", "auditor-gulou"});
        int wrongPassword = new PlanImportCli(outStream, errStream,
                Map.of("EDUTRACK_USER", "admin-gulou", "EDUTRACK_PASSWORD", "test-password"), user -> null)
                .run(new String[] {"import", demoFile.toString(), "--url", system.commandUrl()});

        assertThat(unchanged).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("plan gulou-2021 unchanged");
        assertThat(refused).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .containsPattern("broken\\.yaml:\\d+:\\d+: indicators\\[\\d+\\]\\.target\\.comparator: unknown-comparator: 'roughly'")
                .contains("gulou-2021-2025.yaml: not imported: forbidden (outside-jurisdiction)")
                .contains("gulou-2021-2025.yaml: not imported: forbidden (role-may-not)")
                .contains("gulou-2021-2025.yaml: not imported: the command side did not accept the credentials");
        assertThat(otherCity).as("邯郸's administrator imports 鼓楼区's plan").isEqualTo(1);
        assertThat(auditor).as("an auditor imports").isEqualTo(1);
        assertThat(wrongPassword).isEqualTo(2);
        assertThat(get("/api/plans/" + GULOU).get("version").asLong()).isEqualTo(before);
    }

    // ============================================================================================ who sees what

    @Test
    void theDemoIsRecordedByTheUsersTheRulesExpectAndEachCountySeesItsOwnProjectsOnly() {
        ProjectHistory ordered = history.projectsOf(HANDAN).stream().filter(p -> !p.rectificationOrders().isEmpty())
                .findFirst().orElseThrow();
        String county = ordered.jurisdiction();
        String supervisor = USERS.nearest(DemoUsers.Role.SUPERVISOR, county).id();
        String manager = USERS.managerOf(ordered.ownerOrganisation()).id();
        String sibling = history.projectsOf(HANDAN).stream().map(ProjectHistory::jurisdiction)
                .filter(code -> !code.equals(county)).findFirst().orElseThrow();
        String siblingSupervisor = USERS.nearest(DemoUsers.Role.SUPERVISOR, sibling).id();

        JsonNode timeline = get(supervisor, "/api/projects/" + ordered.projectId() + "/timeline");
        Map<String, String> recorders = new LinkedHashMap<>();
        timeline.get("events").forEach(event -> recorders.putIfAbsent(event.get("type").asString(),
                event.get("recordedBy").get("userId").asString()));
        assertThat(recorders).containsEntry("cn.edutrack.project.registered.v1", manager)
                .containsEntry("cn.edutrack.project.assigned-to-plan.v1", "admin-handan")
                .containsEntry("cn.edutrack.project.rectification-ordered.v1", supervisor);

        // counts, not only statuses: a county sees exactly its projects, the city all of its plan's
        assertThat(totalItems(supervisor, "/api/projects?size=1"))
                .isEqualTo(history.projects().stream().filter(p -> p.jurisdiction().equals(county)).count());
        assertThat(totalItems("supervisor-handan", "/api/projects?size=1"))
                .isEqualTo(history.projectsOf(HANDAN).size() + history.plan(HANDAN).projects().size());
        assertThat(totalItems(manager, "/api/projects?size=1")).as("a manager: its organisation's projects")
                .isEqualTo(history.projects().stream()
                        .filter(p -> p.ownerOrganisation().equals(ordered.ownerOrganisation())).count());
        assertThat(status(siblingSupervisor, "/api/projects/" + ordered.projectId())).isEqualTo(403);
        assertThat(status(siblingSupervisor, "/api/projects?jurisdiction=" + encode(county))).isEqualTo(403);
        assertThat(status(supervisor, "/api/plans/" + HANDAN + "/progress")).as("the city's figures hold other counties'")
                .isEqualTo(403);
        assertThat(status("supervisor-gulou", "/api/plans/" + HANDAN)).as("another province's plan").isEqualTo(403);
        assertThat(status(null, "/api/projects")).isEqualTo(401);
    }

    @Test
    void eachCountySupervisorSeesTheRectificationOrdersTheHistoryLeftOpenPastTheirDeadlineInItsCountyOnly() {
        Map<String, Set<String>> overdueByCounty = new TreeMap<>();
        history.projectsOf(HANDAN).forEach(p -> {
            if (!p.rectificationOverdue(today).isEmpty()) {
                overdueByCounty.computeIfAbsent(p.jurisdiction(), c -> new TreeSet<>()).add(p.projectId());
            }
        });
        Set<String> city = overdueByCounty.values().stream().flatMap(Set::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(overdueByCounty).as("the demo leaves orders overdue in several counties").hasSizeGreaterThan(1);

        eventually(() -> {
            assertThat(rectificationOverdue("supervisor-handan", "CN-13/邯郸市")).isEqualTo(city);
            for (String county : PlanHistoryGenerator.HANDAN_COUNTIES.keySet()) {
                String code = "CN-13/邯郸市/" + county;
                String supervisor = USERS.nearest(DemoUsers.Role.SUPERVISOR, code).id();
                assertThat(rectificationOverdue(supervisor, null)).as(county)
                        .isEqualTo(overdueByCounty.getOrDefault(code, Set.of()));
            }
        });
    }

    // ============================================================================================ XX区 专栏7

    @Test
    void xxDistrictTheFifteenKindergartensAndFortyTwoSchoolsOfColumnSevenByStage() {
        eventually(() -> {
            JsonNode progress = progress(XX, today);
            for (String target : List.of("TGT-000-07a", "TGT-000-07b", "TGT-000-07e-schools")) {
                assertTarget(target(progress, target), XX, target, today);
            }
            assertThat(target(progress, "TGT-000-07a").get("projects").asInt()).isEqualTo(15);
            assertThat(target(progress, "TGT-000-07b").get("projects").asInt()).isEqualTo(42);
            assertThat(target(progress, "TGT-000-07e-schools").get("projects").asInt()).isEqualTo(57);
        });
    }

    @Test
    void xxDistrictPlacesFromSchoolsAcceptedAndInServiceAgainstAbout28000() {
        List<ProjectHistory> schools = history.generatedLeaves(XX, "TGT-000-07e-places");
        BigDecimal delivered = DemoHistory.delivered(schools, "TGT-000-07e-places", today);
        eventually(() -> {
            JsonNode places = target(progress(XX, today), "TGT-000-07e-places");
            assertTarget(places, XX, "TGT-000-07e-places", today);
            assertThat(places.get("planned").get("comparator").asString()).isEqualTo("ABOUT");
            assertThat(decimal(places.get("planned").get("value"))).isEqualByComparingTo("28000");
            assertThat(decimal(places.get("delivered"))).isEqualByComparingTo(delivered);
            assertThat(decimal(places.get("percentOfTarget")).doubleValue())
                    .isCloseTo(delivered.doubleValue() * 100 / 28000, within(0.6));
        });
    }

    // ============================================================================================ 鼓楼区

    @Test
    void gulouPlacesAddedAgainst8000SplitInto3000PreSchoolAnd5000Compulsory() {
        Map<String, String> goals = Map.of("TGT-003-05-places", "8000", "TGT-003-05b-places", "3000",
                "TGT-003-05c-places", "5000");
        eventually(() -> {
            JsonNode progress = progress(GULOU, today);
            goals.forEach((targetId, goal) -> {
                JsonNode target = target(progress, targetId);
                BigDecimal delivered = DemoHistory.delivered(history.generatedLeaves(GULOU, targetId), targetId, today);
                assertTarget(target, GULOU, targetId, today);
                assertThat(target.get("planned").get("comparator").asString()).as(targetId).isEqualTo("AT_LEAST");
                assertThat(decimal(target.get("planned").get("value"))).as(targetId).isEqualByComparingTo(goal);
                assertStatusMetExactlyWhen(target, delivered.compareTo(new BigDecimal(goal)) >= 0);
            });
            BigDecimal preSchool = decimal(target(progress, "TGT-003-05b-places").get("delivered"));
            BigDecimal compulsory = decimal(target(progress, "TGT-003-05c-places").get("delivered"));
            assertThat(decimal(target(progress, "TGT-003-05-places").get("delivered")))
                    .as("all places are pre-school or compulsory places").isEqualByComparingTo(preSchool.add(compulsory));
        });
    }

    @Test
    void gulouTenOrMoreNewOrExpandedSchools() {
        String targetId = "TGT-003-05-schools";
        BigDecimal delivered = DemoHistory.delivered(history.generatedLeaves(GULOU, targetId), targetId, today);
        eventually(() -> {
            JsonNode schools = target(progress(GULOU, today), targetId);
            assertTarget(schools, GULOU, targetId, today);
            assertThat(decimal(schools.get("planned").get("value"))).isEqualByComparingTo("10");
            assertStatusMetExactlyWhen(schools, delivered.compareTo(BigDecimal.TEN) >= 0);
        });
    }

    // ============================================================================================ 邯郸市

    @Test
    void handanTheHundredAndNinetyThreeByTypeStartedAndCompletedByTheEndOfEachQuarterOf2022() {
        List<String> targets = List.of("TGT-002-07a", "TGT-002-07a-kg", "TGT-002-07a-primary", "TGT-002-07a-junior",
                "TGT-002-07a-senior", "TGT-002-07a-vocational");
        eventually(() -> {
            for (LocalDate quarterEnd : quarterEnds()) {
                JsonNode progress = progress(HANDAN, quarterEnd);
                for (String targetId : targets) {
                    JsonNode target = target(progress, targetId);
                    List<ProjectHistory> leaves = history.generatedLeaves(HANDAN, targetId);
                    String what = targetId + " by " + quarterEnd;
                    assertThat(target.get("projects").asLong()).as(what).isEqualTo(registeredBy(leaves, quarterEnd));
                    assertThat(stage(target, Stage.CONSTRUCTION_STARTED)).as(what + " started")
                            .isEqualTo(count(leaves, Stage.CONSTRUCTION_STARTED, quarterEnd));
                    assertThat(stage(target, Stage.COMPLETED)).as(what + " completed")
                            .isEqualTo(count(leaves, Stage.COMPLETED, quarterEnd));
                }
            }
            assertThat(target(progress(HANDAN, today), "TGT-002-07a").get("projects").asInt()).isEqualTo(193);
        });
    }

    @Test
    void handanByCountyStartedAndCompletedByTheEndOfEachQuarterOf2022() {
        Map<String, List<ProjectHistory>> byCounty = byCounty();
        eventually(() -> {
            for (LocalDate quarterEnd : quarterEnds()) {
                Map<String, JsonNode> rows = countyRows(quarterEnd);
                Set<String> countiesWithProjects = byCounty.entrySet().stream()
                        .filter(e -> registeredBy(e.getValue(), quarterEnd) > 0).map(Map.Entry::getKey)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(rows.keySet()).as("counties by " + quarterEnd).isEqualTo(countiesWithProjects);
                countiesWithProjects.forEach(county -> {
                    List<ProjectHistory> projects = byCounty.get(county);
                    JsonNode row = rows.get(county);
                    String what = county + " by " + quarterEnd;
                    assertThat(row.get("projects").asLong()).as(what).isEqualTo(registeredBy(projects, quarterEnd));
                    assertThat(stage(row, Stage.CONSTRUCTION_STARTED)).as(what + " started")
                            .isEqualTo(count(projects, Stage.CONSTRUCTION_STARTED, quarterEnd));
                    assertThat(stage(row, Stage.COMPLETED)).as(what + " completed")
                            .isEqualTo(count(projects, Stage.COMPLETED, quarterEnd));
                });
            }
        });
    }

    @Test
    void handanTheCountiesThatRankLastAtTheEndOf2022() {
        LocalDate yearEnd = LocalDate.of(2022, 12, 31);
        Map<String, Long> delivered = new TreeMap<>();
        Map<String, BigDecimal> completionShare = new TreeMap<>();
        byCounty().forEach((county, projects) -> {
            delivered.put(county, projects.stream().filter(p -> p.delivered(yearEnd)).count());
            completionShare.put(county, BigDecimal.valueOf(count(projects, Stage.COMPLETED, yearEnd))
                    .divide(BigDecimal.valueOf(registeredBy(projects, yearEnd)), 9, RoundingMode.HALF_UP));
        });
        BigDecimal lowest = completionShare.values().stream().min(BigDecimal::compareTo).orElseThrow();
        Set<String> last = completionShare.entrySet().stream().filter(e -> e.getValue().compareTo(lowest) == 0)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        eventually(() -> {
            Map<String, JsonNode> rows = countyRows(yearEnd);
            delivered.forEach((county, count) ->
                    assertThat(decimal(rows.get(county).get("delivered")).longValue()).as(county).isEqualTo(count));
            int worst = rows.values().stream().mapToInt(row -> row.get("rank").asInt()).max().orElseThrow();
            Set<String> rankedLast = rows.entrySet().stream().filter(e -> e.getValue().get("rank").asInt() == worst)
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
            // the lowest share of the 193 completed by the end of 2022 ranks last; equal shares share the rank
            assertThat(rankedLast).as("the counties with the lowest completion share").isEqualTo(last);
        });
    }

    // ============================================================================================ 施甸县

    @Test
    void shidianCountyTownKindergartensPublicAndPrivateApartAndRuralOnesCompletedAcceptedInUse() {
        List<Stage> asked = List.of(Stage.COMPLETED, Stage.ACCEPTED, Stage.IN_SERVICE);
        List<ProjectHistory> publicOnes = history.childrenOf("PRJ-001-01-PUBLIC");
        List<ProjectHistory> privateOnes = history.childrenOf("PRJ-001-01-PRIVATE");
        eventually(() -> {
            JsonNode progress = progress(SHIDIAN, today);
            JsonNode town = target(progress, "TGT-001-01a");
            JsonNode privately = target(progress, "TGT-001-01a-private");
            JsonNode rural = target(progress, "TGT-001-01b");
            assertTarget(town, SHIDIAN, "TGT-001-01a", today);
            assertTarget(privately, SHIDIAN, "TGT-001-01a-private", today);
            assertTarget(rural, SHIDIAN, "TGT-001-01b", today);
            assertThat(town.get("projects").asInt()).isEqualTo(6);
            assertThat(privately.get("projects").asInt()).isEqualTo(3);
            assertThat(rural.get("projects").asInt()).isEqualTo(22);
            for (Stage stage : asked) {
                assertThat(stage(town, stage) - stage(privately, stage)).as("public, " + stage)
                        .isEqualTo(count(publicOnes, stage, today));
                assertThat(stage(privately, stage)).as("private, " + stage).isEqualTo(count(privateOnes, stage, today));
            }
        });
    }

    // ============================================================================================ indicators

    @Test
    void theBindingIndicatorsBehindTheirLinearPathAndByHowMuch() {
        Map<String, Double> behind = new TreeMap<>();
        for (DemoPlan plan : history.plans()) {
            for (DemoPlan.Indicator indicator : plan.indicators()) {
                if (!indicator.binding() || indicator.baselineValue() == null || indicator.targetYear() == null
                        || indicator.goal() == null) {
                    continue;
                }
                history.latest(plan.planId(), indicator.id(), today).ifPresent(latest -> {
                    double expected = expectedByDate(indicator, today);
                    double value = latest.value().doubleValue();
                    boolean rising = indicator.comparator() != Comparator.AT_MOST;
                    if (rising ? value < expected : value > expected) {
                        behind.put(plan.planId() + "/" + indicator.id(), Math.abs(expected - value));
                    }
                });
            }
        }
        assertThat(behind).as("the demo makes XX区's retention rate lag").containsKey(XX + "/IND-000-02");
        eventually(() -> {
            Map<String, Double> answered = new TreeMap<>();
            for (DemoPlan plan : history.plans()) {
                JsonNode list = get(supervisorOf(plan.planId()), "/api/indicators/behind?jurisdiction="
                        + encode(plan.jurisdiction()) + "&asOf=" + today + "&attribute=BINDING");
                for (JsonNode row : items(list)) {
                    answered.put(text(row, "planId", plan.planId()) + "/" + row.get("indicatorId").asString(),
                            Math.abs(decimal(row.get("gap")).doubleValue()));
                }
            }
            assertThat(answered.keySet()).isEqualTo(behind.keySet());
            behind.forEach((id, gap) -> assertThat(answered.get(id)).as(id).isCloseTo(gap, within(0.01)));

            List<JsonNode> xx = items(get(supervisorOf(XX), "/api/plans/" + XX + "/indicators?asOf=" + today));
            assertThat(xx.get(0).get("attribute").asString()).as("binding indicators first").isEqualTo("BINDING");
            JsonNode retention = xx.stream().filter(i -> i.get("indicatorId").asString().equals("IND-000-02"))
                    .findFirst().orElseThrow();
            // behind its path while the target year is ahead; not met once the target year has passed
            DemoPlan.Indicator retentionIndicator = history.plan(XX).indicator("IND-000-02").orElseThrow();
            assertThat(retention.get("status").asString())
                    .isEqualTo(today.getYear() > retentionIndicator.targetYear() ? "NOT_MET" : "BEHIND");
            DemoHistory.Measurement latest = history.latest(XX, "IND-000-02", today).orElseThrow();
            assertThat(retention.get("latest").get("year").asInt()).isEqualTo(latest.year());
            assertThat(decimal(retention.get("latest").get("value"))).isEqualByComparingTo(latest.value());
            DemoPlan.Indicator indicator = history.plan(XX).indicator("IND-000-02").orElseThrow();
            assertThat(decimal(retention.get("expectedByDate")).doubleValue())
                    .isCloseTo(expectedByDate(indicator, today), within(0.01));
        });
    }

    @Test
    void theCompulsoryRetentionRateInEachJurisdictionAgainstItsOwnPlansTargetAndComparator() {
        eventually(() -> {
            List<JsonNode> rows = items(get("/api/indicators/by-concept/COMPULSORY_RETENTION_RATE?asOf=" + today));
            assertThat(rows).hasSize(4);
            for (DemoPlan plan : history.plans()) {
                DemoPlan.Indicator indicator = plan.indicators().stream()
                        .filter(i -> "COMPULSORY_RETENTION_RATE".equals(i.concept())).findFirst().orElseThrow();
                JsonNode row = rows.stream().filter(r -> plan.planId().equals(text(r, "planId", null))
                        || plan.jurisdiction().equals(text(r, "jurisdiction", null))).findFirst().orElseThrow();
                String what = plan.planId() + " " + indicator.id();
                assertThat(row.get("indicatorId").asString()).as(what).isEqualTo(indicator.id());
                assertThat(row.get("target").get("comparator").asString()).as(what)
                        .isEqualTo(indicator.comparator().name());
                assertThat(decimal(row.get("target").get("value"))).as(what).isEqualByComparingTo(indicator.value());
                DemoHistory.Measurement latest = history.latest(plan.planId(), indicator.id(), today).orElseThrow();
                assertThat(row.get("latest").get("year").asInt()).as(what).isEqualTo(latest.year());
                assertThat(decimal(row.get("latest").get("value"))).as(what).isEqualByComparingTo(latest.value());
                boolean decided = indicator.targetYear() != null && today.getYear() > indicator.targetYear()
                        && latest.year() >= indicator.targetYear();
                if (decided && indicator.comparator() != Comparator.MAINTAIN_EVERY_YEAR) {
                    // at_least, and equal read as "reached" for a growing rate
                    assertStatusMetExactlyWhen(row, latest.value().compareTo(indicator.value()) >= 0);
                }
            }
        });
    }

    // ============================================================================================ waiting

    /** Until the query side shows every generated project at the version of its last event. */
    private static void awaitEveryGeneratedProjectAtItsLastEvent() {
        Map<String, Long> expected = new HashMap<>();
        history.projects().forEach(p -> expected.put(p.projectId(), (long) p.eventCount() - 1));
        Set<String> jurisdictions = history.plans().stream().map(DemoPlan::jurisdiction).collect(Collectors.toSet());
        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Map<String, Long> versions = new HashMap<>();
            for (String jurisdiction : jurisdictions) {
                for (int page = 0; ; page++) {
                    JsonNode list = get("auditor-cn",
                            "/api/projects?jurisdiction=" + encode(jurisdiction) + "&size=200&page=" + page);
                    list.get("items").forEach(item ->
                            versions.put(item.get("projectId").asString(), item.get("version").asLong()));
                    if (page + 1 >= list.get("totalPages").asLong()) {
                        break;
                    }
                }
            }
            List<String> behind = new ArrayList<>();
            expected.forEach((id, version) -> {
                if (!version.equals(versions.get(id))) {
                    behind.add(id);
                }
            });
            assertThat(behind).as("projects the query side has not caught up with").isEmpty();
        });
    }

    /** Asserts until the read models answer as expected (they catch up asynchronously) or the time is up. */
    private static void eventually(ThrowingRunnable assertions) {
        await().atMost(ANSWERED_WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(assertions);
    }

    // ============================================================================================ expectations

    /** projects, stage counts and delivered of a target, as the history says. */
    private static void assertTarget(JsonNode target, String planId, String targetId, LocalDate asOf) {
        List<ProjectHistory> leaves = history.generatedLeaves(planId, targetId);
        assertThat(target.get("projects").asInt()).as(targetId + " projects")
                .isEqualTo(history.leafProjectIds(planId, targetId).size());
        STAGE_FIELDS.keySet().forEach(stage -> assertThat(stage(target, stage)).as(targetId + " " + stage)
                .isEqualTo(count(leaves, stage, asOf)));
        assertThat(decimal(target.get("delivered"))).as(targetId + " delivered")
                .isEqualByComparingTo(DemoHistory.delivered(leaves, targetId, asOf));
    }

    private static void assertStatusMetExactlyWhen(JsonNode node, boolean met) {
        String status = node.get("status").asString();
        if (met) {
            assertThat(status).isEqualTo("MET");
        } else {
            assertThat(status).isNotEqualTo("MET");
        }
    }

    /**
     * Projects that reached {@code stage} by {@code asOf}; for a failed acceptance, those whose failure is not
     * followed by a pass by then (awaiting re-inspection), as the progress API counts them.
     */
    private static long count(List<ProjectHistory> projects, Stage stage, LocalDate asOf) {
        if (stage == Stage.ACCEPTANCE_FAILED) {
            return projects.stream().filter(p -> p.reached(stage, asOf) && !p.reached(Stage.ACCEPTED, asOf)).count();
        }
        return projects.stream().filter(p -> p.reached(stage, asOf)).count();
    }

    /** Projects on record by {@code asOf}: a project registered later is not counted as of an earlier date. */
    private static long registeredBy(List<ProjectHistory> projects, LocalDate asOf) {
        return count(projects, Stage.REGISTERED, asOf);
    }

    /** The value on the straight line from the baseline (end of its year) to the target (end of its year). */
    private static double expectedByDate(DemoPlan.Indicator indicator, LocalDate asOf) {
        LocalDate from = LocalDate.of(indicator.baselineYear(), 12, 31);
        LocalDate to = LocalDate.of(indicator.targetYear(), 12, 31);
        double share = asOf.isBefore(to)
                ? Math.max(0, (double) ChronoUnit.DAYS.between(from, asOf) / ChronoUnit.DAYS.between(from, to))
                : 1.0;
        double baseline = indicator.baselineValue().doubleValue();
        return baseline + (indicator.goal().doubleValue() - baseline) * share;
    }

    private static List<LocalDate> quarterEnds() {
        return List.of(LocalDate.of(2022, 3, 31), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 9, 30),
                LocalDate.of(2022, 12, 31));
    }

    private static Map<String, List<ProjectHistory>> byCounty() {
        return history.generatedLeaves(HANDAN, "TGT-002-07a").stream()
                .collect(Collectors.groupingBy(ProjectHistory::jurisdiction, TreeMap::new, Collectors.toList()));
    }

    // ============================================================================================ the query API

    private static JsonNode progress(String planId, LocalDate asOf) throws Exception {
        return get(supervisorOf(planId), "/api/plans/" + planId + "/progress?asOf=" + asOf);
    }

    /** A target of a progress answer, firm or soft. */
    private static JsonNode target(JsonNode progress, String targetId) {
        for (String list : List.of("targets", "softTargets")) {
            JsonNode targets = progress.get(list);
            if (targets != null) {
                for (JsonNode target : targets) {
                    if (target.get("targetId").asString().equals(targetId)) {
                        return target;
                    }
                }
            }
        }
        throw new AssertionError("no target " + targetId + " in " + progress);
    }

    /** The rows of the breakdown of 邯郸's 193 by the counties below the city, by jurisdiction code. */
    private static Map<String, JsonNode> countyRows(LocalDate asOf) throws Exception {
        JsonNode breakdown = get("supervisor-handan",
                "/api/plans/" + HANDAN + "/targets/TGT-002-07a/breakdown?by=jurisdiction&asOf=" + asOf);
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        for (JsonNode row : items(breakdown)) {
            String jurisdiction = row.get("jurisdiction").asString();
            // a county with none of the 193 (东湖新城 has other projects of the plan) is not a row of this question
            if (jurisdiction.startsWith("CN-13/邯郸市/") && row.get("projects").asInt() > 0) {
                rows.put(jurisdiction, row);
            }
        }
        return rows;
    }

    private static long stage(JsonNode node, Stage stage) {
        JsonNode count = node.get("stages").get(STAGE_FIELDS.get(stage));
        assertThat(count).as("stages." + STAGE_FIELDS.get(stage)).isNotNull();
        return count.asLong();
    }

    /** A list answer: the array itself, or the first array among its fields. */
    private static List<JsonNode> items(JsonNode node) {
        if (node.isArray()) {
            return node.valueStream().toList();
        }
        for (String field : List.of("rows", "items", "indicators", "jurisdictions")) {
            if (node.has(field) && node.get(field).isArray()) {
                return node.get(field).valueStream().toList();
            }
        }
        throw new AssertionError("not a list: " + node);
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? otherwise : value.asString();
    }

    private static BigDecimal decimal(JsonNode node) {
        assertThat(node).isNotNull();
        return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asString()).setScale(6, RoundingMode.HALF_UP);
    }

    /** As the country's supervisor. */
    private static JsonNode get(String pathAndQuery) {
        return get(COUNTRY, pathAndQuery);
    }

    private static JsonNode get(String user, String pathAndQuery) {
        HttpResponse<String> response = Http.get(user, system.queryUrl() + pathAndQuery);
        assertThat(response.statusCode()).as("GET " + pathAndQuery + " as " + user + ": " + response.body())
                .isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static int status(String user, String pathAndQuery) {
        return Http.get(user, system.queryUrl() + pathAndQuery).statusCode();
    }

    private static long totalItems(String user, String pathAndQuery) {
        return get(user, pathAndQuery).get("totalItems").asLong();
    }

    /** The project ids of {@code rectificationOverdue} in the lagging answer (of the user's scope when no jurisdiction). */
    private static Set<String> rectificationOverdue(String user, String jurisdiction) {
        JsonNode lagging = get(user, "/api/lagging?asOf=" + today
                + (jurisdiction == null ? "" : "&jurisdiction=" + encode(jurisdiction)));
        JsonNode rows = lagging.get("rectificationOverdue");
        assertThat(rows).as("rectificationOverdue in " + lagging).isNotNull();
        return rows.valueStream().map(row -> row.get("projectId").asString()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The supervisor of the plan's jurisdiction. */
    private static String supervisorOf(String planId) {
        return USERS.nearest(DemoUsers.Role.SUPERVISOR, history.plan(planId).jurisdiction()).id();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Map<Stage, String> orderedStages() {
        Map<Stage, String> fields = new LinkedHashMap<>();
        fields.put(Stage.APPROVED, "approved");
        fields.put(Stage.FUNDED, "funded");
        fields.put(Stage.CONSTRUCTION_STARTED, "constructionStarted");
        fields.put(Stage.COMPLETED, "completed");
        fields.put(Stage.ACCEPTED, "accepted");
        fields.put(Stage.IN_SERVICE, "inService");
        fields.put(Stage.ACCEPTANCE_FAILED, "acceptanceFailed");
        fields.put(Stage.CANCELLED, "cancelled");
        return fields;
    }
}
