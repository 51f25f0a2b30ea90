package cn.edutrack.query.project.projection;

import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.cancelled;
import static cn.edutrack.query.support.TestEvents.constructionStarted;
import static cn.edutrack.query.support.TestEvents.funded;
import static cn.edutrack.query.support.TestEvents.progress;
import static cn.edutrack.query.support.TestEvents.recheck;
import static cn.edutrack.query.support.TestEvents.rectificationOrdered;
import static cn.edutrack.query.support.TestEvents.reformConcluded;
import static cn.edutrack.query.support.TestEvents.resumed;
import static cn.edutrack.query.support.TestEvents.summonsIssued;
import static cn.edutrack.query.support.TestEvents.suspended;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.RecheckResult;
import cn.edutrack.events.project.ProjectEvent;
import cn.edutrack.query.project.ProjectStatus;
import cn.edutrack.query.project.projection.StatusTransitions.State;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class StatusTransitionsTest {

    private static final ProjectId PROJECT = ProjectId.of("PRJ-STATUS-1");

    @Test
    void anAllocationMakesAnApprovedProjectFunded() {
        assertThat(after(State.of(ProjectStatus.APPROVED), funded(FundingSource.CENTRAL_FISCAL, "1.00", "2022-01-01")))
                .isEqualTo(State.of(ProjectStatus.FUNDED));
    }

    @Test
    void anAllocationDuringConstructionLeavesTheStatusAlone() {
        assertThat(after(State.of(ProjectStatus.UNDER_CONSTRUCTION), funded(FundingSource.CENTRAL_FISCAL, "1.00", "2022-01-01")))
                .isEqualTo(State.of(ProjectStatus.UNDER_CONSTRUCTION));
    }

    @Test
    void suspendingRemembersTheStatusAndResumingReturnsToIt() {
        State suspended = after(State.of(ProjectStatus.UNDER_CONSTRUCTION), suspended("2022-01-01"));
        assertThat(suspended).isEqualTo(new State(ProjectStatus.SUSPENDED, ProjectStatus.UNDER_CONSTRUCTION));
        assertThat(after(suspended, resumed("2022-02-01"))).isEqualTo(State.of(ProjectStatus.UNDER_CONSTRUCTION));
    }

    @Test
    void aSecondSuspensionKeepsTheStatusToReturnTo() {
        State suspended = new State(ProjectStatus.SUSPENDED, ProjectStatus.APPROVED);
        assertThat(after(suspended, suspended("2022-01-02"))).isEqualTo(suspended);
    }

    @Test
    void aStageReachedWhileSuspendedIsWhereResumingReturns() {
        State suspended = new State(ProjectStatus.SUSPENDED, ProjectStatus.APPROVED);
        State funded = after(suspended, funded(FundingSource.SPECIAL_FUND, "1.00", "2022-01-01"));
        assertThat(funded).isEqualTo(new State(ProjectStatus.SUSPENDED, ProjectStatus.FUNDED));
        assertThat(after(funded, resumed("2022-02-01"))).isEqualTo(State.of(ProjectStatus.FUNDED));
    }

    @Test
    void resumingAProjectThatIsNotSuspendedChangesNothing() {
        assertThat(after(State.of(ProjectStatus.APPROVED), resumed("2022-02-01"))).isEqualTo(State.of(ProjectStatus.APPROVED));
    }

    @Test
    void cancellingASuspendedProjectEndsIt() {
        assertThat(after(new State(ProjectStatus.SUSPENDED, ProjectStatus.FUNDED), cancelled("2022-03-01")))
                .isEqualTo(State.of(ProjectStatus.CANCELLED));
    }

    @Test
    void progressDoesNotMoveTheStatus() {
        assertThat(after(State.of(ProjectStatus.UNDER_CONSTRUCTION), progress(50, "2022-03-01")))
                .isEqualTo(State.of(ProjectStatus.UNDER_CONSTRUCTION));
    }

    @Test
    void aReformConcludesOrScalesUp() {
        assertThat(after(State.of(ProjectStatus.EVALUATED), reformConcluded(true, "2022-03-01")).status())
                .isEqualTo(ProjectStatus.SCALED_UP);
        assertThat(after(State.of(ProjectStatus.EVALUATED), reformConcluded(false, "2022-03-01")).status())
                .isEqualTo(ProjectStatus.CONCLUDED);
    }

    @Test
    void approvalAndConstructionStartAreStages() {
        assertThat(after(State.of(ProjectStatus.REGISTERED), approved("1.00", "2022-01-01", "2022-02-01", "2021-12-01")).status())
                .isEqualTo(ProjectStatus.APPROVED);
        assertThat(after(State.of(ProjectStatus.FUNDED), constructionStarted("2022-01-01")).status())
                .isEqualTo(ProjectStatus.UNDER_CONSTRUCTION);
    }

    @Test
    void theSupervisorsActionsLeaveTheStatusAlone() {
        State suspended = new State(ProjectStatus.SUSPENDED, ProjectStatus.UNDER_CONSTRUCTION);
        for (State state : List.of(State.of(ProjectStatus.UNDER_CONSTRUCTION), suspended)) {
            assertThat(after(state, rectificationOrdered(1, "2024-04-30", "2024-03-01"))).isEqualTo(state);
            assertThat(after(state, summonsIssued("2024-03-02"))).isEqualTo(state);
            assertThat(after(state, recheck(1, RecheckResult.NOT_RECTIFIED, "2024-05-31", "2024-05-01"))).isEqualTo(state);
            assertThat(after(state, recheck(1, RecheckResult.RECTIFIED, null, "2024-06-01"))).isEqualTo(state);
        }
    }

    private static State after(State state, Function<ProjectId, ProjectEvent> event) {
        return StatusTransitions.after(state, event.apply(PROJECT));
    }
}
