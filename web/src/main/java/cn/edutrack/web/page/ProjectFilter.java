package cn.edutrack.web.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The project list's filters, paging and sorting, passed through to the query side's {@code GET /api/projects}
 * as they are (the query side checks them and names a bad one).
 */
public record ProjectFilter(String jurisdiction, String status, String q, int page, int size, String sort) {

    /** The fields the list can be sorted by (a subset of the query side's). */
    public static final List<String> SORTABLE = List.of("projectId", "title", "jurisdiction", "status",
            "percentComplete", "plannedCompletion", "lastEventOn");

    /** The statuses the status filter offers. */
    public static final List<String> STATUSES = List.of("REGISTERED", "APPROVED", "FUNDED", "UNDER_CONSTRUCTION",
            "COMPLETED", "HANDED_OVER", "ACCEPTANCE_FAILED", "ACCEPTED", "IN_SERVICE", "SUSPENDED", "CANCELLED",
            "LAUNCHED", "EVALUATED", "CONCLUDED", "SCALED_UP", "APPLIED", "GRANTED", "REJECTED");

    public ProjectFilter {
        jurisdiction = blankToNull(jurisdiction);
        status = blankToNull(status);
        q = blankToNull(q);
        sort = blankToNull(sort) == null ? "title" : sort.strip();
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : size;
    }

    /** The query side's parameters. */
    public Map<String, String> params(int page, int size) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("jurisdiction", jurisdiction);
        params.put("status", status);
        params.put("q", q);
        params.put("page", String.valueOf(page));
        params.put("size", String.valueOf(size));
        params.put("sort", sort);
        return params;
    }

    /** A link to this list at another page. */
    public String pageLink(int page) {
        return link("/projects", page, sort);
    }

    /** A link sorting by {@code field}: ascending, or descending when it is sorted ascending by it already. */
    public String sortLink(String field) {
        String next = (field + ",asc").equals(sort) || field.equals(sort) ? field + ",desc" : field + ",asc";
        return link("/projects", 0, next);
    }

    /** How the column {@code field} is sorted: {@code ascending}, {@code descending} or {@code none} (aria-sort). */
    public String ariaSort(String field) {
        if (sort.equals(field) || sort.equals(field + ",asc")) {
            return "ascending";
        }
        return sort.equals(field + ",desc") ? "descending" : "none";
    }

    /** The CSV export of this view. */
    public String exportLink() {
        return link("/projects/export.csv", -1, sort);
    }

    /** The XLSX export of the same view. */
    public String exportXlsxLink() {
        return link("/projects/export.xlsx", -1, sort);
    }

    private String link(String path, int page, String sort) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        Map<String, Object> values = new LinkedHashMap<>();
        add(builder, values, "jurisdiction", jurisdiction);
        add(builder, values, "status", status);
        add(builder, values, "q", q);
        if (page >= 0) {
            add(builder, values, "page", String.valueOf(page));
            add(builder, values, "size", String.valueOf(size));
        }
        add(builder, values, "sort", sort);
        return builder.encode().buildAndExpand(values).toUriString();
    }

    private static void add(UriComponentsBuilder builder, Map<String, Object> values, String name, String value) {
        if (value != null) {
            builder.queryParam(name, "{" + name + "}");
            values.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
