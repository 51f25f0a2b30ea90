/**
 * Test support: the exact Kafka records of docs/contracts.md, event fixtures, a plain Kafka producer and
 * the one Spring Boot test configuration that the integration tests share (so its context is cached).
 */
package cn.edutrack.query.support;
