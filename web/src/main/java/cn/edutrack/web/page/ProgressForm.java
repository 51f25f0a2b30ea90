package cn.edutrack.web.page;

/** What the user typed into the progress report form, kept as typed so a refused form shows it again. */
public record ProgressForm(String businessDate, String percentComplete, String note, String comment) {
}
