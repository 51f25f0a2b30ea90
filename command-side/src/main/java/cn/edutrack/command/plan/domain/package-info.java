/**
 * The event-sourced {@link cn.edutrack.command.plan.domain.Plan} (a plan document with its indicators,
 * programmes, targets, revisions and measured values) and {@link cn.edutrack.command.plan.domain.Jurisdiction}
 * aggregates, their commands and the {@link cn.edutrack.command.plan.domain.PlanRule}s they enforce. Definitions
 * are idempotent so that a plan file can be imported again. No web or persistence types: only the events module,
 * Axon's modelling annotations and an injected {@link java.time.Clock}.
 */
package cn.edutrack.command.plan.domain;
