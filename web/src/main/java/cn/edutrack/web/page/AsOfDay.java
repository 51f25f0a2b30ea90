package cn.edutrack.web.page;

import cn.edutrack.web.backend.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.ui.Model;

/**
 * The day a page's figures are asked for ({@code ?asOf=}), read the same way on every dated page: what was typed is
 * kept for the date input ({@code asOf}); a value that is no date is said next to it ({@code asOfInvalid}) and never
 * sent; a backend's refusal of the day is recognised by the problem naming {@code asOf} and said at the input too
 * (the fragment {@code as-of-error}).
 */
final class AsOfDay {

    private AsOfDay() {
    }

    /**
     * The day as {@code yyyy-MM-dd}, or blank for today (which the backend client leaves out of the request); a day
     * that is one is also the model's {@code day}, which links carry on.
     */
    static String read(String asOf, Model model) {
        if (asOf == null || asOf.isBlank()) {
            return "";
        }
        model.addAttribute("asOf", asOf.strip());
        try {
            String day = LocalDate.parse(asOf.strip()).toString();
            model.addAttribute("day", day);
            return day;
        } catch (DateTimeParseException e) {
            model.addAttribute("asOfInvalid", true);
            return "";
        }
    }

    /**
     * What the date's input says once the page's requests are made: the backend's refusal of the day, if any
     * ({@code asOfRefused}), and whether there is anything to say ({@code asOfError}, with the day that is no date).
     */
    static void concluded(Model model, Problem refused) {
        model.addAttribute("asOfRefused", refused);
        model.addAttribute("asOfError", model.getAttribute("asOfInvalid") != null || refused != null);
    }

    /** Whether a backend's problem is about the day asked for. */
    static boolean refused(Problem problem) {
        return "asOf".equals(problem.parameter())
                || problem.fieldErrors().stream().anyMatch(e -> "asOf".equals(e.field()));
    }
}
