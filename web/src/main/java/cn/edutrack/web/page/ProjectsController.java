package cn.edutrack.web.page;

import cn.edutrack.web.backend.Backend;
import cn.edutrack.web.backend.ProjectViews.Page;
import cn.edutrack.web.backend.ProjectViews.Summary;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The project list (filters, paging, sorting as the query side does them) and its CSV and XLSX exports. */
@Controller
class ProjectsController {

    /** The query side's largest page: the export reads the view in pages of this size. */
    static final int EXPORT_PAGE_SIZE = 200;

    private static final List<Column> COLUMNS = List.of(
            new Column("projectId", Summary::projectId),
            new Column("title", Summary::title),
            new Column("jurisdiction", Summary::jurisdiction),
            new Column("ownerOrganisation", Summary::ownerOrganisation),
            new Column("track", Summary::track),
            new Column("status", Summary::status),
            new Column("percentComplete", s -> s.percentComplete() == null ? "" : s.percentComplete().toString(), true),
            new Column("plannedCompletion", s -> s.plannedCompletion() == null ? "" : s.plannedCompletion().toString()),
            new Column("approvedBudget", Summary::approvedBudget, true),
            new Column("allocatedTotal", Summary::allocatedTotal, true),
            new Column("lastEventOn", s -> s.lastEventOn() == null ? "" : s.lastEventOn().toString()));

    private final Backend backend;
    private final MessageSource messages;

    ProjectsController(Backend backend, MessageSource messages) {
        this.backend = backend;
        this.messages = messages;
    }

    @GetMapping("/projects")
    String list(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String status,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort, Model model) {
        ProjectFilter filter = new ProjectFilter(jurisdiction, status, q, page, size, sort);
        Page result = backend.query(Page.class, "/api/projects", Map.of(), filter.params(filter.page(), filter.size()));
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("statuses", ProjectFilter.STATUSES);
        return "projects";
    }

    /** Every page of the current view as CSV: UTF-8 with a BOM (so spreadsheet programs read the Chinese), RFC 4180. */
    @GetMapping("/projects/export.csv")
    void export(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String status,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort, Locale locale,
            HttpServletResponse response) throws IOException {
        ProjectFilter filter = new ProjectFilter(jurisdiction, status, q, 0, EXPORT_PAGE_SIZE, sort);
        Page first = backend.query(Page.class, "/api/projects", Map.of(), filter.params(0, EXPORT_PAGE_SIZE));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"projects.csv\"");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(String.join(",", COLUMNS.stream()
                    .map(c -> csv(messages.getMessage("field." + c.name(), null, locale))).toList()));
            out.write("\r\n");
            for (Summary project : (Iterable<Summary>) every(filter, first)::iterator) {
                out.write(String.join(",", COLUMNS.stream().map(c -> csv(c.value().apply(project))).toList()));
                out.write("\r\n");
            }
        }
    }

    /**
     * Every page of the current view as one XLSX sheet: the header in the user's language, percentages and money
     * (yuan) as numbers, the rest as text (dates ISO).
     */
    @GetMapping("/projects/export.xlsx")
    void exportXlsx(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String status,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort, Locale locale,
            HttpServletResponse response) throws IOException {
        ProjectFilter filter = new ProjectFilter(jurisdiction, status, q, 0, EXPORT_PAGE_SIZE, sort);
        Page first = backend.query(Page.class, "/api/projects", Map.of(), filter.params(0, EXPORT_PAGE_SIZE));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"projects.xlsx\"");
        Workbook workbook = new Workbook(response.getOutputStream(), "Edutrack", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("projects.title", null, locale));
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.value(0, c, messages.getMessage("field." + COLUMNS.get(c).name(), null, locale));
            sheet.style(0, c).bold().set();
        }
        int row = 1;
        for (Summary project : (Iterable<Summary>) every(filter, first)::iterator) {
            for (int c = 0; c < COLUMNS.size(); c++) {
                Column column = COLUMNS.get(c);
                String value = column.value().apply(project);
                if (value == null || value.isEmpty()) {
                    continue;
                }
                if (column.numeric()) {
                    sheet.value(row, c, new BigDecimal(value));
                } else {
                    sheet.value(row, c, value);
                }
            }
            row++;
        }
        workbook.finish();
    }

    /** Every project of the view, page after page (the first page already read). */
    private Stream<Summary> every(ProjectFilter filter, Page first) {
        return IntStream.range(0, (int) Math.max(1, first.totalPages()))
                .mapToObj(page -> page == 0 ? first
                        : backend.query(Page.class, "/api/projects", Map.of(), filter.params(page, EXPORT_PAGE_SIZE)))
                .takeWhile(page -> !page.items().isEmpty())
                .flatMap(page -> page.items().stream());
    }

    /** A CSV field: quoted, with quotes doubled, when it holds a quote, comma, CR or LF. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf('"') >= 0 || value.indexOf(',') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private record Column(String name, Function<Summary, String> value, boolean numeric) {

        Column(String name, Function<Summary, String> value) {
            this(name, value, false);
        }
    }
}
