/**
 * Read models about projects: where each project stands (summary), how it is funded (by source) and
 * what happened to it (timeline). {@code projection} keeps them up to date from the event stream,
 * {@code api} answers questions over HTTP.
 */
package cn.edutrack.query.project;
