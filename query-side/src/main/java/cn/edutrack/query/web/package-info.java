/**
 * What every HTTP endpoint of the query side shares: paging parameters and the page envelope, and the
 * one place where errors become RFC 9457 problem details.
 */
package cn.edutrack.query.web;
