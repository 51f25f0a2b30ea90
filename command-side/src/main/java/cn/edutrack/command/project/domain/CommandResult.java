package cn.edutrack.command.project.domain;

import cn.edutrack.events.ProjectId;

/**
 * What a successful command answers: the project and its version, the sequence number of its last
 * event (0 after registration). Clients send the version back as {@code expectedVersion}.
 */
public record CommandResult(ProjectId projectId, long version) {
}
