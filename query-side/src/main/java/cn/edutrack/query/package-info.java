/**
 * The query side of Edutrack. It reads the project events the command side publishes on Kafka, keeps
 * read models in its own PostgreSQL database (one table per question), and answers supervisors' and
 * auditors' questions over a read-only REST API. It never depends on the command side: the only thing
 * both share is the published language in {@code cn.edutrack.events}.
 */
package cn.edutrack.query;
