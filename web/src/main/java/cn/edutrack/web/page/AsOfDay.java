package cn.edutrack.web.page;

import cn.edutrack.web.backend.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.ui.Model;

/**
 * The day a page's figures are asked for ({@code ?asOf=}), read the same way on every dated page: what was typed is
 * kept for the date input ({@code asOf}); a value that is no date is said next to it ({@code asOfInvalid}) and never
 * sent; a backend's refusal of the day is recognised by the problem naming {@code asOf}.
 */
final class AsOfDay {

    private AsOfDay() {
    }

    /** The day as {@code yyyy-MM-dd}, or blank for today (which the backend client leaves out of the request). */
    static String read(String asOf, Model model) {
        if (asOf == null || asOf.isBlank()) {
            return "";
        }
        model.addAttribute("asOf", asOf.strip());
        try {
            return LocalDate.parse(asOf.strip()).toString();
        } catch (DateTimeParseException e) {
            model.addAttribute("asOfInvalid", true);
            return "";
        }
    }

    /** Whether a backend's problem is about the day asked for. */
    static boolean refused(Problem problem) {
        return "asOf".equals(problem.parameter())
                || problem.fieldErrors().stream().anyMatch(e -> "asOf".equals(e.field()));
    }
}
