package cn.edutrack.query.progress;

import static cn.edutrack.query.support.TestEvents.designationApplied;
import static cn.edutrack.query.support.TestEvents.designationGranted;
import static cn.edutrack.query.support.TestEvents.registered;
import static cn.edutrack.query.support.TestPlanEvents.assigned;
import static cn.edutrack.query.support.TestPlanEvents.assignedWithQuota;
import static cn.edutrack.query.support.TestPlanEvents.freshRoot;
import static cn.edutrack.query.support.TestPlanEvents.jurisdiction;
import static cn.edutrack.query.support.TestPlanEvents.planRegistered;
import static cn.edutrack.query.support.TestPlanEvents.programme;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.plan.JurisdictionLevel;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.query.support.PlanStory;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A county plan's quotas, as in 施甸县: "每个乡镇每年创建1—2所" (per township, 2021-2022) over the two registered
 * townships 甲乡 and 乙镇, and "全县每年创建1—2所" (per county, 2021-2022) over the county itself. On 2022-06-30:
 * <pre>
 * township quota   甲乡 2021: 1 granted → MET        甲乡 2022: 0 → OPEN (the year is running)
 *                  乙镇 2021: 0 → NOT_MET            乙镇 2022: 2 granted (one in 2022-03, one in 2022-05) → MET
 *                  (a third designation in 乙镇, granted 2022-09-01, is after the date and not counted)
 * county quota     丙县 2021: 0 → NOT_MET            丙县 2022: 1 → MET (its one child, in the county town)
 * </pre>
 * Units are listed by code (code point order: 乙镇 before 甲乡). A quota in a county with no township registered
 * cannot be counted, and says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuotaIT extends QuerySideIntegrationTest {

    private static final Quantity ONE_TO_TWO = Quantity.range(BigDecimal.ONE, BigDecimal.valueOf(2), "1—2所");

    private final String county = freshRoot() + "/丙县";
    private final String townA = county + "/甲乡";
    private final String townB = county + "/乙镇";
    private final String bareCounty = freshRoot() + "/丁县";
    private final PlanStory plan = new PlanStory();
    private final PlanStory barePlan = new PlanStory();
    private final ProjectStory perTownship = new ProjectStory();
    private final ProjectStory perCounty = new ProjectStory();
    private final ProjectStory bareQuota = new ProjectStory();
    private final List<ProjectStory> children = new ArrayList<>();

    @BeforeAll
    void planQuotasAndDesignations() {
        send(jurisdiction(county, "丙县", JurisdictionLevel.COUNTY, null, "2021-01-05"),
                jurisdiction(townA, "甲乡", JurisdictionLevel.TOWNSHIP, county, "2021-01-05"),
                jurisdiction(townB, "乙镇", JurisdictionLevel.TOWNSHIP, county, "2021-01-05"),
                jurisdiction(bareCounty, "丁县", JurisdictionLevel.COUNTY, null, "2021-01-05"));
        send(plan.next(planRegistered(county, "丙县2021年教育工作要点", 2021, 2022, 2020, "2021-01-10")),
                plan.next(programme("p1", "教育现代化示范校创建", "任务1", "2021-01-10")));
        send(barePlan.next(planRegistered(bareCounty, "丁县2021年教育工作要点", 2021, 2021, 2020, "2021-01-10")),
                barePlan.next(programme("p1", "教育现代化示范校创建", "任务1", "2021-01-10")));

        List<ProducerRecord<String, byte[]>> projects = new ArrayList<>();
        projects.add(perTownship.next(registered(ProjectKind.MODEL_SCHOOL, "市级教育现代化示范校: 每个乡镇每年创建1—2所", county,
                Capacity.NONE, "2021-01-15")));
        projects.add(perTownship.next(assignedWithQuota(plan.id(), "p1",
                new ProjectAssignedToPlan.Quota("乡镇", ONE_TO_TWO, 2021, 2022), "2021-01-15")));
        projects.add(perCounty.next(registered(ProjectKind.MODEL_SCHOOL, "省级教育现代化示范校: 全县每年创建1—2所", county,
                Capacity.NONE, "2021-01-15")));
        projects.add(perCounty.next(assignedWithQuota(plan.id(), "p1",
                new ProjectAssignedToPlan.Quota("县", ONE_TO_TWO, 2021, 2022), "2021-01-15")));
        projects.add(bareQuota.next(registered(ProjectKind.MODEL_SCHOOL, "每个乡镇每年创建1—2所", bareCounty,
                Capacity.NONE, "2021-01-15")));
        projects.add(bareQuota.next(assignedWithQuota(barePlan.id(), "p1",
                new ProjectAssignedToPlan.Quota("乡镇", ONE_TO_TWO, 2021, 2021), "2021-01-15")));

        grantedChild(projects, perTownship, townA, "2021-10-01");
        grantedChild(projects, perTownship, townB, "2022-03-01");
        grantedChild(projects, perTownship, townB + "/某村", "2022-05-01");
        grantedChild(projects, perTownship, townB, "2022-09-01");
        grantedChild(projects, perCounty, county, "2022-04-01");
        send(projects);

        awaitPlanVersion(plan.idValue(), plan.lastSequence());
        awaitPlanVersion(barePlan.idValue(), barePlan.lastSequence());
        awaitJurisdictions(county, townA, townB, bareCounty);
        awaitVersion(bareQuota.idValue(), bareQuota.lastSequence());
        for (ProjectStory story : children) {
            awaitVersion(story.idValue(), story.lastSequence());
        }
    }

    private void grantedChild(List<ProducerRecord<String, byte[]>> projects, ProjectStory quota, String where, String grantedOn) {
        ProjectStory child = new ProjectStory();
        children.add(child);
        projects.add(child.next(registered(ProjectKind.MODEL_SCHOOL, "某校创建示范校", where, Capacity.NONE, "2021-02-01")));
        projects.add(child.next(assigned(plan.id(), "p1", null, quota.id(), null, "2021-02-01")));
        projects.add(child.next(designationApplied("市级教育现代化示范校", "市级", "2021-03-01")));
        projects.add(child.next(designationGranted("市级", grantedOn)));
    }

    @Test
    void aQuotaExpandsIntoOneObligationPerUnitAndYear() {
        http.get().uri("/api/plans/{id}/quotas?asOf={d}", plan.idValue(), "2022-06-30")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.quotas.length()").isEqualTo(2)
                .jsonPath("$.quotas[?(@.projectId == '%s')].units".formatted(perTownship.idValue())).isEqualTo(List.of(2))
                .jsonPath("$.quotas[?(@.projectId == '%s')].met".formatted(perTownship.idValue())).isEqualTo(List.of(2))
                .jsonPath("$.quotas[?(@.projectId == '%s')].perYear.min".formatted(perTownship.idValue())).isEqualTo(List.of(1))
                .jsonPath("$.quotas[?(@.projectId == '%s')].obligations[*].unitName".formatted(perTownship.idValue()))
                        .isEqualTo(List.of("乙镇", "乙镇", "甲乡", "甲乡"))
                .jsonPath("$.quotas[?(@.projectId == '%s')].obligations[*].year".formatted(perTownship.idValue()))
                        .isEqualTo(List.of(2021, 2022, 2021, 2022))
                .jsonPath("$.quotas[?(@.projectId == '%s')].obligations[*].achieved".formatted(perTownship.idValue()))
                        .isEqualTo(List.of(0, 2, 1, 0))
                .jsonPath("$.quotas[?(@.projectId == '%s')].obligations[*].status".formatted(perTownship.idValue()))
                        .isEqualTo(List.of("NOT_MET", "MET", "MET", "OPEN"))
                .jsonPath("$.quotas[?(@.projectId == '%s')].obligations[*].unit".formatted(perCounty.idValue()))
                        .isEqualTo(List.of(county, county))
                .jsonPath("$.quotas[?(@.projectId == '%s')].obligations[*].status".formatted(perCounty.idValue()))
                        .isEqualTo(List.of("NOT_MET", "MET"));
    }

    @Test
    void withoutRegisteredTownshipsTheObligationsCannotBeCountedAndTheAnswerSaysSo() {
        http.get().uri("/api/plans/{id}/quotas?asOf={d}", barePlan.idValue(), "2022-06-30")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.quotas[0].unitsKnown").isEqualTo(false)
                .jsonPath("$.quotas[0].units").isEqualTo(0)
                .jsonPath("$.quotas[0].obligations.length()").isEqualTo(0)
                .jsonPath("$.quotas[0].note").value(note -> org.assertj.core.api.Assertions.assertThat((String) note)
                        .contains("TOWNSHIP").contains(bareCounty));
    }

    @Test
    void anUnknownPlanIsNotFound() {
        http.get().uri("/api/plans/{id}/quotas", "no-such-plan").exchange().expectStatus().isNotFound();
    }
}
