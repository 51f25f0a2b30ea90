package cn.edutrack.command.plan.web;

import cn.edutrack.events.plan.SourceQuote;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Provenance: the verbatim sentence of the plan document and, optionally, where it is (表2, 三(六)2, p.12). */
public record SourceInput(
        @NotBlank @Size(max = 4000) String quote,
        @Size(max = 200) String ref) {

    public SourceQuote toSource() {
        return new SourceQuote(quote, ref);
    }

    static SourceQuote of(SourceInput input) {
        return input == null ? null : input.toSource();
    }
}
