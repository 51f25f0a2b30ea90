package cn.edutrack.command.project.domain;

import cn.edutrack.events.ProjectId;

/** A command that breaks a rule of the lifecycle; nothing is recorded. */
public class ProjectRuleViolation extends RuntimeException {

    private final Rule rule;
    private final ProjectId projectId;

    public ProjectRuleViolation(Rule rule, ProjectId projectId, String detail) {
        super(detail);
        this.rule = rule;
        this.projectId = projectId;
    }

    public Rule rule() {
        return rule;
    }

    public ProjectId projectId() {
        return projectId;
    }
}
