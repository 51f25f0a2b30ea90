/**
 * The REST command API: one endpoint per lifecycle command. Controllers are thin: a validated request
 * record becomes a command, the command goes through the idempotent executor, the result comes back.
 */
package cn.edutrack.command.project.web;
