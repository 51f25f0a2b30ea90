package cn.edutrack.query.benchmark;

import static cn.edutrack.query.support.TestEvents.acceptancePassed;
import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.completed;
import static cn.edutrack.query.support.TestEvents.constructionStarted;
import static cn.edutrack.query.support.TestEvents.funded;
import static cn.edutrack.query.support.TestEvents.putIntoService;
import static cn.edutrack.query.support.TestEvents.registered;
import static cn.edutrack.query.support.TestPlanEvents.assigned;
import static cn.edutrack.query.support.TestPlanEvents.contribution;
import static cn.edutrack.query.support.TestPlanEvents.freshRoot;
import static cn.edutrack.query.support.TestPlanEvents.jurisdiction;
import static cn.edutrack.query.support.TestPlanEvents.planRegistered;
import static cn.edutrack.query.support.TestPlanEvents.programme;
import static cn.edutrack.query.support.TestPlanEvents.quantity;
import static cn.edutrack.query.support.TestPlanEvents.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.JurisdictionLevel;
import cn.edutrack.query.support.PlanStory;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the progress questions take over a province, computed at query time from the read models: a
 * province plan with {@code edutrack.benchmark.projects} (default 5,000) kindergarten projects spread over 16 cities
 * of 10 counties each, at every stage. Also reports how fast the query side projected them from Kafka. Not part of
 * the test run; see docs/benchmarks.md.
 */
@Tag("benchmark")
class ProgressQueryBenchmark extends QuerySideIntegrationTest {

    private static final int PROJECTS = Integer.getInteger("edutrack.benchmark.projects", 5_000);
    private static final int RUNS = 20;

    @Test
    void progressQueriesOverAProvince() {
        String province = freshRoot();
        List<String> counties = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> setup = new ArrayList<>();
        setup.add(jurisdiction(province, "某省", JurisdictionLevel.PROVINCE, null, "2021-01-05"));
        for (int c = 1; c <= 16; c++) {
            String city = province + "/市" + c;
            setup.add(jurisdiction(city, "市" + c, JurisdictionLevel.CITY, province, "2021-01-05"));
            for (int k = 1; k <= 10; k++) {
                String county = city + "/县" + k;
                counties.add(county);
                setup.add(jurisdiction(county, "县" + k, JurisdictionLevel.COUNTY, city, "2021-01-05"));
            }
        }
        PlanStory plan = new PlanStory();
        setup.add(plan.next(planRegistered(province, "某省“十四五”学前教育规划", 2021, 2025, 2020, "2021-01-10")));
        setup.add(plan.next(programme("col1", "学前教育扩容", "专栏1", "2021-01-10")));
        setup.add(plan.next(target("kg", "col1", "幼儿园新建、改扩建", Counted.KINDERGARTENS,
                quantity(Comparator.EQUAL, Integer.toString(PROJECTS), PROJECTS + "所"), Firmness.FIRM, "2021-01-10")));
        setup.add(plan.next(target("places", "col1", "新增学位", Counted.PLACES,
                quantity(Comparator.ABOUT, Integer.toString(PROJECTS * 270), "约" + PROJECTS * 270 + "个"), Firmness.FIRM, "2021-01-10")));
        send(setup);

        Random random = new Random(42);
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        ProjectStory last = null;
        for (int i = 0; i < PROJECTS; i++) {
            ProjectStory p = new ProjectStory();
            String county = counties.get(random.nextInt(counties.size()));
            int stage = random.nextInt(6);
            records.add(p.next(registered(ProjectKind.NEW_BUILD, "幼儿园新建" + i, county, new Capacity(270, 0, 9), "2021-02-01")));
            records.add(p.next(assigned(plan.id(), "col1", "kg", null, 2024, "2021-02-01",
                    contribution(null, Counted.KINDERGARTENS, "1"), contribution("places", Counted.PLACES, "270"))));
            if (stage >= 1) {
                records.add(p.next(approved("5000000.00", "2021-06-01", "2023-08-31", "2021-04-01")));
                records.add(p.next(funded(FundingSource.values()[i % FundingSource.values().length], "2000000.00", "2021-05-01")));
            }
            if (stage >= 2) {
                records.add(p.next(constructionStarted("2021-06-01")));
            }
            if (stage >= 3) {
                records.add(p.next(completed(new Capacity(270, 0, 9), "2023-06-01")));
            }
            if (stage >= 4) {
                records.add(p.next(acceptancePassed("2023-07-01")));
            }
            if (stage >= 5) {
                records.add(p.next(putIntoService(250, "2023-09-01")));
            }
            last = p;
        }
        long sendStart = System.nanoTime();
        send(records);
        double sendSeconds = (System.nanoTime() - sendStart) / 1e9;
        ProjectStory lastProject = last;
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> jdbc.sql("select count(*) from project_plan_assignment where plan_id = ?")
                        .param(plan.idValue()).query(Long.class).single(), n -> n == PROJECTS);
        awaitVersion(lastProject.idValue(), lastProject.lastSequence());
        double projectSeconds = (System.nanoTime() - sendStart) / 1e9;
        // the test producer sends one record at a time and waits for each acknowledgement, so the projection time
        // is bounded below by the send time
        System.out.printf("BENCHMARK projection: %d records of %d projects sent in %.1f s, all projected %.1f s after the"
                + " first send (%.0f records/s end to end)%n",
                records.size(), PROJECTS, sendSeconds, projectSeconds, records.size() / projectSeconds);

        String encoded = URLEncoder.encode(province, StandardCharsets.UTF_8);
        time("progress of the plan", "/api/plans/" + plan.idValue() + "/progress?asOf=2023-12-31");
        time("breakdown by city", "/api/plans/" + plan.idValue() + "/targets/kg/breakdown?by=jurisdiction&asOf=2023-12-31");
        time("roll-up by jurisdiction", "/api/plans/" + plan.idValue() + "/rollup?by=jurisdiction&asOf=2023-12-31");
        time("cross-plan roll-up", "/api/progress/rollup?jurisdiction=" + encoded + "&asOf=2023-12-31");
        time("lagging lists", "/api/lagging?jurisdiction=" + encoded + "&asOf=2023-12-31");
        time("money", "/api/money?planId=" + plan.idValue());
        // as known at a time: every project of the plan replayed into scratch tables for each request
        time("progress of the plan as known at a time", "/api/plans/" + plan.idValue()
                + "/progress?asOf=2023-12-31&knownAt=2099-01-01T00:00:00Z", 3);
        time("one project's history with its changes", "/api/projects/" + lastProject.idValue() + "/history");
        time("one project as of a date as known at a time", "/api/projects/" + lastProject.idValue()
                + "/as-of?date=2023-06-30&knownAt=2024-01-01");
    }

    private void time(String what, String uri) {
        time(what, uri, RUNS);
    }

    private void time(String what, String uri, int runs) {
        long[] millis = new long[runs];
        for (int i = -Math.min(3, runs); i < runs; i++) {
            long start = System.nanoTime();
            byte[] body = http.get().uri(URI.create(uri)).exchange().expectStatus().isOk()
                    .expectBody().returnResult().getResponseBody();
            assertThat(body).isNotEmpty();
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        Arrays.sort(millis);
        System.out.printf("BENCHMARK %s over %d projects: median %d ms, slowest %d ms (%d runs after %d warm-up)%n",
                what, PROJECTS, millis[runs / 2], millis[runs - 1], runs, Math.min(3, runs));
    }
}
