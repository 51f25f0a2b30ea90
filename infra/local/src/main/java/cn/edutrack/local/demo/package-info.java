/**
 * Local mode's demo data, sent through the command API with fixed idempotency keys: six hand-written projects
 * ({@link cn.edutrack.local.demo.DemoData}); the four demo plan files ({@link cn.edutrack.local.demo.DemoPlan}); and a
 * generated, deterministic history of the schools and kindergartens those plans count
 * ({@link cn.edutrack.local.demo.PlanHistoryGenerator} makes a {@link cn.edutrack.local.demo.DemoHistory},
 * {@link cn.edutrack.local.demo.DemoHistoryLoader} sends it). The history is also what system tests compute their
 * expected answers from.
 */
package cn.edutrack.local.demo;
