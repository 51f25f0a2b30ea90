package cn.edutrack.web.page;

import cn.edutrack.web.backend.ProjectViews.Event;
import cn.edutrack.web.backend.ProjectViews.History;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's progress over time, from its history: each progress report with the values in force, by business
 * date. A report corrected by {@code EventCorrected} counts with its latest correction's values (its date, percent
 * and note as they should have been recorded); a report that corrects an earlier one ({@code correctsSequence})
 * replaces it. So the series shows what the project page's percent complete was built from, not what was first
 * typed.
 *
 * @param points            the reports in force, by business date (then by sequence)
 * @param plannedCompletion the project's planned completion date, marked on the chart; null when unknown
 */
public record ProgressSeries(List<Point> points, LocalDate plannedCompletion) {

    static final String PROGRESS_REPORTED = "cn.edutrack.project.progress-reported.v1";

    /** One report in force: the event's sequence, its business date, percent complete and note. */
    public record Point(long sequence, LocalDate businessDate, int percentComplete, String note) {
    }

    public ProgressSeries {
        points = List.copyOf(points);
    }

    /** The series of the history's {@code events} (in any order). */
    public static ProgressSeries of(List<Event> events, LocalDate plannedCompletion) {
        List<Event> bySequence = events.stream().sorted(Comparator.comparingLong(Event::sequence)).toList();
        History history = new History(null, 0, bySequence);
        Map<Long, Point> inForce = new TreeMap<>();
        for (Event event : bySequence) {
            if (!PROGRESS_REPORTED.equals(event.type())) {
                continue;
            }
            JsonNode payload = history.payloadInForce(event);
            LocalDate date = payload == null ? null : date(payload.path("businessDate"), event.businessDate());
            if (date == null || !payload.path("percentComplete").canConvertToInt()) {
                continue;
            }
            JsonNode corrects = payload.path("correctsSequence");
            if (corrects.canConvertToLong()) {
                inForce.remove(corrects.asLong());
            }
            inForce.put(event.sequence(), new Point(event.sequence(), date, payload.path("percentComplete").asInt(),
                    payload.path("note").stringValue(null)));
        }
        List<Point> points = new ArrayList<>(inForce.values());
        points.sort(Comparator.comparing(Point::businessDate).thenComparingLong(Point::sequence));
        return new ProgressSeries(points, plannedCompletion);
    }

    private static LocalDate date(JsonNode value, LocalDate otherwise) {
        try {
            return value.isString() ? LocalDate.parse(value.stringValue()) : otherwise;
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /**
     * The line chart's data for {@code charts.js}: one series ({@code seriesName}) of [date, percent] points, the
     * value axis up to 100, and the planned completion marked ({@code plannedLabel}) when known. The labels come
     * from the page, in its language.
     */
    public String chart(String seriesName, String plannedLabel) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "line");
        data.put("series", List.of(new Line(seriesName, points.stream()
                .map(p -> List.<Object>of(p.businessDate().toString(), p.percentComplete())).toList())));
        data.put("yMax", 100);
        data.put("marks", plannedCompletion == null ? List.of()
                : List.of(new Mark(plannedCompletion.toString(), plannedLabel)));
        return JsonMapper.shared().writeValueAsString(data);
    }

    /** A line of the chart: its name in the legend and its [date, value] points. */
    private record Line(String name, List<List<Object>> data) {
    }

    /** A date marked on a line chart with a label. */
    private record Mark(String date, String label) {
    }
}
