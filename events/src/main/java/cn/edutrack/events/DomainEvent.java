package cn.edutrack.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A fact Edutrack recorded: a project event or a plan event (plans, their indicators and targets, and the
 * jurisdictions they belong to). Every event names its subject and carries both of its times. Implemented only
 * by the sealed {@code ProjectEvent} and {@code PlanEvent} (checked by the architecture test).
 */
public interface DomainEvent {

    /** The aggregate the event belongs to (project id, plan id or jurisdiction code); the Kafka key. */
    String subject();

    /** When it happened. Never after the day it was recorded. */
    LocalDate businessDate();

    /** When Edutrack recorded it. */
    Instant recordedAt();
}
