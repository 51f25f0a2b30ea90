/**
 * The read-only HTTP API over the project read models: one project's summary, a filtered, sorted page of
 * summaries (by jurisdiction subtree, track, status, title text), a project's timeline, and the auditor's view: its
 * history with what each event changed, and its state as of a business date as known at a recording time (read
 * from scratch tables the project's events were replayed into). Money is written as decimal strings in yuan, dates
 * as ISO-8601.
 */
package cn.edutrack.query.project.api;
