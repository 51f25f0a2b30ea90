package cn.edutrack.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.edutrack.web.backend.ProjectViews.Event;
import cn.edutrack.web.backend.ProjectViews.History;
import cn.edutrack.web.page.ProgressSeries.Point;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Progress over time from a project's history: the reports in force, corrections of both kinds applied. */
class ProgressSeriesTest {

    private static final LocalDate PLANNED = LocalDate.parse("2024-08-31");

    /** A history entry as the query side answers it, with its payload as published. */
    private static String event(long sequence, String type, String businessDate, String payload) {
        return """
                {"sequence":%d,"eventId":"e%d","type":"cn.edutrack.project.%s","businessDate":"%s",\
                "recordedAt":"2024-07-01T00:00:00Z","payload":%s,"corrects":null,"correctedBy":[],"changes":[]}"""
                .formatted(sequence, sequence, type, businessDate, payload);
    }

    private static String report(long sequence, String businessDate, int percent, String note, Long corrects) {
        return event(sequence, "progress-reported.v1", businessDate, reportPayload(businessDate, percent, note, corrects));
    }

    private static String reportPayload(String businessDate, int percent, String note, Long corrects) {
        return """
                {"projectId":"PRJ-1","businessDate":"%s","recordedAt":"2024-07-01T00:00:00Z","percentComplete":%d,\
                "note":"%s","evidenceReference":null,"correctsSequence":%s}"""
                .formatted(businessDate, percent, note, corrects);
    }

    private static String correction(long sequence, long corrected, String correctedType, String correctedPayload) {
        return event(sequence, "event-corrected.v1", "2024-07-01", """
                {"projectId":"PRJ-1","businessDate":"2024-07-01","recordedAt":"2024-07-01T00:00:00Z",\
                "correctedSequence":%d,"correctedType":"cn.edutrack.project.%s","corrected":%s,"reason":"监理月报"}"""
                .formatted(corrected, correctedType, correctedPayload));
    }

    private static List<Event> history(String... events) {
        return JsonMapper.shared().readValue("{\"projectId\":\"PRJ-1\",\"version\":9,\"events\":["
                + String.join(",", events) + "]}", History.class).events();
    }

    @Test
    void theReportsByBusinessDateWithTheirNotesOtherEventsLeftOut() {
        List<Event> events = history(
                event(0, "registered.v1", "2023-01-05", "{}"),
                event(1, "construction-started.v1", "2023-04-01", "{\"businessDate\":\"2023-04-01\"}"),
                report(2, "2023-06-30", 20, "基础完成", null),
                report(3, "2023-09-30", 45, "主体施工", null),
                report(4, "2023-05-31", 10, "补报五月进度", null));

        ProgressSeries series = ProgressSeries.of(events, PLANNED);

        assertThat(series.points()).containsExactly(
                new Point(4, LocalDate.parse("2023-05-31"), 10, "补报五月进度"),
                new Point(2, LocalDate.parse("2023-06-30"), 20, "基础完成"),
                new Point(3, LocalDate.parse("2023-09-30"), 45, "主体施工"));
    }

    @Test
    void aReportCorrectedByEventCorrectedCountsWithItsLatestCorrection() {
        List<Event> events = history(
                report(1, "2024-03-31", 30, "主体施工", null),
                report(2, "2024-04-30", 45, "一层完成", null),
                correction(3, 2, "progress-reported.v1", reportPayload("2024-04-28", 40, "一层完成八成", null)),
                report(4, "2024-05-31", 60, "二层完成", null),
                correction(5, 2, "progress-reported.v1", reportPayload("2024-06-15", 65, "按验收资料更正", null)));

        ProgressSeries series = ProgressSeries.of(events, PLANNED);

        assertThat(series.points()).containsExactly(
                new Point(1, LocalDate.parse("2024-03-31"), 30, "主体施工"),
                new Point(4, LocalDate.parse("2024-05-31"), 60, "二层完成"),
                new Point(2, LocalDate.parse("2024-06-15"), 65, "按验收资料更正"));
    }

    @Test
    void aReportThatCorrectsAnEarlierOneReplacesIt() {
        List<Event> events = history(
                report(1, "2024-03-31", 30, "主体施工", null),
                report(2, "2024-04-30", 45, "一层完成", null),
                report(3, "2024-04-30", 35, "更正：按监理月报为 35%", 2L),
                report(4, "2024-05-31", 50, "二层施工", null));

        ProgressSeries series = ProgressSeries.of(events, PLANNED);

        assertThat(series.points()).extracting(Point::sequence, Point::percentComplete)
                .containsExactly(tuple(1L, 30), tuple(3L, 35), tuple(4L, 50));
    }

    @Test
    void aCorrectingReportCorrectedInTurnCountsWithTheCorrectionAndACorrectionOfAnotherEventChangesNothing() {
        List<Event> events = history(
                report(1, "2024-03-31", 30, "主体施工", null),
                report(2, "2024-04-30", 25, "更正", 1L),
                event(3, "funding-allocated.v1", "2024-05-01", "{\"amount\":\"100.00\"}"),
                correction(4, 2, "progress-reported.v1", reportPayload("2024-04-30", 28, "更正为 28%", 1L)),
                correction(5, 3, "funding-allocated.v1", "{\"amount\":\"10.00\",\"percentComplete\":99}"));

        ProgressSeries series = ProgressSeries.of(events, PLANNED);

        assertThat(series.points()).containsExactly(new Point(2, LocalDate.parse("2024-04-30"), 28, "更正为 28%"));
    }

    @Test
    void noReportsIsAnEmptySeries() {
        ProgressSeries series = ProgressSeries.of(history(event(0, "registered.v1", "2023-01-05", "{}")), null);

        assertThat(series.isEmpty()).isTrue();
        assertThat(ProgressSeries.of(new ArrayList<>(), PLANNED).isEmpty()).isTrue();
    }

    @Test
    void theChartIsALineOfDateAndPercentUpTo100WithThePlannedCompletionMarked() {
        List<Event> events = history(report(1, "2024-03-31", 30, "a", null), report(2, "2024-05-31", 60, "b", null));

        assertThat(ProgressSeries.of(events, PLANNED).chart("完成百分比", "计划竣工")).isEqualTo("""
                {"type":"line","series":[{"name":"完成百分比","data":[["2024-03-31",30],["2024-05-31",60]]}],\
                "yMax":100,"marks":[{"date":"2024-08-31","label":"计划竣工"}]}""");
        assertThat(ProgressSeries.of(events, null).chart("完成百分比", "计划竣工")).endsWith("\"marks\":[]}");
    }
}
