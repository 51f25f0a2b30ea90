/**
 * Publication of every stored event to Kafka (project events on the project topic, plan and jurisdiction
 * events on the plan topic), at least once, in order per subject: an Axon
 * tracking processor reads the PostgreSQL event store, sends each batch, waits for the broker's
 * acknowledgements and only then advances its position (the token, also in PostgreSQL).
 */
package cn.edutrack.command.project.publishing;
