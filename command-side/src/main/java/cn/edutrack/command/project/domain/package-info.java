/**
 * The event-sourced {@link cn.edutrack.command.project.domain.Project} aggregate, its commands and the
 * rules it enforces for the construction, reform and designation tracks. No web or persistence types:
 * only the events module, Axon's modelling annotations and an injected {@link java.time.Clock}.
 */
package cn.edutrack.command.project.domain;
