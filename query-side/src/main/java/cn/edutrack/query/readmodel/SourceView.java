package cn.edutrack.query.readmodel;

/** Provenance of a plan record: the verbatim sentence and, if given, where it stands in the document. */
public record SourceView(String quote, String ref) {

    public static SourceView read(String json) {
        return JsonColumns.read(json, SourceView.class);
    }
}
