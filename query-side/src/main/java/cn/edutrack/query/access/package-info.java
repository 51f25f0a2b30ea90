/**
 * Who may ask what: the role rules of every endpoint ({@link cn.edutrack.query.access.QueryEndpointRules}) and the
 * caller's scope ({@link cn.edutrack.query.access.CallerScope}): the jurisdictions (or, for a project manager, the
 * organisation) whose rows a query may return, as SQL conditions and as checks of one resource. Knows no feature.
 */
package cn.edutrack.query.access;
