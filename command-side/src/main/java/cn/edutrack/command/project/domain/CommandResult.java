package cn.edutrack.command.project.domain;

import cn.edutrack.events.ProjectId;

/**
 * What a successful command answers: the project and its version, the sequence number of its last
 * event (0 after registration). Clients send the version back as {@code expectedVersion}.
 * {@code recorded} is false only when the command repeated what is in force and nothing was appended
 * (an assignment to a plan that is already the one in force).
 */
public record CommandResult(ProjectId projectId, long version, boolean recorded) {

    /** A command that recorded an event. */
    public CommandResult(ProjectId projectId, long version) {
        this(projectId, version, true);
    }
}
