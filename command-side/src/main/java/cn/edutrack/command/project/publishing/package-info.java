/**
 * Publication of every stored project event to Kafka, at least once, in order per project: an Axon
 * tracking processor reads the PostgreSQL event store, sends each batch, waits for the broker's
 * acknowledgements and only then advances its position (the token, also in PostgreSQL).
 */
package cn.edutrack.command.project.publishing;
