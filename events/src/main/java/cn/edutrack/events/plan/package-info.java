/**
 * Plan events: jurisdictions, plans, their indicators (with measured values), programmes and targets, and
 * revisions of targets. Published on the plan topic, keyed by plan id or jurisdiction code.
 */
package cn.edutrack.events.plan;
