/**
 * What the read models of every feature share: how JSON columns (flags, provenance, quotas) are written and
 * read. Knows no feature.
 */
package cn.edutrack.query.readmodel;
