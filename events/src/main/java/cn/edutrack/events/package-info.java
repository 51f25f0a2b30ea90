/**
 * The published language of Edutrack: what both sides agree on and what other systems may read from
 * Kafka. Typed ids, value objects, the Kafka topic and CloudEvents header names, and the catalogue of
 * event types with their versions. Nothing here depends on Spring, JPA, Axon or Kafka.
 */
package cn.edutrack.events;
