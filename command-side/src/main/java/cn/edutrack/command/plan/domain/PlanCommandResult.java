package cn.edutrack.command.plan.domain;

/**
 * What a plan or jurisdiction command answers.
 *
 * @param subject  the plan id or jurisdiction code (the subject of its events)
 * @param version  the sequence number of the subject's last event (0 after registration)
 * @param recorded false when the command repeated what is already recorded and nothing was appended
 */
public record PlanCommandResult(String subject, long version, boolean recorded) {
}
