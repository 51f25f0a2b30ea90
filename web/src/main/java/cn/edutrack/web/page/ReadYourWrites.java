package cn.edutrack.web.page;

import cn.edutrack.web.WebProperties;
import cn.edutrack.web.backend.Backend;
import cn.edutrack.web.backend.BackendException;
import cn.edutrack.web.backend.ProjectViews.Summary;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * After a form is recorded, the page the user is sent to reads the query side, which learns of the new event from
 * Kafka a moment later. So that the user sees what they have just recorded (a registered project's page, not "not
 * found"; the new status, not the old one), the web app waits until the query side's project has reached the
 * version the command side answered, for at most {@code edutrack.web.projection-wait}. If it has not by then, the
 * recording still stands (the command side has stored it) and the user is told the pages will show it shortly.
 */
@Component
class ReadYourWrites {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(50);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(400);

    private final Backend backend;
    private final MessageSource messages;
    private final Duration wait;

    ReadYourWrites(Backend backend, MessageSource messages, WebProperties properties) {
        this.backend = backend;
        this.messages = messages;
        this.wait = properties.projectionWait();
    }

    /**
     * Where a recorded form or correction sends the user: the project's page with {@code flash}, once the query side
     * shows {@code version}, or with the notice that the figures are still being updated ({@code flashPending}) when
     * it does not in time.
     */
    String toProjectPage(String projectId, long version, String flash, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flash", flash);
        if (!projected(projectId, version)) {
            redirect.addFlashAttribute("flashPending", messages.getMessage("flash.pending", null, locale));
        }
        return "redirect:/projects/" + UriUtils.encodePathSegment(projectId, StandardCharsets.UTF_8);
    }

    /** Whether the query side shows project {@code projectId} at {@code version} or later, waiting for it a while. */
    boolean projected(String projectId, long version) {
        long deadline = System.nanoTime() + wait.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            if (shows(projectId, version)) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                Thread.sleep(Math.min(pause.toMillis(), Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    private boolean shows(String projectId, long version) {
        try {
            return backend.query(Summary.class, "/api/projects/{id}", Map.of("id", projectId), Map.of()).version()
                    >= version;
        } catch (BackendException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }
}
