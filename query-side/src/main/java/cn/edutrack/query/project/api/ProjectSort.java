package cn.edutrack.query.project.api;

import cn.edutrack.query.web.InvalidParameterException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code sort} parameter of {@code GET /api/projects}: {@code field} or {@code field,asc|desc}, the
 * field one of a fixed list mapped to a column (never a column name from the request). The project id
 * breaks ties so that paging is stable.
 */
record ProjectSort(String field, boolean descending) {

    static final ProjectSort DEFAULT = new ProjectSort("title", false);

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("projectId", "project_id"),
            Map.entry("title", "title"),
            Map.entry("jurisdiction", "jurisdiction"),
            Map.entry("track", "track"),
            Map.entry("status", "status"),
            Map.entry("registeredOn", "registered_on"),
            Map.entry("plannedCompletion", "planned_completion"),
            Map.entry("percentComplete", "percent_complete"),
            Map.entry("approvedBudget", "approved_budget"),
            Map.entry("allocatedTotal", "allocated_total"),
            Map.entry("lastEventOn", "last_event_on"),
            Map.entry("lastRecordedAt", "last_recorded_at"));

    static ProjectSort parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return DEFAULT;
        }
        String[] parts = sort.split(",", -1);
        if (parts.length > 2) {
            throw new InvalidParameterException("sort", "sort must be 'field' or 'field,asc|desc': " + sort);
        }
        String field = parts[0].trim();
        if (!COLUMNS.containsKey(field)) {
            throw new InvalidParameterException("sort", "sort field must be one of "
                    + String.join(", ", new TreeMap<>(COLUMNS).keySet()) + ": " + field);
        }
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw new InvalidParameterException("sort", "sort direction must be asc or desc: " + parts[1]);
        }
        return new ProjectSort(field, direction.equals("desc"));
    }

    String orderBy() {
        String order = COLUMNS.get(field) + (descending ? " desc" : " asc") + " nulls last";
        return field.equals("projectId") ? order : order + ", project_id asc";
    }
}
