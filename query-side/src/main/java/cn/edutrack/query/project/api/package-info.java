/**
 * The read-only HTTP API over the project read models: one project's summary, a filtered, sorted page of
 * summaries (by jurisdiction subtree, track, status, title text) and a project's timeline. Money is
 * written as decimal strings in yuan, dates as ISO-8601.
 */
package cn.edutrack.query.project.api;
