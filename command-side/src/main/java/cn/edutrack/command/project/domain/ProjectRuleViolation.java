package cn.edutrack.command.project.domain;

import cn.edutrack.events.ProjectId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A command that breaks a rule of the lifecycle; nothing is recorded. Names the rule and the project, and, when
 * the rule is about one field of the command, that field ({@code deadline}); {@code details} are further values
 * the answer names (e.g. {@code orderNumber -> 3}).
 */
public class ProjectRuleViolation extends RuntimeException {

    private final Rule rule;
    private final ProjectId projectId;
    private final String field;
    private final Map<String, Object> details;

    public ProjectRuleViolation(Rule rule, ProjectId projectId, String detail) {
        this(rule, projectId, detail, null, Map.of());
    }

    public ProjectRuleViolation(Rule rule, ProjectId projectId, String detail, String field, Map<String, Object> details) {
        super(detail);
        this.rule = rule;
        this.projectId = projectId;
        this.field = field;
        this.details = new LinkedHashMap<>(details);
    }

    public Rule rule() {
        return rule;
    }

    public ProjectId projectId() {
        return projectId;
    }

    /** The field of the command the rule is about, or null. */
    public String field() {
        return field;
    }

    /** Further values the answer names, by name; often empty. */
    public Map<String, Object> details() {
        return Map.copyOf(details);
    }
}
