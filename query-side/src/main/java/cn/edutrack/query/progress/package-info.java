/**
 * Progress against plans, as supervisors ask for it: the pure rules here (elapsed share of a plan period,
 * expected-by-date, the status of a target or an indicator by its comparator, which units add up), and in
 * {@code api} the SQL that counts projects and sums contributions as of a business date, and the endpoints.
 * Definitions are in query-side/README.md ("Progress against plans").
 */
package cn.edutrack.query.progress;
