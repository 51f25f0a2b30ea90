package cn.edutrack.events.plan;

/**
 * What a target or a contribution counts. Amounts are added only in the same unit, except that kindergartens
 * also count as schools ({@link #addsTo}); 人 (persons) and 人次 (person-times) never add.
 */
public enum Counted {
    SCHOOLS, KINDERGARTENS, PLACES, STREAMS, CLASSES, PERSONS, PERSON_TIMES, MONEY_YUAN, PERCENT, DESIGNATIONS, ITEMS;

    /** True when an amount counted in this unit may be added to a target counted in {@code target}. */
    public boolean addsTo(Counted target) {
        return this == target || (this == KINDERGARTENS && target == SCHOOLS);
    }
}
