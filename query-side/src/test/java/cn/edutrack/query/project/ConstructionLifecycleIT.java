package cn.edutrack.query.project;

import static cn.edutrack.query.support.TestEvents.acceptanceFailed;
import static cn.edutrack.query.support.TestEvents.acceptancePassed;
import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.completed;
import static cn.edutrack.query.support.TestEvents.constructionStarted;
import static cn.edutrack.query.support.TestEvents.funded;
import static cn.edutrack.query.support.TestEvents.progress;
import static cn.edutrack.query.support.TestEvents.putIntoService;
import static cn.edutrack.query.support.TestEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.QuerySideIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A new school from registration to service, through a failed and a passed acceptance. */
class ConstructionLifecycleIT extends QuerySideIntegrationTest {

    @Test
    void aNewSchoolInServiceShowsItsWholeHistory() {
        ProjectStory school = new ProjectStory();
        send(
                school.next(registered(ProjectKind.NEW_BUILD, "XX区第三实验小学新建工程", "CN-45/XX市/XX区",
                        new Capacity(1080, 4, 24), "2022-01-10")),
                school.next(approved("36500000.00", "2022-06-01", "2023-08-31", "2022-03-15")),
                school.next(funded(FundingSource.PROVINCIAL_FISCAL, "12000000.25", "2022-04-20")),
                school.next(funded(FundingSource.LOCAL_GOVERNMENT_SPECIAL_BOND, "20000000.10", "2022-05-18")),
                school.next(constructionStarted("2022-06-08")),
                school.next(progress(60, "2023-01-15")),
                school.next(completed(new Capacity(1080, 4, 24), "2023-08-20")),
                school.next(acceptanceFailed("2023-09-30", "2023-08-28")),
                school.next(acceptancePassed("2023-09-25")),
                school.next(putIntoService(420, "2023-09-01")));

        awaitVersion(school.idValue(), 9);

        http.get().uri("/api/projects/{id}", school.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.projectId").isEqualTo(school.idValue())
                .jsonPath("$.track").isEqualTo("CONSTRUCTION")
                .jsonPath("$.kind").isEqualTo("NEW_BUILD")
                .jsonPath("$.jurisdiction").isEqualTo("CN-45/XX市/XX区")
                .jsonPath("$.status").isEqualTo("IN_SERVICE")
                .jsonPath("$.approvedBudget").isEqualTo("36500000.00")
                .jsonPath("$.allocatedTotal").isEqualTo("32000000.35")
                .jsonPath("$.allocatedBySource.PROVINCIAL_FISCAL").isEqualTo("12000000.25")
                .jsonPath("$.allocatedBySource.LOCAL_GOVERNMENT_SPECIAL_BOND").isEqualTo("20000000.10")
                .jsonPath("$.plannedCapacity.places").isEqualTo(1080)
                .jsonPath("$.deliveredCapacity.places").isEqualTo(1080)
                .jsonPath("$.deliveredCapacity.streams").isEqualTo(4)
                .jsonPath("$.deliveredCapacity.classes").isEqualTo(24)
                .jsonPath("$.percentComplete").isEqualTo(100)
                .jsonPath("$.acceptanceFailures").isEqualTo(1)
                .jsonPath("$.latestRectificationDeadline").isEqualTo("2023-09-30")
                .jsonPath("$.firstEnrolment").isEqualTo(420)
                .jsonPath("$.milestones.registeredOn").isEqualTo("2022-01-10")
                .jsonPath("$.milestones.approvedOn").isEqualTo("2022-03-15")
                .jsonPath("$.milestones.fundedOn").isEqualTo("2022-04-20")
                .jsonPath("$.milestones.constructionStartedOn").isEqualTo("2022-06-08")
                .jsonPath("$.milestones.completedOn").isEqualTo("2023-08-20")
                .jsonPath("$.milestones.acceptanceFailedOn").isEqualTo("2023-08-28")
                .jsonPath("$.milestones.acceptedOn").isEqualTo("2023-09-25")
                .jsonPath("$.milestones.inServiceOn").isEqualTo("2023-09-01")
                .jsonPath("$.plannedStart").isEqualTo("2022-06-01")
                .jsonPath("$.plannedCompletion").isEqualTo("2023-08-31")
                // the latest business date, although service entry (09-01) was recorded after acceptance (09-25)
                .jsonPath("$.lastEventOn").isEqualTo("2023-09-25")
                .jsonPath("$.version").isEqualTo(9);

        http.get().uri("/api/projects/{id}/timeline", school.idValue()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(9)
                .jsonPath("$.events.length()").isEqualTo(10)
                .jsonPath("$.events[*].sequence").isEqualTo(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))
                .jsonPath("$.events[*].type").isEqualTo(List.of(
                        "cn.edutrack.project.registered.v1",
                        "cn.edutrack.project.approved.v1",
                        "cn.edutrack.project.funding-allocated.v1",
                        "cn.edutrack.project.funding-allocated.v1",
                        "cn.edutrack.project.construction-started.v1",
                        "cn.edutrack.project.progress-reported.v1",
                        "cn.edutrack.project.construction-completed.v1",
                        "cn.edutrack.project.acceptance-failed.v1",
                        "cn.edutrack.project.acceptance-passed.v1",
                        "cn.edutrack.project.put-into-service.v1"))
                .jsonPath("$.events[2].businessDate").isEqualTo("2022-04-20")
                .jsonPath("$.events[2].recordedAt").isEqualTo("2022-04-20T09:30:00Z")
                .jsonPath("$.events[2].summary").isEqualTo("Allocated 12000000.25 yuan from PROVINCIAL_FISCAL (X财教〔2022〕1号)")
                .jsonPath("$.events[2].payload.amount").isEqualTo("12000000.25")
                .jsonPath("$.events[2].payload.source").isEqualTo("PROVINCIAL_FISCAL")
                .jsonPath("$.events[7].payload.rectificationDeadline").isEqualTo("2023-09-30");

        // exact decimals in the read model itself, not only in the JSON
        assertThat(jdbc.sql("select amount from project_funding_by_source where project_id = ? order by source")
                .param(school.idValue()).query(BigDecimal.class).list())
                .containsExactly(new BigDecimal("20000000.10"), new BigDecimal("12000000.25"));
    }
}
