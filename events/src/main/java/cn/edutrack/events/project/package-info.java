/**
 * Project lifecycle events, version 1. Each is an immutable record of a fact: its business date (when
 * it happened, never in the future) and the instant it was recorded are separate fields. A change of
 * shape gets a new version in {@link cn.edutrack.events.EventCatalog} and an upcaster; these records
 * are never edited in place once released.
 */
package cn.edutrack.events.project;
