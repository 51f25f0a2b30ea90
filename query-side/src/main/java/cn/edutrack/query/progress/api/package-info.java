/**
 * The progress endpoints: a plan's targets (with stage counts, delivered and pipeline sums, status), breakdowns
 * and roll-ups by jurisdiction and programme, indicators against their paths, lagging projects and money. Every
 * count and sum is computed by SQL from the read models and the milestone dates of {@code project_summary}
 * (and {@code project_effective_timeline} where the summary keeps only the latest date), so that {@code asOf} works
 * on business dates; judging (expected, status, rank) is done by the rules of {@code cn.edutrack.query.progress}. A
 * plan's progress as known at a recording time runs the same SQL over scratch tables its projects were replayed into
 * ({@code cn.edutrack.query.project.projection.ProjectReplay}).
 */
package cn.edutrack.query.progress.api;
