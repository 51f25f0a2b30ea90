package cn.edutrack.query.progress;

import static cn.edutrack.query.support.TestPlanEvents.baseline;
import static cn.edutrack.query.support.TestPlanEvents.freshRoot;
import static cn.edutrack.query.support.TestPlanEvents.indicator;
import static cn.edutrack.query.support.TestPlanEvents.jurisdiction;
import static cn.edutrack.query.support.TestPlanEvents.measured;
import static cn.edutrack.query.support.TestPlanEvents.noFigure;
import static cn.edutrack.query.support.TestPlanEvents.planRegistered;
import static cn.edutrack.query.support.TestPlanEvents.quantity;

import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.IndicatorAttribute;
import cn.edutrack.events.plan.JurisdictionLevel;
import cn.edutrack.query.support.PlanStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Indicators against their targets, as of business dates. Plan X (甲市, 2021-2025, baseline 2020) and plan Y (乙市,
 * 2022) share a concept code of their own, so that no other test's plans show up under it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorProgressIT extends QuerySideIntegrationTest {

    private final String root = freshRoot();
    private final String cityA = root + "/甲市";
    private final String cityB = root + "/乙市";
    private final String concept = "IT_RETENTION_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final PlanStory x = new PlanStory();
    private final PlanStory y = new PlanStory();

    @BeforeAll
    void plans() {
        send(jurisdiction(root, "某省", JurisdictionLevel.PROVINCE, null, "2021-01-05"),
                jurisdiction(cityA, "甲市", JurisdictionLevel.CITY, root, "2021-01-05"),
                jurisdiction(cityB, "乙市", JurisdictionLevel.CITY, root, "2021-01-05"));
        send(x.next(planRegistered(cityA, "甲市教育事业发展“十四五”规划", 2021, 2025, 2020, "2021-03-01")),
                x.next(indicator("retention", "九年义务教育巩固率", "%", IndicatorAttribute.BINDING, concept,
                        baseline(2020, "96.83"), 2025, quantity(Comparator.AT_LEAST, "97", "97以上"), "2021-03-01")),
                x.next(indicator("preschool", "学前三年毛入园率", "%", IndicatorAttribute.EXPECTED, null,
                        baseline(2020, "88"), 2025, quantity(Comparator.AT_LEAST, "90", "90以上"), "2021-03-01")),
                x.next(indicator("funding", "生均公用经费", "元", IndicatorAttribute.NOT_STATED, null,
                        baseline(2020, "1000"), null, noFigure(Comparator.NEVER_DECREASE, "只增不减"), "2021-03-01")),
                x.next(indicator("centre", "建成教师发展中心", null, IndicatorAttribute.NOT_STATED, null, null, 2022,
                        noFigure(Comparator.ACHIEVED, "建成"), "2021-03-01")),
                x.next(indicator("teachers", "专任教师本科以上学历比例", "%", IndicatorAttribute.BINDING, null, null, 2025,
                        quantity(Comparator.AT_LEAST, "80", "80%以上"), "2021-03-01")),
                x.next(measured("retention", 2021, "96.85", "2022-03-01")),
                x.next(measured("retention", 2023, "96.8", "2024-03-01", "estimate")),
                // the final figure for 2023, reported later: it supersedes the estimate from its business date on
                x.next(measured("retention", 2023, "96.9", "2024-04-15")),
                x.next(measured("preschool", 2023, "89.5", "2024-03-01")),
                x.next(measured("funding", 2021, "1100", "2022-03-01")),
                x.next(measured("funding", 2022, "1050", "2023-03-01")),
                x.next(measured("teachers", 2023, "82", "2024-03-01")));
        send(y.next(planRegistered(cityB, "乙市2022年教育工作要点", 2022, 2022, null, "2022-02-01")),
                y.next(indicator("IND-05", "义务教育巩固率", "%", IndicatorAttribute.NOT_STATED, concept, null, 2022,
                        quantity(Comparator.EQUAL, "98", "98%"), "2022-02-01")),
                y.next(measured("IND-05", 2022, "98.2", "2023-02-01")));
        awaitPlanVersion(x.idValue(), x.lastSequence());
        awaitPlanVersion(y.idValue(), y.lastSequence());
        awaitJurisdictions(root, cityA, cityB);
    }

    @Test
    void aPlansIndicatorsBindingFirstWithPathStatusAndGap() {
        http.get().uri("/api/plans/{id}/indicators?asOf=2024-06-30", x.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.planId").isEqualTo(x.idValue())
                .jsonPath("$.asOf").isEqualTo("2024-06-30")
                .jsonPath("$.indicators[*].indicatorId").isEqualTo(List.of("retention", "teachers", "preschool", "funding", "centre"))
                // 96.83 (2020) → 97 (2025): on 2024-06-30 (2023 + 182/366 on the year axis) 96.83 + 0.6995 × 0.17 = 96.949
                .jsonPath("$.indicators[0].baseline.year").isEqualTo(2020)
                .jsonPath("$.indicators[0].baseline.value").isEqualTo(96.83)
                .jsonPath("$.indicators[0].target.year").isEqualTo(2025)
                .jsonPath("$.indicators[0].target.comparator").isEqualTo("AT_LEAST")
                .jsonPath("$.indicators[0].target.value").isEqualTo(97)
                .jsonPath("$.indicators[0].target.asWritten").isEqualTo("97以上")
                .jsonPath("$.indicators[0].measurements[*].year").isEqualTo(List.of(2021, 2023))
                .jsonPath("$.indicators[0].measurements[1].value").isEqualTo(96.9)
                .jsonPath("$.indicators[0].latest.year").isEqualTo(2023)
                .jsonPath("$.indicators[0].latest.value").isEqualTo(96.9)
                .jsonPath("$.indicators[0].latest.businessDate").isEqualTo("2024-04-15")
                .jsonPath("$.indicators[0].expectedByDate").isEqualTo(96.95)
                .jsonPath("$.indicators[0].gap").isEqualTo(-0.05)
                .jsonPath("$.indicators[0].status").isEqualTo("BEHIND")
                // no baseline, already above 80
                .jsonPath("$.indicators[1].status").isEqualTo("MET")
                .jsonPath("$.indicators[1].expectedByDate").isEmpty()
                // 88 → 90: expected 88 + 0.6995 × 2 = 89.40, measured 89.5
                .jsonPath("$.indicators[2].attribute").isEqualTo("EXPECTED")
                .jsonPath("$.indicators[2].expectedByDate").isEqualTo(89.4)
                .jsonPath("$.indicators[2].gap").isEqualTo(0.1)
                .jsonPath("$.indicators[2].status").isEqualTo("ON_TRACK")
                // 1000 → 1100 → 1050: decreased
                .jsonPath("$.indicators[3].status").isEqualTo("NOT_MET")
                .jsonPath("$.indicators[3].target.comparator").isEqualTo("NEVER_DECREASE")
                .jsonPath("$.indicators[4].status").isEqualTo("NO_DATA")
                .jsonPath("$.indicators[4].latest").isEmpty();
    }

    @Test
    void asOfADateOnlyTheMeasurementsReportedByThenCount() {
        // on 2024-03-31 only the estimate 96.8 for 2023 was known; x = 2023 + 91/366: expected 96.9405
        http.get().uri("/api/plans/{id}/indicators?asOf=2024-03-31", x.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.indicators[0].latest.value").isEqualTo(96.8)
                .jsonPath("$.indicators[0].latest.flags[0]").isEqualTo("estimate")
                .jsonPath("$.indicators[0].expectedByDate").isEqualTo(96.94)
                .jsonPath("$.indicators[0].gap").isEqualTo(-0.14)
                .jsonPath("$.indicators[0].status").isEqualTo("BEHIND");
        http.get().uri("/api/plans/{id}/indicators?asOf=2022-01-01", x.idValue()).exchange()
                .expectBody()
                .jsonPath("$.indicators[0].status").isEqualTo("NO_DATA")
                .jsonPath("$.indicators[0].measurements.length()").isEqualTo(0);
    }

    @Test
    void indicatorsBehindInASubtreeBindingFirst() {
        http.get().uri("/api/indicators/behind?jurisdiction={j}&asOf=2024-06-30", root).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[*].indicatorId").isEqualTo(List.of("retention", "funding"))
                .jsonPath("$[0].planId").isEqualTo(x.idValue())
                .jsonPath("$[0].jurisdiction").isEqualTo(cityA)
                .jsonPath("$[0].jurisdictionName").isEqualTo("甲市")
                .jsonPath("$[0].attribute").isEqualTo("BINDING")
                .jsonPath("$[0].gap").isEqualTo(-0.05)
                .jsonPath("$[0].status").isEqualTo("BEHIND")
                .jsonPath("$[1].status").isEqualTo("NOT_MET");
        http.get().uri("/api/indicators/behind?jurisdiction={j}&asOf=2024-06-30&attribute=binding", root).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[*].indicatorId").isEqualTo(List.of("retention"));
        http.get().uri("/api/indicators/behind?jurisdiction={j}&asOf=2024-06-30", cityB).exchange()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void oneConceptAcrossPlansAndJurisdictions() {
        http.get().uri("/api/indicators/by-concept/{c}?asOf=2024-06-30", concept).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[?(@.planId == '" + x.idValue() + "')].jurisdictionName").isEqualTo(List.of("甲市"))
                .jsonPath("$[?(@.planId == '" + x.idValue() + "')].name").isEqualTo(List.of("九年义务教育巩固率"))
                .jsonPath("$[?(@.planId == '" + x.idValue() + "')].target.comparator").isEqualTo(List.of("AT_LEAST"))
                .jsonPath("$[?(@.planId == '" + x.idValue() + "')].latest.value").isEqualTo(List.of(96.9))
                .jsonPath("$[?(@.planId == '" + x.idValue() + "')].status").isEqualTo(List.of("BEHIND"))
                .jsonPath("$[?(@.planId == '" + y.idValue() + "')].jurisdiction").isEqualTo(List.of(cityB))
                .jsonPath("$[?(@.planId == '" + y.idValue() + "')].name").isEqualTo(List.of("义务教育巩固率"))
                .jsonPath("$[?(@.planId == '" + y.idValue() + "')].target.value").isEqualTo(List.of(98))
                .jsonPath("$[?(@.planId == '" + y.idValue() + "')].latest.value").isEqualTo(List.of(98.2))
                .jsonPath("$[?(@.planId == '" + y.idValue() + "')].status").isEqualTo(List.of("MET"));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        badParameter("/api/indicators/by-concept/retention", "concept");
        badParameter("/api/indicators/behind?attribute=IMPORTANT", "attribute");
        badParameter("/api/indicators/behind?asOf=2024-13-01", "asOf");
        badParameter("/api/plans/" + x.idValue() + "/indicators?asOf=soon", "asOf");
        http.get().uri("/api/plans/never-registered/indicators").exchange().expectStatus().isNotFound();
    }

    private void badParameter(String uri, String parameter) {
        http.get().uri(uri).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.parameter").isEqualTo(parameter)
                .jsonPath("$.errors[0].field").isEqualTo(parameter);
    }
}
