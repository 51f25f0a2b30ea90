package cn.edutrack.query.readmodel;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The names of the tables the project read models are written to and read from: the live ones, or scratch copies of
 * them that a request fills by replaying events (a project as of a business date and as known at a recording time).
 * One projection code path writes both, and one set of queries reads both; only the names differ. Names come from
 * these constants, never from a request.
 *
 * @param summary            {@code project_summary}
 * @param funding            {@code project_funding_by_source}
 * @param timeline           the effective events read by the figures (type, business date and payload of each event,
 *                           a corrected one as corrected): the view {@code project_effective_timeline}
 * @param assignment         {@code project_plan_assignment}
 * @param contribution       {@code project_contribution}
 * @param rectificationOrder {@code rectification_order}
 * @param planTarget         {@code plan_target}
 */
public record ReadModelTables(String summary, String funding, String timeline, String assignment, String contribution,
        String rectificationOrder, String planTarget) {

    private static final Pattern NAME = Pattern.compile("[a-z_]{1,63}");

    /** The read models every other query reads, written by the projection of the Kafka records. */
    public static final ReadModelTables LIVE = new ReadModelTables("project_summary", "project_funding_by_source",
            "project_effective_timeline", "project_plan_assignment", "project_contribution", "rectification_order",
            "plan_target");

    /**
     * Temporary tables of one transaction ({@code on commit drop}), created like the live ones and never shadowing
     * them: what a replay writes.
     */
    public static final ReadModelTables SCRATCH = new ReadModelTables("asof_project_summary",
            "asof_project_funding_by_source", "asof_project_timeline", "asof_project_plan_assignment",
            "asof_project_contribution", "asof_rectification_order", "asof_plan_target");

    public ReadModelTables {
        for (String name : List.of(summary, funding, timeline, assignment, contribution, rectificationOrder, planTarget)) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a table name: " + name);
            }
        }
    }

    /** Whether these are the live read models. */
    public boolean live() {
        return equals(LIVE);
    }
}
