/**
 * Corrections of recorded project events in the events' own encoding: {@link
 * cn.edutrack.command.project.correcting.JsonEventCorrector} merges changed field values into an event with the
 * published codec ({@code EventJson}) and makes the {@code EventCorrected} that records the result; the
 * {@code Project} aggregate decides whether the correction may be made.
 */
package cn.edutrack.command.project.correcting;
