/**
 * Bookkeeping of the projection machinery itself, independent of any one read model: the anomalies it
 * met (gaps in a subject's sequence, conflicting events, poison records, failures after retries),
 * recorded so that operators see them instead of a consumer that silently skips or stalls, and the HTTP
 * endpoint that lists them.
 */
package cn.edutrack.query.projection;
