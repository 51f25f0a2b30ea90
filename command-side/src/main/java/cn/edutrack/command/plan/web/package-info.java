/**
 * The REST API of plans and jurisdictions: one endpoint per command. Controllers are thin: a validated request
 * record becomes a command, the command goes through the idempotent executor, the result comes back (201 when
 * an event was recorded, 200 when the command repeated what is recorded). The value records ({@code QuantityInput},
 * {@code SourceInput}) are shared with the project API's assignment to a plan.
 */
package cn.edutrack.command.plan.web;
