/**
 * Idempotent command execution by a client-supplied {@code Idempotency-Key}: the key's row and the
 * events a request appends commit in one PostgreSQL transaction, so a retry finds the first result
 * and appends nothing.
 */
package cn.edutrack.command.idempotency;
