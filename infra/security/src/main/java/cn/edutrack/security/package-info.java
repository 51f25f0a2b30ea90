/**
 * Who may call the APIs: the {@link cn.edutrack.security.Actor} of each request, from a JWT or a local user;
 * deny by default; jurisdiction scopes; the problems of 401, 403 and 413.
 */
package cn.edutrack.security;
