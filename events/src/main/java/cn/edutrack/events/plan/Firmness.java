package cn.edutrack.events.plan;

/** Firm targets, and soft ones (力争, 争创) which are reported apart. */
public enum Firmness {
    FIRM, SOFT
}
