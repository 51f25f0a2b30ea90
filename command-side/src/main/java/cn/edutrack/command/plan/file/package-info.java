/**
 * The plan-file format ({@code format: edutrack-plan/1}, docs/plan-files.md): a strict reader that
 * reports every error with file, line, column and field path, and the immutable model of a valid file.
 * Pure Java and SnakeYAML; importing a file into plans and projects builds on it.
 */
package cn.edutrack.command.plan.file;
