/**
 * Read models about plans: jurisdictions, plans, their indicators (with measured values), programmes and
 * targets, and target revisions. {@code projection} keeps them up to date from the plan event stream;
 * {@code api} answers what a plan is. Progress against a plan is in {@code cn.edutrack.query.progress}.
 */
package cn.edutrack.query.plan;
