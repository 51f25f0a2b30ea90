/**
 * Keeps the project read models up to date from the {@code edutrack.project-events.v1} topic. One Kafka
 * record is one transaction: the record is decoded and checked, then applied only when its sequence is
 * the next one of its project (the position is {@code project_summary.version}, written in the same
 * transaction). Earlier sequences are duplicates and change nothing; later ones are gaps, recorded as
 * anomalies and applied once the missing events arrive. Records that cannot be read are recorded as
 * anomalies and passed over, so one bad record never stops a partition. A correction ({@code EventCorrected}) rebuilds
 * its project's rows from the events as they count with it. The same code replays events into scratch tables for the
 * answers as of a date and as known at a time ({@code ProjectReplay}).
 */
package cn.edutrack.query.project.projection;
