package cn.edutrack.query.progress.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * Projects of a jurisdiction subtree that lag as of a date: {@code overdue}, {@code failedAcceptance} and
 * {@code stale} (see README for the definitions), and the supervisors' rectification orders past their deadline
 * ({@code rectificationOverdue}). A project may appear in more than one list.
 *
 * @param jurisdiction the jurisdiction asked for, else the caller's
 */
public record LaggingView(String jurisdiction, LocalDate asOf, List<Project> overdue, List<Project> failedAcceptance,
        List<Project> stale, List<OverdueOrder> rectificationOverdue) {

    /**
     * A rectification order open on the date (not found rectified by a re-check up to then) whose deadline in force
     * lies before it.
     *
     * @param status            the project's current status
     * @param deadline          the deadline in force on the date: the latest new deadline of a re-check up to then,
     *                          else the order's own
     * @param daysOverdue       days from {@code deadline} to the date
     * @param rechecks          re-checks of the order up to the date
     * @param lastRecheckResult the result of the last of them ({@code NOT_RECTIFIED}), null without any
     */
    @Schema(name = "OverdueRectificationOrder")
    public record OverdueOrder(String projectId, String title, String jurisdiction, String status, int orderNumber,
            LocalDate orderedOn, String issuingBody, String findings, LocalDate deadline, long daysOverdue, int rechecks,
            LocalDate lastRecheckOn, String lastRecheckResult) {
    }

    /**
     * A lagging project.
     *
     * @param status                the project's current status
     * @param due                   the earlier of its planned completion and December 31 of its due year
     * @param daysOverdue           days from {@code due} to the date (null when not past due)
     * @param acceptanceFailedOn    its last failed inspection by the date (null when none)
     * @param rectificationDeadline the deadline that inspection set
     * @param rectificationOverdue  true when that deadline lies before the date
     * @param lastEventOn           the latest business date of its events up to the date
     * @param daysSinceLastEvent    days from {@code lastEventOn} to the date
     */
    @Schema(name = "LaggingProject")
    public record Project(String projectId, String title, String jurisdiction, String track, String status,
            String planId, String targetId, LocalDate plannedCompletion, Integer dueYear, LocalDate due, Long daysOverdue,
            LocalDate acceptanceFailedOn, int acceptanceFailures, LocalDate rectificationDeadline,
            boolean rectificationOverdue, LocalDate lastEventOn, Long daysSinceLastEvent) {
    }
}
