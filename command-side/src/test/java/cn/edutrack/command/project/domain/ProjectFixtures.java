package cn.edutrack.command.project.domain;

import cn.edutrack.events.Money;
import cn.edutrack.events.ProjectId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

/**
 * What every Project aggregate test shares: one project id, a fixed clock ("today" is 2024-06-30 in
 * China Standard Time) and the business date of each step, in lifecycle order, so that a test that
 * gives the events of earlier steps and sends the command of the next one never trips the date rules
 * by accident.
 */
final class ProjectFixtures {

    static final ProjectId ID = ProjectId.of("PRJ-TEST-0001");
    static final Instant RECORDED_AT = Instant.parse("2024-06-30T04:00:00Z");
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(RECORDED_AT, CHINA);
    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    static final LocalDate TOMORROW = TODAY.plusDays(1);

    static final Money BUDGET = Money.ofYuan(12_000_000);

    // construction
    static final LocalDate REGISTERED_ON = LocalDate.of(2023, 1, 10);
    static final LocalDate APPROVED_ON = LocalDate.of(2023, 3, 1);
    static final LocalDate FUNDED_ON = LocalDate.of(2023, 4, 1);
    static final LocalDate STARTED_ON = LocalDate.of(2023, 5, 1);
    static final LocalDate SUSPENDED_ON = LocalDate.of(2023, 7, 1);
    static final LocalDate RESUMED_ON = LocalDate.of(2023, 8, 1);
    static final LocalDate PROGRESS_ON = LocalDate.of(2023, 9, 1);
    static final LocalDate REVISED_ON = LocalDate.of(2023, 10, 1);
    static final LocalDate HANDED_OVER_ON = LocalDate.of(2024, 2, 1);
    static final LocalDate COMPLETED_ON = LocalDate.of(2024, 3, 1);
    static final LocalDate INSPECTED_ON = LocalDate.of(2024, 4, 1);
    static final LocalDate RECTIFY_BY = LocalDate.of(2024, 5, 1);
    static final LocalDate ACCEPTED_ON = LocalDate.of(2024, 5, 15);
    static final LocalDate IN_SERVICE_ON = LocalDate.of(2024, 6, 1);
    static final LocalDate DECOMMISSIONED_ON = LocalDate.of(2024, 6, 15);
    static final LocalDate CANCELLED_ON = LocalDate.of(2024, 6, 20);
    static final LocalDate PLANNED_START = LocalDate.of(2023, 5, 1);
    static final LocalDate PLANNED_COMPLETION = LocalDate.of(2024, 8, 31);

    // reform
    static final LocalDate LAUNCHED_ON = LocalDate.of(2023, 6, 1);
    static final LocalDate EVALUATED_ON = LocalDate.of(2024, 1, 15);
    static final LocalDate CONCLUDED_ON = LocalDate.of(2024, 6, 15);

    // designation
    static final LocalDate APPLIED_ON = LocalDate.of(2023, 6, 1);
    static final LocalDate REJECTED_ON = LocalDate.of(2023, 9, 1);
    static final LocalDate REAPPLIED_ON = LocalDate.of(2023, 11, 1);
    static final LocalDate GRANTED_ON = LocalDate.of(2024, 1, 15);

    private ProjectFixtures() {
    }

    static AggregateTestFixture<Project> newFixture() {
        return newFixture(CLOCK);
    }

    static AggregateTestFixture<Project> newFixture(Clock clock) {
        AggregateTestFixture<Project> fixture = new AggregateTestFixture<>(Project.class);
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    /** A {@link ProjectRuleViolation} of this project naming {@code rule}; the message text is not matched. */
    static Matcher<ProjectRuleViolation> violationOf(Rule rule) {
        return Matchers.allOf(
                Matchers.instanceOf(ProjectRuleViolation.class),
                new FeatureMatcher<ProjectRuleViolation, Rule>(Matchers.equalTo(rule), "a ProjectRuleViolation of rule", "rule") {
                    @Override
                    protected Rule featureValueOf(ProjectRuleViolation violation) {
                        return violation.rule();
                    }
                },
                new FeatureMatcher<ProjectRuleViolation, ProjectId>(Matchers.equalTo(ID), "on project", "projectId") {
                    @Override
                    protected ProjectId featureValueOf(ProjectRuleViolation violation) {
                        return violation.projectId();
                    }
                });
    }

    static CommandResult version(long version) {
        return new CommandResult(ID, version);
    }
}
