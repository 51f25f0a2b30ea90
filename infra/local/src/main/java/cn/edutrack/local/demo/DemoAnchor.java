package cn.edutrack.local.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The "today" the demo history of a local-mode state folder was generated for, kept in {@code demo-history-date}
 * beside the data. The history depends on today (nothing may be dated after it), and its requests carry fixed
 * idempotency keys: a second start must send exactly the same requests, so it reuses the first start's date and
 * changes nothing. Deleting the state folder starts afresh with a new date.
 */
public final class DemoAnchor {

    public static final String FILE_NAME = "demo-history-date";

    private DemoAnchor() {
    }

    /**
     * Today for the command side: the date in UTC, which is never after the date in China Standard Time, the zone
     * the command side judges "in the future" by.
     */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The date recorded in {@code workDir}, or {@code today} (then recorded) when there is none yet. */
    public static LocalDate date(Path workDir, LocalDate today) {
        Path file = workDir.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                LocalDate recorded = LocalDate.parse(Files.readString(file, StandardCharsets.UTF_8).trim());
                if (!recorded.isAfter(today)) {
                    return recorded;
                }
            }
            Files.createDirectories(workDir);
            Files.writeString(file, today + "\n", StandardCharsets.UTF_8);
            return today;
        } catch (DateTimeParseException unreadable) {
            return rewrite(file, today);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file, e);
        }
    }

    private static LocalDate rewrite(Path file, LocalDate today) {
        try {
            Files.writeString(file, today + "\n", StandardCharsets.UTF_8);
            return today;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
