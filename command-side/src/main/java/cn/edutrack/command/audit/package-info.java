/**
 * Tamper evidence for the event store: a hash chain per aggregate ({@code event_seal}, written in the transaction
 * that appends the events), verification of one aggregate against its seals, Merkle-tree checkpoints over every
 * aggregate's head ({@code audit_checkpoint}) exported as a small file an auditor keeps outside the system, and
 * verification of the current store against such a file. REST: {@code /api/audit/**}.
 */
package cn.edutrack.command.audit;
