/**
 * Importing plan files: parse and check ({@code plan.file}), turn into commands, send them all in one
 * transaction (all or nothing), report what was recorded or every error. REST: {@code POST /api/plan-imports}.
 */
package cn.edutrack.command.plan.importing;
