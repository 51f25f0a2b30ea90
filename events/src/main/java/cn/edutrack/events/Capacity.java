package cn.edutrack.events;

/**
 * What a construction project adds: school places (学位), streams (轨) and classes (班). Zero where a
 * figure does not apply.
 */
public record Capacity(int places, int streams, int classes) {

    public static final Capacity NONE = new Capacity(0, 0, 0);

    public Capacity {
        if (places < 0 || streams < 0 || classes < 0) {
            throw new IllegalArgumentException("places, streams and classes must not be negative");
        }
    }
}
