package cn.edutrack.events.plan;

/** Provenance: the verbatim sentence of the plan document and, optionally, where it is (section, table, page). */
public record SourceQuote(String quote, String ref) {

    public SourceQuote {
        PlanEvent.text(quote, "source.quote", 4000, true);
        PlanEvent.text(ref, "source.ref", 200, false);
    }
}
