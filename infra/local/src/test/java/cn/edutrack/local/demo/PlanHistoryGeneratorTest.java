package cn.edutrack.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.edutrack.events.FundingSource;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.local.demo.DemoHistory.Measurement;
import cn.edutrack.local.demo.ProjectHistory.Ownership;
import cn.edutrack.local.demo.ProjectHistory.SchoolType;
import cn.edutrack.local.demo.ProjectHistory.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo history: deterministic, true to the plans, and every request acceptable to the project aggregate. */
class PlanHistoryGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<DemoPlan> PLANS = DemoPlan.all();
    private static final DemoHistory HISTORY = PlanHistoryGenerator.generate(TODAY, PlanHistoryGenerator.SEED, PLANS);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSameSeedAndTodayGiveTheSameHistory() {
        DemoHistory again = PlanHistoryGenerator.generate(TODAY, PlanHistoryGenerator.SEED, DemoPlan.all());

        assertThat(again.projects()).isEqualTo(HISTORY.projects());
        assertThat(again.measurements()).isEqualTo(HISTORY.measurements());
        assertThat(again.requests()).isEqualTo(HISTORY.requests());
    }

    @Test
    void anotherSeedGivesAnotherHistory() {
        DemoHistory other = PlanHistoryGenerator.generate(TODAY, 7, PLANS);

        assertThat(other.requests()).isNotEqualTo(HISTORY.requests());
        assertThat(other.projects()).hasSameSizeAs(HISTORY.projects());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-06-30", "2022-05-15", "2022-12-31", "2024-02-29", "2026-11-22", "2031-03-01"})
    void noBusinessDateIsAfterToday(String day) {
        LocalDate today = LocalDate.parse(day);
        DemoHistory history = PlanHistoryGenerator.generate(today, PlanHistoryGenerator.SEED, PLANS);

        assertThat(history.businessDates()).allMatch(date -> !date.isAfter(today), "on or before " + today);
        assertThat(history.measurements()).allMatch(m -> m.year() < today.getYear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-06-30", "2022-05-15", "2022-12-31", "2024-02-29", "2026-11-22", "2031-03-01"})
    void everyProjectsRequestsKeepTheLifecycleRules(String day) {
        DemoHistory history = PlanHistoryGenerator.generate(LocalDate.parse(day), PlanHistoryGenerator.SEED, PLANS);

        Map<String, List<DemoRequest>> lanes = lanes(history);
        for (ProjectHistory project : history.projects()) {
            new AggregateRules(project.projectId()).check(lanes.get(project.projectId()));
        }
    }

    @Test
    void allocationsNeverExceedTheApprovedBudget() {
        for (ProjectHistory project : HISTORY.projects()) {
            if (project.approval() == null) {
                assertThat(project.allocations()).as(project.projectId()).isEmpty();
                continue;
            }
            assertThat(project.allocatedYuan()).as(project.projectId())
                    .isLessThanOrEqualTo(project.approval().budgetYuan());
            assertThat(project.allocations()).allMatch(a -> a.amountYuan().signum() > 0
                    && !a.date().isBefore(project.approval().date()));
        }
    }

    @Test
    void everyStageOccurs() {
        Map<Stage, Long> stages = HISTORY.stageDistribution();

        assertThat(stages).allSatisfy((stage, count) -> {
            if (stage != Stage.REGISTERED) {
                assertThat(count).as(stage.name()).isPositive();
            }
        });
        List<ProjectHistory> all = HISTORY.projects();
        assertThat(all).as("failed acceptance, then re-inspected, accepted and in service")
                .anyMatch(p -> !p.acceptanceFailures().isEmpty() && p.stage() == Stage.IN_SERVICE);
        assertThat(all).as("failed twice").anyMatch(p -> p.acceptanceFailures().size() == 2);
        assertThat(all).as("funded from several sources")
                .anyMatch(p -> p.allocations().stream().map(ProjectHistory.Allocation::source).distinct().count() >= 3);
        assertThat(all.stream().flatMap(p -> p.allocations().stream()).map(ProjectHistory.Allocation::source)
                .collect(Collectors.toSet())).containsExactlyInAnyOrder(FundingSource.values());
        assertThat(all).as("under construction, reporting progress")
                .anyMatch(p -> p.stage() == Stage.CONSTRUCTION_STARTED && !p.progressReports().isEmpty()
                        && p.lastEventOn().isAfter(TODAY.minusDays(90)));
        assertThat(all).as("silent for more than 90 days while open").anyMatch(p -> p.stage() != Stage.IN_SERVICE
                && p.stage() != Stage.CANCELLED && p.lastEventOn().isBefore(TODAY.minusDays(90)));
        assertThat(all).as("overdue").anyMatch(p -> p.overdue(TODAY));
        assertThat(all).as("failed acceptance, awaiting re-inspection").anyMatch(p -> p.awaitingReinspection(TODAY));
        assertThat(all).as("built with fewer or more places than planned").anyMatch(p -> p.completion() != null
                && p.completion().actualCapacity().places() != p.plannedCapacity().places());
    }

    @Test
    void supervisorsOrderRectificationOfTroubledProjectsSomeRectifiedSomeNotSomeStillOpenPastTheirDeadline() {
        List<ProjectHistory> ordered = HISTORY.projects().stream().filter(p -> !p.rectificationOrders().isEmpty()).toList();

        assertThat(ordered).as("projects with a rectification order").hasSizeGreaterThan(10);
        assertThat(ordered).as("only troubled projects: stalled, silent, late or failed acceptance")
                .allMatch(p -> p.start() == null || !p.acceptanceFailures().isEmpty() || p.completion() == null);
        assertThat(ordered).as("at most one order each").allMatch(p -> p.rectificationOrders().size() == 1);
        assertThat(ordered).as("rectified on re-check")
                .anyMatch(p -> p.rechecks().stream().anyMatch(r -> r.result() == cn.edutrack.events.RecheckResult.RECTIFIED));
        assertThat(ordered).as("not rectified, with a new deadline").anyMatch(p -> p.rechecks().stream()
                .anyMatch(r -> r.result() == cn.edutrack.events.RecheckResult.NOT_RECTIFIED && r.newDeadline() != null));
        assertThat(ordered).as("still open past its deadline, never re-checked")
                .anyMatch(p -> p.rechecks().isEmpty() && !p.rectificationOverdue(TODAY).isEmpty());
        assertThat(HISTORY.projects().stream().mapToInt(p -> p.summonses().size()).sum()).as("a few summonses")
                .isBetween(2, 40);
        assertThat(ordered).as("rectified before the acceptance passed").anyMatch(p -> p.acceptance() != null
                && p.openRectificationOrders(TODAY).isEmpty()
                && p.rechecks().stream().allMatch(r -> r.date().isBefore(p.acceptance().date())));
        assertThat(HISTORY.projects()).as("by the supervisor of each project's district or county")
                .allMatch(p -> p.rectificationOrders().stream().allMatch(o -> o.issuingBody()
                        .equals(DemoUsers.bundled().nearest(DemoUsers.Role.SUPERVISOR, p.jurisdiction()).organisation())));
        // open past the deadline in force somewhere in 邯郸's counties (what a county supervisor chases)
        assertThat(HISTORY.projectsOf("handan-2022")).anyMatch(p -> !p.rectificationOverdue(TODAY).isEmpty());
    }

    @Test
    void supervisionIsDatedWithinTheHistoryAndAnEarlierTodayKeepsWhatHadHappenedByThen() {
        LocalDate earlier = LocalDate.of(2023, 3, 31);
        DemoHistory then = PlanHistoryGenerator.generate(earlier, PlanHistoryGenerator.SEED, PLANS);
        for (ProjectHistory p : then.projects()) {
            ProjectHistory now = HISTORY.project(p.projectId()).orElseThrow();
            assertThat(p.rectificationOrders()).isEqualTo(now.rectificationOrders().stream()
                    .filter(o -> !o.date().isAfter(earlier)).toList());
            assertThat(p.rechecks()).isEqualTo(now.rechecks().stream().filter(r -> !r.date().isAfter(earlier)).toList());
            assertThat(p.summonses()).isEqualTo(now.summonses().stream().filter(m -> !m.date().isAfter(earlier)).toList());
            assertThat(p.stage()).as("supervision changes no stage").isEqualTo(now.stageAsOf(earlier));
        }
        assertThat(then.projects()).anyMatch(p -> !p.rectificationOrders().isEmpty());
    }

    @Test
    void xxDistrictHasTheFifteenKindergartensAndFortyTwoSchoolsOfColumnSeven() {
        List<ProjectHistory> kindergartens = HISTORY.childrenOf("PRJ-000-02");
        List<ProjectHistory> schools = HISTORY.childrenOf("PRJ-000-03");

        assertThat(kindergartens).hasSize(15).allMatch(p -> p.schoolType() == SchoolType.KINDERGARTEN
                && declares(p, "TGT-000-07a", Counted.KINDERGARTENS, 1)
                && declares(p, "TGT-000-07e-schools", Counted.KINDERGARTENS, 1));
        assertThat(schools).hasSize(42).allMatch(p -> p.schoolType() != SchoolType.KINDERGARTEN
                && declares(p, "TGT-000-07b", Counted.SCHOOLS, 1) && declares(p, "TGT-000-07e-schools", Counted.SCHOOLS, 1));
        List<ProjectHistory> all = new ArrayList<>(kindergartens);
        all.addAll(schools);
        BigDecimal places = all.stream().map(p -> p.contributionTo("TGT-000-07e-places").orElseThrow().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(places).isBetween(new BigDecimal("27500"), new BigDecimal("28500"));
        assertThat(all).allMatch(p -> p.flags().contains("estimate") && p.planId().equals("xx-district-2021")
                && p.contributionTo("TGT-000-07e-places").orElseThrow().value().intValue() == p.plannedCapacity().places());
        assertThat(HISTORY.leafProjectIds("xx-district-2021", "TGT-000-07a")).hasSize(15);
        assertThat(HISTORY.leafProjectIds("xx-district-2021", "TGT-000-07e-places")).hasSize(57);
    }

    @Test
    void gulouAddsPreSchoolAndCompulsoryPlacesAndTenOrMoreSchools() {
        List<ProjectHistory> kindergartens = HISTORY.childrenOf("PRJ-003-02");
        List<ProjectHistory> schools = HISTORY.childrenOf("PRJ-003-03");

        assertThat(kindergartens.size() + schools.size()).isGreaterThanOrEqualTo(10);
        assertThat(kindergartens).allMatch(p -> declares(p, "TGT-003-05-schools", Counted.KINDERGARTENS, 1)
                && p.contributionTo("TGT-003-05b-places").isPresent() && p.contributionTo("TGT-003-05-places").isPresent());
        assertThat(schools).allMatch(p -> declares(p, "TGT-003-05-schools", Counted.SCHOOLS, 1)
                && p.contributionTo("TGT-003-05c-places").isPresent() && p.contributionTo("TGT-003-05-places").isPresent());
        assertThat(declared(kindergartens, "TGT-003-05b-places")).isGreaterThanOrEqualTo(new BigDecimal("3000"));
        assertThat(declared(schools, "TGT-003-05c-places")).isGreaterThanOrEqualTo(new BigDecimal("5000"));
        assertThat(kindergartens).as("one kindergarten cancelled").anyMatch(p -> p.stage() == Stage.CANCELLED);
        assertThat(kindergartens.stream().map(ProjectHistory::jurisdiction).distinct().count()).isGreaterThan(5);
    }

    @Test
    void handanHasTheHundredAndNinetyThreeSchoolsByTypeInItsCounties() {
        Map<String, Integer> expected = Map.of("PRJ-002-02", 70, "PRJ-002-03", 72, "PRJ-002-04", 26, "PRJ-002-05", 11,
                "PRJ-002-06", 14);
        expected.forEach((portfolio, count) -> assertThat(HISTORY.childrenOf(portfolio)).as(portfolio).hasSize(count));
        List<ProjectHistory> all = HISTORY.projectsOf("handan-2022");
        assertThat(all).hasSize(193).allMatch(p -> declares(p, "TGT-002-07a",
                p.schoolType() == SchoolType.KINDERGARTEN ? Counted.KINDERGARTENS : Counted.SCHOOLS, 1));
        assertThat(HISTORY.childrenOf("PRJ-002-02")).allMatch(p -> p.schoolType() == SchoolType.KINDERGARTEN);
        assertThat(HISTORY.childrenOf("PRJ-002-06")).allMatch(p -> p.schoolType() == SchoolType.VOCATIONAL);
        Set<String> counties = all.stream().map(ProjectHistory::jurisdiction).collect(Collectors.toSet());
        assertThat(counties).containsExactlyInAnyOrderElementsOf(PlanHistoryGenerator.HANDAN_COUNTIES.keySet().stream()
                .map(county -> "CN-13/邯郸市/" + county).toList());
        assertThat(HISTORY.leafProjectIds("handan-2022", "TGT-002-07a")).hasSize(193);
    }

    @Test
    void handanStartsAndCompletesThroughTheFourQuartersOf2022AndSomeSlipOrStall() {
        List<ProjectHistory> all = HISTORY.projectsOf("handan-2022");
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate from = LocalDate.of(2022, quarter * 3 - 2, 1);
            LocalDate to = from.plusMonths(3).minusDays(1);
            assertThat(all).as("started in quarter " + quarter).anyMatch(p -> within(p.reachedOn(Stage.CONSTRUCTION_STARTED), from, to));
            if (quarter > 1) {
                assertThat(all).as("completed in quarter " + quarter).anyMatch(p -> within(p.reachedOn(Stage.COMPLETED), from, to));
            }
        }
        assertThat(all).as("completed in 2023").anyMatch(p -> p.reachedOn(Stage.COMPLETED) != null
                && p.reachedOn(Stage.COMPLETED).getYear() == 2023);
        assertThat(all).as("never completed").anyMatch(p -> p.reachedOn(Stage.COMPLETED) == null);
    }

    @Test
    void shidianHasSixCountyTownKindergartensThreeOfThemPrivateAndTwentyTwoRuralOnes() {
        List<ProjectHistory> publicOnes = HISTORY.childrenOf("PRJ-001-01-PUBLIC");
        List<ProjectHistory> privateOnes = HISTORY.childrenOf("PRJ-001-01-PRIVATE");
        List<ProjectHistory> rural = HISTORY.childrenOf("PRJ-001-02");

        assertThat(publicOnes).hasSize(3).allMatch(p -> p.ownership() == Ownership.PUBLIC
                && p.ownerOrganisation().equals("施甸县教育体育局") && p.title().contains("公办")
                && declares(p, "TGT-001-01a", Counted.KINDERGARTENS, 1) && p.contributionTo("TGT-001-01a-private").isEmpty());
        assertThat(privateOnes).hasSize(3).allMatch(p -> p.ownership() == Ownership.PRIVATE
                && !p.ownerOrganisation().contains("教育体育局") && p.title().contains("民办")
                && declares(p, "TGT-001-01a", Counted.KINDERGARTENS, 1)
                && declares(p, "TGT-001-01a-private", Counted.KINDERGARTENS, 1)
                && p.allocations().stream().anyMatch(a -> a.source() == FundingSource.SOCIAL_CAPITAL));
        assertThat(rural).hasSize(22).allMatch(p -> p.ownership() == Ownership.PUBLIC
                && declares(p, "TGT-001-01b", Counted.KINDERGARTENS, 1) && !p.jurisdiction().endsWith("甸阳镇"));
        assertThat(publicOnes).allMatch(p -> p.jurisdiction().equals("CN-53/保山市/施甸县/甸阳镇"));
        assertThat(HISTORY.leafProjectIds("shidian-2021", "TGT-001-01a")).hasSize(6);
        assertThat(HISTORY.leafProjectIds("shidian-2021", "TGT-001-01a-private")).hasSize(3);
    }

    @Test
    void everyIndicatorIsMeasuredEveryYearFromItsBaselineToTheLastFullYear() {
        for (DemoPlan plan : PLANS) {
            for (DemoPlan.Indicator indicator : plan.indicators()) {
                int from = indicator.baselineYear() != null ? indicator.baselineYear() + 1 : plan.periodFrom() - 1;
                int to = Math.min(indicator.targetYear() != null ? indicator.targetYear() : plan.periodTo(),
                        TODAY.getYear() - 1);
                List<Integer> years = HISTORY.measurementsOf(plan.planId(), indicator.id()).stream()
                        .map(Measurement::year).toList();
                List<Integer> expected = new ArrayList<>();
                for (int year = from; year <= to; year++) {
                    expected.add(year);
                }
                assertThat(years).as(plan.planId() + " " + indicator.id()).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void someIndicatorsAreAheadOfTheirLinearPathAndSomeBehindIncludingTheBindingRetentionRate() {
        int ahead = 0;
        int behind = 0;
        for (DemoPlan plan : PLANS) {
            for (DemoPlan.Indicator i : plan.indicators()) {
                if (i.baselineValue() == null || i.targetYear() == null || i.goal() == null
                        || i.comparator() == Comparator.MAINTAIN_EVERY_YEAR) {
                    continue;
                }
                Measurement latest = HISTORY.latest(plan.planId(), i.id(), TODAY).orElseThrow();
                double expected = linear(i, latest.year());
                boolean up = i.goal().compareTo(i.baselineValue()) >= 0;
                double gap = latest.value().doubleValue() - expected;
                if (up ? gap >= 0 : gap <= 0) {
                    ahead++;
                } else {
                    behind++;
                }
            }
        }
        assertThat(ahead).isPositive();
        assertThat(behind).isPositive();
        DemoPlan.Indicator retention = HISTORY.plan("xx-district-2021").indicator("IND-000-02").orElseThrow();
        assertThat(retention.binding()).isTrue();
        assertThat(HISTORY.latest("xx-district-2021", "IND-000-02", TODAY).orElseThrow().value())
                .isLessThan(retention.goal());
    }

    @Test
    void theRetentionRateIsMeasuredInEveryJurisdiction() {
        for (DemoPlan plan : PLANS) {
            DemoPlan.Indicator retention = plan.indicators().stream()
                    .filter(i -> "COMPULSORY_RETENTION_RATE".equals(i.concept())).findFirst().orElseThrow();
            assertThat(HISTORY.latest(plan.planId(), retention.id(), TODAY)).as(plan.planId()).isPresent();
        }
    }

    @Test
    void idempotencyKeysAreUniqueAndALaterTodayOnlyAppendsRequests() {
        assertThat(HISTORY.requests().stream().map(DemoRequest::idempotencyKey).distinct().count())
                .isEqualTo(HISTORY.requests().size());

        DemoHistory earlier = PlanHistoryGenerator.generate(LocalDate.of(2023, 5, 1), PlanHistoryGenerator.SEED, PLANS);
        Map<String, String> later = new LinkedHashMap<>();
        HISTORY.requests().forEach(r -> later.put(r.idempotencyKey(), r.body()));
        for (DemoRequest request : earlier.requests()) {
            if (!request.isPlanImport()) {
                assertThat(later.get(request.idempotencyKey())).as(request.idempotencyKey()).isEqualTo(request.body());
            }
        }
    }

    @Test
    void planImportsComeFirstAndEveryProjectStartsWithRegistrationAndPlanAssignment() {
        List<DemoRequest> requests = HISTORY.requests();
        assertThat(requests.subList(0, 4)).allMatch(DemoRequest::isPlanImport);
        assertThat(requests.stream().skip(4)).noneMatch(DemoRequest::isPlanImport);
        lanes(HISTORY).forEach((lane, list) -> {
            if (!lane.startsWith("measurements:")) {
                assertThat(list.get(0).operation()).isEqualTo("register");
                assertThat(list.get(1).operation()).isIn("plan-assignment", "approval");
                assertThat(list).anyMatch(r -> r.operation().equals("plan-assignment"));
            }
        });
        assertThat(HISTORY.eventCount()).isEqualTo(requests.size() - 4);
    }

    @Test
    void theAnchorDateOfAStateFolderIsKept(@TempDir Path dir) {
        assertThat(DemoAnchor.date(dir, LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(DemoAnchor.date(dir, LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 11, 22));
        // a date after today (the clock went back) is not used: nothing may be dated in the future
        assertThat(DemoAnchor.date(dir, LocalDate.of(2026, 11, 1))).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static boolean declares(ProjectHistory p, String target, Counted counts, int value) {
        return p.contributionTo(target).filter(c -> c.counts() == counts && c.value().intValue() == value).isPresent();
    }

    private static BigDecimal declared(List<ProjectHistory> projects, String target) {
        return projects.stream().filter(p -> p.stage() != Stage.CANCELLED)
                .map(p -> p.contributionTo(target).orElseThrow().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    private static double linear(DemoPlan.Indicator i, int year) {
        double share = Math.min(1.0, (double) (year - i.baselineYear()) / (i.targetYear() - i.baselineYear()));
        return i.baselineValue().doubleValue() + (i.goal().doubleValue() - i.baselineValue().doubleValue()) * share;
    }

    private static Map<String, List<DemoRequest>> lanes(DemoHistory history) {
        Map<String, List<DemoRequest>> lanes = new LinkedHashMap<>();
        history.requests().stream().filter(r -> !r.isPlanImport())
                .forEach(r -> lanes.computeIfAbsent(r.lane(), lane -> new ArrayList<>()).add(r));
        return lanes;
    }

    /**
     * The rules of the command side's project aggregate, as far as the demo's requests touch them, checked on the
     * request bodies exactly as they are sent.
     */
    private static final class AggregateRules {
        private final String projectId;
        private final Set<String> done = new HashSet<>();
        private LocalDate stageDate;
        private LocalDate approvedOn;
        private LocalDate startedOn;
        private LocalDate lastDate;
        private BigDecimal budget;
        private BigDecimal allocated = BigDecimal.ZERO;
        private int percent;
        private String stage = "NONE";
        private int orders;
        private final Set<Integer> openOrders = new HashSet<>();

        AggregateRules(String projectId) {
            this.projectId = projectId;
        }

        void check(List<DemoRequest> requests) {
            assertThat(requests).as(projectId).isNotEmpty();
            for (DemoRequest request : requests) {
                JsonNode body = JSON.readTree(request.body());
                LocalDate date = LocalDate.parse(body.get("businessDate").asString());
                String what = projectId + " " + request.operation() + " " + date;
                assertThat(date).as(what + " is not before the request before it").isAfterOrEqualTo(lastDate == null ? date : lastDate);
                lastDate = date;
                assertThat(stage).as(what + ": the project is closed").isNotIn("IN_SERVICE", "CANCELLED");
                switch (request.operation()) {
                    case "register" -> {
                        assertThat(stage).as(what).isEqualTo("NONE");
                        assertThat(body.get("projectId").asString()).isEqualTo(projectId);
                        stage = "PLANNED";
                    }
                    case "plan-assignment" -> {
                        assertThat(stage).as(what).isNotEqualTo("NONE");
                        assertThat(done.add("plan-assignment")).as(what + " once").isTrue();
                    }
                    case "approval" -> {
                        assertThat(stage).as(what).isEqualTo("PLANNED");
                        budget = wan(body.get("approvedBudget"));
                        assertThat(LocalDate.parse(body.get("plannedCompletion").asString()))
                                .isAfterOrEqualTo(LocalDate.parse(body.get("plannedStart").asString()));
                        approvedOn = date;
                        move("APPROVED", date);
                    }
                    case "allocations" -> {
                        assertThat(stage).as(what).isNotEqualTo("PLANNED");
                        assertThat(date).as(what).isAfterOrEqualTo(approvedOn);
                        allocated = allocated.add(wan(body.get("amount")));
                        assertThat(allocated).as(what + " within the budget").isLessThanOrEqualTo(budget);
                        assertThat(done.add(body.get("allocationId").asString())).isTrue();
                    }
                    case "construction-start" -> {
                        assertThat(stage).as(what).isEqualTo("APPROVED");
                        startedOn = date;
                        move("UNDER_CONSTRUCTION", date);
                    }
                    case "progress-reports" -> {
                        assertThat(stage).as(what).isEqualTo("UNDER_CONSTRUCTION");
                        assertThat(date).isAfterOrEqualTo(startedOn);
                        int next = body.get("percentComplete").asInt();
                        assertThat(next).as(what).isBetween(percent, 100);
                        percent = next;
                    }
                    case "completion" -> {
                        assertThat(stage).as(what).isEqualTo("UNDER_CONSTRUCTION");
                        assertThat(body.get("actualCapacity").get("places").asInt()).isPositive();
                        move("COMPLETED", date);
                    }
                    case "acceptance-failures" -> {
                        assertThat(stage).as(what).isIn("COMPLETED", "ACCEPTANCE_FAILED");
                        assertThat(LocalDate.parse(body.get("rectificationDeadline").asString())).isAfterOrEqualTo(date);
                        move("ACCEPTANCE_FAILED", date);
                    }
                    case "acceptance-passes" -> {
                        assertThat(stage).as(what).isIn("COMPLETED", "ACCEPTANCE_FAILED");
                        move("ACCEPTED", date);
                    }
                    case "service-entry" -> {
                        assertThat(stage).as(what).isEqualTo("ACCEPTED");
                        assertThat(body.get("firstEnrolment").asInt()).isBetween(0, 100_000);
                        move("IN_SERVICE", date);
                    }
                    case "cancellation" -> move("CANCELLED", date);
                    case "rectification-orders" -> {
                        assertThat(stage).as(what).isNotEqualTo("NONE");
                        assertThat(LocalDate.parse(body.get("deadline").asString())).as(what).isAfterOrEqualTo(date);
                        assertThat(body.get("issuingBody").asString()).isNotBlank();
                        assertThat(body.get("findings").asString()).isNotBlank();
                        openOrders.add(++orders);
                    }
                    case "rechecks" -> {
                        int order = body.get("orderNumber").asInt();
                        assertThat(openOrders).as(what + ": re-checks an open order").contains(order);
                        assertThat(body.get("result").asString()).isIn("RECTIFIED", "NOT_RECTIFIED");
                        if (body.get("result").asString().equals("RECTIFIED")) {
                            assertThat(body.has("newDeadline")).as(what + ": no new deadline once rectified").isFalse();
                            openOrders.remove(order);
                        } else if (body.has("newDeadline")) {
                            assertThat(LocalDate.parse(body.get("newDeadline").asString())).as(what).isAfterOrEqualTo(date);
                        }
                    }
                    case "summonses" -> {
                        assertThat(stage).as(what).isNotEqualTo("NONE");
                        assertThat(body.get("summonedParty").asString()).isNotBlank();
                        assertThat(body.get("reason").asString()).isNotBlank();
                    }
                    default -> throw new AssertionError("unexpected operation " + what);
                }
            }
            assertThat(done).as(projectId + " is placed in its plan").contains("plan-assignment");
        }

        private void move(String next, LocalDate date) {
            if (stageDate != null) {
                assertThat(date).as(projectId + " " + next + " not before the stage before it").isAfterOrEqualTo(stageDate);
            }
            stage = next;
            stageDate = date;
        }

        private static BigDecimal wan(JsonNode money) {
            assertThat(money.get("unit").asString()).isEqualTo("WAN_YUAN");
            BigDecimal amount = new BigDecimal(money.get("amount").asString());
            assertThat(amount.signum()).isPositive();
            assertThat(amount.scale()).isLessThanOrEqualTo(6);
            return amount;
        }
    }
}
