package cn.edutrack.query.history;

import static cn.edutrack.query.support.TestEvents.acceptancePassed;
import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.completed;
import static cn.edutrack.query.support.TestEvents.constructionStarted;
import static cn.edutrack.query.support.TestEvents.corrected;
import static cn.edutrack.query.support.TestEvents.funded;
import static cn.edutrack.query.support.TestEvents.putIntoService;
import static cn.edutrack.query.support.TestEvents.recordedAt;
import static cn.edutrack.query.support.TestEvents.registered;
import static cn.edutrack.query.support.TestPlanEvents.assigned;
import static cn.edutrack.query.support.TestPlanEvents.contribution;
import static cn.edutrack.query.support.TestPlanEvents.freshRoot;
import static cn.edutrack.query.support.TestPlanEvents.planRegistered;
import static cn.edutrack.query.support.TestPlanEvents.programme;
import static cn.edutrack.query.support.TestPlanEvents.quantity;
import static cn.edutrack.query.support.TestPlanEvents.target;
import static cn.edutrack.query.support.TestPlanEvents.targetRevised;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.query.support.PlanStory;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bitemporal reads: what we knew at a recording time about what had happened by a business date. One kindergarten's
 * history has events recorded late (back-dated) and corrections ({@code EventCorrected}) of a completion's capacity and
 * date and of an allocation's amount; a second kindergarten of the same plan is registered later, and the plan's
 * target is revised. Every expected state is written here.
 * <pre>
 * seq  business date  recorded at (UTC)   event
 *  0   2023-01-10     2023-01-10 09:30    registered, 270 places planned
 *  1   2023-01-10     2023-01-10 09:35    assigned to the plan: +1 kindergarten (kg), +270 places (places)
 *  2   2023-02-01     2023-02-01 09:30    approved, budget 5,000,000.00
 *  3   2023-03-01     2023-03-01 09:30    allocated 2,000,000.00 central
 *  4   2023-04-01     2023-04-01 09:30    construction started
 *  5   2024-03-20     2024-03-25 02:00    completed: 300 places, 10 classes (wrong)
 *  6   2024-03-10     2024-05-20 02:00    allocated 1,000,000.00 provincial (recorded two months late)
 *  7   2024-06-10     2024-06-10 09:30    acceptance passed
 *  8   2024-07-01     2024-07-01 02:00    corrects 5: completed 2024-03-28, 270 places, 9 classes
 *  9   2024-07-15     2024-07-15 02:00    corrects 3: allocated 2,500,000.00 central
 * 10   2024-08-01     2024-08-01 02:00    corrects 5 again: completed 2024-04-02 (after 2024-03-31), 270 places
 * 11   2024-09-01     2024-09-01 09:30    put into service
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsOfIT extends QuerySideIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String B1 = "2024-03-31";

    private final String district = freshRoot() + "/某市/某区";
    private final PlanStory plan = new PlanStory();
    private final ProjectStory kindergarten = new ProjectStory();
    private final ProjectStory later = new ProjectStory();

    @BeforeAll
    void theStory() {
        send(plan.next(planRegistered(district, "某区“十四五”教育规划", 2021, 2025, 2020, "2021-01-10")),
                plan.next(programme("col1", "学前教育", "专栏1", "2021-01-10")),
                plan.next(target("kg", "col1", "幼儿园新建", Counted.KINDERGARTENS, quantity(Comparator.EQUAL, "5", "5所"),
                        Firmness.FIRM, "2021-01-10")),
                plan.next(target("places", "col1", "新增学位", Counted.PLACES, quantity(Comparator.AT_LEAST, "900", "900个以上"),
                        Firmness.FIRM, "2021-01-10")),
                plan.next(targetRevised("kg", quantity(Comparator.EQUAL, "6", "6所"), Firmness.FIRM, "新增一所",
                        "2024-06-01")));
        send(kindergarten.next(registered(ProjectKind.NEW_BUILD, "某区实验幼儿园", district, new Capacity(270, 0, 9),
                        "2023-01-10")),
                kindergarten.next(recordedAt("2023-01-10T09:35:00Z", assigned(plan.id(), "col1", "kg", null, 2024,
                        "2023-01-10", contribution(null, Counted.KINDERGARTENS, "1"),
                        contribution("places", Counted.PLACES, "270")))),
                kindergarten.next(approved("5000000.00", "2023-04-01", "2024-03-31", "2023-02-01")),
                kindergarten.next(funded(FundingSource.CENTRAL_FISCAL, "2000000.00", "2023-03-01")),
                kindergarten.next(constructionStarted("2023-04-01")),
                kindergarten.next(recordedAt("2024-03-25T02:00:00Z", completed(new Capacity(300, 0, 10), "2024-03-20"))),
                kindergarten.next(recordedAt("2024-05-20T02:00:00Z",
                        funded(FundingSource.PROVINCIAL_FISCAL, "1000000.00", "2024-03-10"))),
                kindergarten.next(acceptancePassed("2024-06-10")),
                kindergarten.next(corrected(5, completed(new Capacity(270, 0, 9), "2024-03-28"),
                        "竣工验收备案表核定实际建成9班、学位270个", "2024-07-01", "2024-07-01T02:00:00Z")),
                kindergarten.next(corrected(3, funded(FundingSource.CENTRAL_FISCAL, "2500000.00", "2023-03-01"),
                        "拨款文件金额为250万元", "2024-07-15", "2024-07-15T02:00:00Z")),
                kindergarten.next(corrected(5, completed(new Capacity(270, 0, 9), "2024-04-02"),
                        "竣工日期以验收备案表为准", "2024-08-01", "2024-08-01T02:00:00Z")),
                kindergarten.next(putIntoService(270, "2024-09-01")));
        send(later.next(registered(ProjectKind.NEW_BUILD, "某区第二幼儿园", district, new Capacity(180, 0, 6), "2024-09-05")),
                later.next(assigned(plan.id(), "col1", "kg", null, 2025, "2024-09-05",
                        contribution(null, Counted.KINDERGARTENS, "1"), contribution("places", Counted.PLACES, "180"))),
                later.next(approved("3000000.00", "2024-10-01", "2025-08-31", "2024-09-10")));
        awaitPlanVersion(plan.idValue(), plan.lastSequence());
        awaitVersion(kindergarten.idValue(), kindergarten.lastSequence());
        awaitVersion(later.idValue(), later.lastSequence());
    }

    @Test
    void knownAtTheEndOfAprilAboutMarch() {
        JsonNode asOf = asOf(B1, "2024-04-30");
        assertThat(asOf.get("date").asString()).isEqualTo(B1);
        assertThat(asOf.get("knownAt").asString()).isEqualTo("2024-04-30T15:59:59.999999Z");
        assertThat(sequences(asOf.get("counted"))).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(sequences(asOf.get("corrections"))).isEmpty();
        JsonNode project = asOf.get("project");
        assertThat(project.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(project.get("milestones").get("completedOn").asString()).isEqualTo("2024-03-20");
        assertThat(capacity(project.get("deliveredCapacity"))).isEqualTo("300/0/10");
        assertThat(project.get("percentComplete").asInt()).isEqualTo(100);
        assertThat(project.get("allocatedTotal").asString()).isEqualTo("2000000.00");
        assertThat(bySource(project)).containsExactly(Map.entry("CENTRAL_FISCAL", "2000000.00"));
        assertThat(funding(asOf)).containsExactly("CENTRAL_FISCAL 2000000.00 in 1");
        assertThat(project.get("version").asLong()).isEqualTo(5);
        assertThat(project.get("lastRecordedAt").asString()).isEqualTo("2024-03-25T02:00:00Z");
        assertThat(project.get("lastEventOn").asString()).isEqualTo("2024-03-20");
    }

    @Test
    void anAllocationRecordedLateCountsFromWhenItWasRecorded() {
        JsonNode asOf = asOf(B1, "2024-06-30T12:00:00+08:00");
        assertThat(asOf.get("knownAt").asString()).isEqualTo("2024-06-30T04:00:00Z");
        assertThat(sequences(asOf.get("counted"))).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        JsonNode project = asOf.get("project");
        assertThat(project.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(project.get("allocatedTotal").asString()).isEqualTo("3000000.00");
        assertThat(bySource(project)).containsExactly(Map.entry("CENTRAL_FISCAL", "2000000.00"),
                Map.entry("PROVINCIAL_FISCAL", "1000000.00"));
        assertThat(project.get("milestones").get("completedOn").asString()).isEqualTo("2024-03-20");
        assertThat(capacity(project.get("deliveredCapacity"))).isEqualTo("300/0/10");
        assertThat(project.get("version").asLong()).isEqualTo(6);
        assertThat(project.get("lastRecordedAt").asString()).isEqualTo("2024-05-20T02:00:00Z");
        assertThat(project.get("lastEventOn").asString()).isEqualTo("2024-03-20");
    }

    @Test
    void correctionsCountFromWhenTheyWereRecorded() {
        JsonNode asOf = asOf(B1, "2024-07-20");
        assertThat(sequences(asOf.get("counted"))).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(sequences(asOf.get("corrections"))).containsExactly(8L, 9L);
        JsonNode project = asOf.get("project");
        assertThat(project.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(project.get("milestones").get("completedOn").asString()).isEqualTo("2024-03-28");
        assertThat(capacity(project.get("deliveredCapacity"))).isEqualTo("270/0/9");
        assertThat(project.get("allocatedTotal").asString()).isEqualTo("3500000.00");
        assertThat(funding(asOf)).containsExactly("CENTRAL_FISCAL 2500000.00 in 1", "PROVINCIAL_FISCAL 1000000.00 in 1");
        assertThat(project.get("version").asLong()).isEqualTo(9);
        assertThat(project.get("lastRecordedAt").asString()).isEqualTo("2024-07-15T02:00:00Z");
    }

    @Test
    void aLaterCorrectionReplacesAnEarlierOneAndCanMoveAnEventOutOfTheDate() {
        JsonNode asOf = asOf(B1, "2024-08-31");
        assertThat(sequences(asOf.get("counted"))).containsExactly(0L, 1L, 2L, 3L, 4L, 6L);
        assertThat(sequences(asOf.get("corrections"))).containsExactly(9L);
        JsonNode project = asOf.get("project");
        assertThat(project.get("status").asString()).isEqualTo("UNDER_CONSTRUCTION");
        assertThat(project.get("milestones").get("completedOn").isNull()).isTrue();
        assertThat(project.get("deliveredCapacity").isNull()).isTrue();
        assertThat(project.get("percentComplete").isNull()).isTrue();
        assertThat(project.get("allocatedTotal").asString()).isEqualTo("3500000.00");
        assertThat(project.get("version").asLong()).isEqualTo(9);

        JsonNode june = asOf("2024-06-30", "2024-08-31").get("project");
        assertThat(june.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(june.get("milestones").get("completedOn").asString()).isEqualTo("2024-04-02");
        assertThat(june.get("milestones").get("acceptedOn").asString()).isEqualTo("2024-06-10");
        assertThat(june.get("version").asLong()).isEqualTo(10);
    }

    @Test
    void todayAsKnownNowIsTheLiveProjectWithEveryCorrection() {
        JsonNode asOf = ok("/api/projects/{id}/as-of", kindergarten.idValue());
        assertThat(sequences(asOf.get("counted"))).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 11L);
        assertThat(sequences(asOf.get("corrections"))).containsExactly(9L, 10L);
        JsonNode live = ok("/api/projects/{id}", kindergarten.idValue());
        assertThat(asOf.get("project")).isEqualTo(live);

        assertThat(live.get("status").asString()).isEqualTo("IN_SERVICE");
        assertThat(live.get("milestones").get("completedOn").asString()).isEqualTo("2024-04-02");
        assertThat(capacity(live.get("deliveredCapacity"))).isEqualTo("270/0/9");
        assertThat(live.get("allocatedTotal").asString()).isEqualTo("3500000.00");
        assertThat(bySource(live)).containsExactly(Map.entry("CENTRAL_FISCAL", "2500000.00"),
                Map.entry("PROVINCIAL_FISCAL", "1000000.00"));
        assertThat(live.get("version").asLong()).isEqualTo(11);
        assertThat(live.get("lastEventOn").asString()).isEqualTo("2024-09-01");
    }

    @Test
    void beforeItWasKnownOrBeforeItWasRegisteredThereIsNoProject() {
        String notKnown = problem(404, "/api/projects/{id}/as-of?date=2024-12-31&knownAt=2023-01-09", kindergarten.idValue())
                .get("detail").asString();
        assertThat(notKnown).isEqualTo("project " + kindergarten.idValue()
                + " was not known yet at 2023-01-09T15:59:59.999999Z: its registration was recorded at 2023-01-10T09:30:00Z");
        assertThat(problem(404, "/api/projects/{id}/as-of?date=2023-01-09", kindergarten.idValue()).get("detail").asString())
                .isEqualTo("project " + kindergarten.idValue() + " was registered on 2023-01-10, after 2023-01-09");
        assertThat(problem(404, "/api/projects/{id}/as-of?date=2024-12-31&knownAt=2024-06-30", later.idValue())
                .get("detail").asString()).startsWith("project " + later.idValue() + " was not known yet at");
        problem(404, "/api/projects/PRJ-NEVER-REGISTERED/as-of");
    }

    @Test
    void badValuesAre400NamingTheParameter() {
        assertThat(problem(400, "/api/projects/{id}/as-of?date=31.03.2024", kindergarten.idValue())
                .get("parameter").asString()).isEqualTo("date");
        assertThat(problem(400, "/api/projects/{id}/as-of?knownAt=2024-06-30T12:00:00", kindergarten.idValue())
                .get("parameter").asString()).isEqualTo("knownAt");
        assertThat(problem(400, "/api/projects/{id}/as-of/compare?to=2024-03-31", kindergarten.idValue())
                .get("parameter").asString()).isEqualTo("from");
        assertThat(problem(400, "/api/projects/{id}/as-of/compare?from=2024-03-31&to=2024-03-31&toKnownAt=yesterday",
                kindergarten.idValue()).get("errors").get(0).get("field").asString()).isEqualTo("toKnownAt");
        assertThat(problem(400, "/api/plans/{id}/progress?knownAt=soon", plan.idValue()).get("parameter").asString())
                .isEqualTo("knownAt");
    }

    @Test
    void comparingWhatWeKnewInAprilWithWhatWeKnewInJulyAboutMarch() {
        JsonNode comparison = ok("/api/projects/{id}/as-of/compare?from={d}&fromKnownAt={k1}&to={d}&toKnownAt={k2}",
                kindergarten.idValue(), B1, "2024-04-30", B1, "2024-07-20");
        assertThat(comparison.get("from").get("knownAt").asString()).isEqualTo("2024-04-30T15:59:59.999999Z");
        assertThat(comparison.get("to").get("date").asString()).isEqualTo(B1);
        assertThat(changes(comparison.get("changes"), "from", "to")).containsExactlyInAnyOrder(
                "completedOn: 2024-03-20 → 2024-03-28",
                "allocatedTotal: 2000000.00 → 3500000.00",
                "deliveredPlaces: 300 → 270",
                "deliveredClasses: 10 → 9",
                "funding.CENTRAL_FISCAL: 2000000.00 → 2500000.00",
                "funding.PROVINCIAL_FISCAL: null → 1000000.00");

        // both as known at the end of August: the service that began on 2024-09-01 was recorded that day, so it is not
        // known yet even about 2024-09-30
        JsonNode sameTime = ok("/api/projects/{id}/as-of/compare?from=2024-03-31&to=2024-09-30&fromKnownAt={k}&toKnownAt={k}",
                kindergarten.idValue(), "2024-08-31", "2024-08-31");
        assertThat(changes(sameTime.get("changes"), "from", "to")).containsExactlyInAnyOrder(
                "status: UNDER_CONSTRUCTION → ACCEPTED",
                "completedOn: null → 2024-04-02",
                "acceptedOn: null → 2024-06-10",
                "percentComplete: null → 100",
                "deliveredPlaces: null → 270",
                "deliveredStreams: null → 0",
                "deliveredClasses: null → 9",
                "floorAreaSquareMetres: null → 18250.50");
    }

    @Test
    void theLiveFiguresCountTheCorrections() {
        JsonNode march = ok("/api/plans/{id}/progress?asOf={d}", plan.idValue(), B1);
        JsonNode kg = targetOf(march, "kg");
        assertThat(kg.get("projects").asLong()).isEqualTo(1);
        assertThat(kg.get("stages").get("constructionStarted").asLong()).isEqualTo(1);
        // completed on 2024-04-02 as corrected, not on 2024-03-20 as first recorded
        assertThat(kg.get("stages").get("completed").asLong()).isZero();
        assertThat(targetOf(march, "places").get("pipeline").get("underConstruction").asString()).isEqualTo("270");

        JsonNode knownInApril = ok("/api/plans/{id}/progress?asOf={d}&knownAt=2024-04-30", plan.idValue(), B1);
        assertThat(targetOf(knownInApril, "kg").get("stages").get("completed").asLong()).isEqualTo(1);
        assertThat(targetOf(knownInApril, "places").get("pipeline").get("completed").asString()).isEqualTo("300");
    }

    @Test
    void planProgressAsKnownInAprilAgainstNow() {
        JsonNode april = ok("/api/plans/{id}/progress?asOf=2024-12-31&knownAt=2024-04-30", plan.idValue());
        assertThat(april.get("knownAt").asString()).isEqualTo("2024-04-30T15:59:59.999999Z");
        JsonNode kg = targetOf(april, "kg");
        assertThat(kg.get("planned").get("value").asString()).isEqualTo("5");
        assertThat(kg.get("revisions").asInt()).isZero();
        assertThat(kg.get("projects").asLong()).isEqualTo(1);
        assertThat(stages(kg)).isEqualTo("approved 1, funded 1, started 1, completed 1, accepted 0, inService 0");
        assertThat(kg.get("delivered").asString()).isEqualTo("0");
        assertThat(kg.get("pipeline").get("completed").asString()).isEqualTo("1");
        JsonNode places = targetOf(april, "places");
        assertThat(places.get("delivered").asString()).isEqualTo("0");
        assertThat(places.get("pipeline").get("completed").asString()).isEqualTo("300");

        JsonNode now = ok("/api/plans/{id}/progress?asOf=2024-12-31", plan.idValue());
        assertThat(now.get("knownAt").isNull()).isTrue();
        kg = targetOf(now, "kg");
        assertThat(kg.get("planned").get("value").asString()).isEqualTo("6");
        assertThat(kg.get("revisions").asInt()).isEqualTo(1);
        assertThat(kg.get("projects").asLong()).isEqualTo(2);
        assertThat(stages(kg)).isEqualTo("approved 2, funded 1, started 1, completed 1, accepted 1, inService 1");
        assertThat(kg.get("delivered").asString()).isEqualTo("1");
        assertThat(kg.get("pipeline").get("approved").asString()).isEqualTo("1");
        places = targetOf(now, "places");
        assertThat(places.get("delivered").asString()).isEqualTo("270");
        assertThat(places.get("pipeline").get("approved").asString()).isEqualTo("180");

        // the same figures from the replay as known now: the replay path and the live path agree
        JsonNode replayedNow = ok("/api/plans/{id}/progress?asOf=2024-12-31&knownAt={k}", plan.idValue(),
                "2099-12-31T00:00:00Z");
        assertThat(replayedNow.get("targets")).isEqualTo(now.get("targets"));

        JsonNode comparison = ok("/api/plans/{id}/progress/compare?from=2024-12-31&fromKnownAt=2024-04-30&to=2024-12-31",
                plan.idValue());
        JsonNode kgDelta = comparisonOf(comparison, "kg").get("delta");
        assertThat(kgDelta.get("projects").asLong()).isEqualTo(1);
        assertThat(kgDelta.get("stages").get("approved").asLong()).isEqualTo(1);
        assertThat(kgDelta.get("stages").get("inService").asLong()).isEqualTo(1);
        assertThat(kgDelta.get("delivered").asString()).isEqualTo("1");
        assertThat(kgDelta.get("pipeline").get("completed").asString()).isEqualTo("-1");
        JsonNode placesDelta = comparisonOf(comparison, "places").get("delta");
        assertThat(placesDelta.get("delivered").asString()).isEqualTo("270");
        assertThat(placesDelta.get("pipeline").get("approved").asString()).isEqualTo("180");
        assertThat(placesDelta.get("pipeline").get("completed").asString()).isEqualTo("-300");
    }

    @Test
    void theHistoryShowsEachCorrectionBesideWhatItCorrects() {
        JsonNode history = ok("/api/projects/{id}/history", kindergarten.idValue());
        assertThat(history.get("version").asLong()).isEqualTo(11);
        JsonNode events = history.get("events");
        assertThat(events.size()).isEqualTo(12);
        assertThat(sequences(events.get(5).get("correctedBy"))).containsExactly(8L, 10L);
        assertThat(sequences(events.get(3).get("correctedBy"))).containsExactly(9L);
        assertThat(events.get(5).get("corrects").isNull()).isTrue();
        assertThat(events.get(8).get("corrects").asLong()).isEqualTo(5);
        assertThat(events.get(9).get("corrects").asLong()).isEqualTo(3);
        assertThat(events.get(10).get("corrects").asLong()).isEqualTo(5);
        assertThat(events.get(8).get("type").asString()).isEqualTo("cn.edutrack.project.event-corrected.v1");
        assertThat(events.get(8).get("summary").asString()).isEqualTo("Corrects event #5 to: Construction completed: "
                + "270 places, 0 streams, 9 classes, 18250.50 m²; reason: 竣工验收备案表核定实际建成9班、学位270个");
        // the corrected event as first recorded
        assertThat(events.get(5).get("payload").get("actualCapacity").get("places").asInt()).isEqualTo(300);

        assertThat(changes(events.get(5).get("changes"), "before", "after")).containsExactlyInAnyOrder(
                "status: UNDER_CONSTRUCTION → COMPLETED",
                "completedOn: null → 2024-03-20",
                "percentComplete: null → 100",
                "deliveredPlaces: null → 300",
                "deliveredStreams: null → 0",
                "deliveredClasses: null → 10",
                "floorAreaSquareMetres: null → 18250.50");
        assertThat(changes(events.get(6).get("changes"), "before", "after")).containsExactlyInAnyOrder(
                "allocatedTotal: 2000000.00 → 3000000.00",
                "funding.PROVINCIAL_FISCAL: null → 1000000.00");
        assertThat(changes(events.get(8).get("changes"), "before", "after")).containsExactlyInAnyOrder(
                "completedOn: 2024-03-20 → 2024-03-28",
                "deliveredPlaces: 300 → 270",
                "deliveredClasses: 10 → 9");
        assertThat(changes(events.get(9).get("changes"), "before", "after")).containsExactlyInAnyOrder(
                "allocatedTotal: 3000000.00 → 3500000.00",
                "funding.CENTRAL_FISCAL: 2000000.00 → 2500000.00");
        assertThat(changes(events.get(10).get("changes"), "before", "after")).containsExactly(
                "completedOn: 2024-03-28 → 2024-04-02");
        assertThat(changes(events.get(11).get("changes"), "before", "after")).containsExactlyInAnyOrder(
                "status: ACCEPTED → IN_SERVICE",
                "inServiceOn: null → 2024-09-01",
                "firstEnrolment: null → 270");

        // the timeline shows the pointers too
        JsonNode timeline = ok("/api/projects/{id}/timeline", kindergarten.idValue()).get("events");
        assertThat(timeline.get(9).get("corrects").asLong()).isEqualTo(3);
        assertThat(timeline.get(3).get("corrects").isNull()).isTrue();
    }

    private JsonNode asOf(String date, String knownAt) {
        return ok("/api/projects/{id}/as-of?date={d}&knownAt={k}", kindergarten.idValue(), date, knownAt);
    }

    private JsonNode ok(String uri, Object... variables) {
        return JSON.readTree(http.get().uri(uri, variables).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private JsonNode problem(int status, String uri, Object... variables) {
        return JSON.readTree(http.get().uri(uri, variables).exchange()
                .expectStatus().isEqualTo(status)
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private static List<Long> sequences(JsonNode array) {
        List<Long> sequences = new ArrayList<>();
        array.forEach(n -> sequences.add(n.asLong()));
        return sequences;
    }

    private static String capacity(JsonNode capacity) {
        return capacity.get("places").asInt() + "/" + capacity.get("streams").asInt() + "/" + capacity.get("classes").asInt();
    }

    private static Map<String, String> bySource(JsonNode project) {
        Map<String, String> bySource = new TreeMap<>();
        project.get("allocatedBySource").properties().forEach(e -> bySource.put(e.getKey(), e.getValue().asString()));
        return bySource;
    }

    private static List<String> funding(JsonNode asOf) {
        List<String> funding = new ArrayList<>();
        asOf.get("funding").forEach(f -> funding.add(f.get("source").asString() + " " + f.get("amount").asString() + " in "
                + f.get("allocations").asInt()));
        return funding;
    }

    /** {@code field: before → after}, values as written ({@code null} for none). */
    static List<String> changes(JsonNode changes, String before, String after) {
        List<String> lines = new ArrayList<>();
        changes.forEach(c -> lines.add(c.get("field").asString() + ": " + text(c.get(before)) + " → " + text(c.get(after))));
        return lines;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "null" : value.asString();
    }

    private static JsonNode targetOf(JsonNode progress, String targetId) {
        for (JsonNode target : progress.get("targets")) {
            if (target.get("targetId").asString().equals(targetId)) {
                return target;
            }
        }
        throw new AssertionError("no target " + targetId + " in " + progress);
    }

    private static JsonNode comparisonOf(JsonNode comparison, String targetId) {
        for (JsonNode target : comparison.get("targets")) {
            if (target.get("targetId").asString().equals(targetId)) {
                return target;
            }
        }
        throw new AssertionError("no target " + targetId + " in " + comparison);
    }

    private static String stages(JsonNode target) {
        JsonNode s = target.get("stages");
        return "approved " + s.get("approved").asLong() + ", funded " + s.get("funded").asLong() + ", started "
                + s.get("constructionStarted").asLong() + ", completed " + s.get("completed").asLong() + ", accepted "
                + s.get("accepted").asLong() + ", inService " + s.get("inService").asLong();
    }
}
