package cn.edutrack.query.progress;

import cn.edutrack.events.plan.Counted;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which contributions add to which targets, from the published rule ({@link Counted#addsTo}): the same unit,
 * and kindergartens also to schools; persons and person-times never add to each other.
 */
public final class Units {

    /** Units whose delivered amount a completed project states itself (actual capacity), replacing its declaration. */
    public static final Set<Counted> CAPACITY = EnumSet.of(Counted.PLACES, Counted.STREAMS, Counted.CLASSES);

    private Units() {
    }

    public static boolean adds(Counted contribution, Counted target) {
        return contribution.addsTo(target);
    }

    /** Every addable pair as {@code CONTRIBUTION>TARGET} ({@code KINDERGARTENS>SCHOOLS}), for an SQL {@code in} list. */
    public static List<String> addablePairs() {
        List<String> pairs = new ArrayList<>();
        for (Counted contribution : Counted.values()) {
            for (Counted target : Counted.values()) {
                if (adds(contribution, target)) {
                    pairs.add(contribution.name() + ">" + target.name());
                }
            }
        }
        return List.copyOf(pairs);
    }
}
