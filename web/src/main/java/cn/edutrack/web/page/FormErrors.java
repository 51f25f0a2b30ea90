package cn.edutrack.web.page;

import cn.edutrack.web.backend.Problem;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * A backend problem turned into messages next to the fields it names, in the user's language where the web app
 * knows the rule or the field ({@code rule.<code>}, {@code error.<field>}, {@code field.<field>}), else in the
 * backend's own words. What names no field of the form goes to the form as a whole ({@link #GLOBAL}).
 */
final class FormErrors {

    static final String GLOBAL = "form";

    /** Rules that concern one field although the problem may not name it. */
    private static final Map<String, String> RULE_FIELDS = Map.of(
            "progress-out-of-range", "percentComplete",
            "progress-decrease-without-correction", "percentComplete",
            "business-date-in-future", "businessDate",
            "business-date-before-previous-stage", "businessDate");

    private FormErrors() {
    }

    static Map<String, String> of(Problem problem, Set<String> formFields, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        String ruleText = problem.rule() == null ? null
                : messages.getMessage("rule." + problem.rule(), null, null, locale);
        for (Problem.FieldError error : problem.fieldErrors()) {
            String field = error.field();
            if (field != null && formFields.contains(field)) {
                String text = ruleText != null ? ruleText
                        : messages.getMessage("error." + field, null, error.message(), locale);
                errors.merge(field, label(field, messages, locale) + text, (a, b) -> a);
            } else {
                errors.merge(GLOBAL, (field == null ? "" : field + ": ") + error.message(), (a, b) -> a + "; " + b);
            }
        }
        if (errors.isEmpty()) {
            String field = problem.rule() == null ? null : RULE_FIELDS.get(problem.rule());
            String text = ruleText != null ? ruleText : problem.detail() != null ? problem.detail()
                    : messages.getMessage("error.unknown", null, locale);
            if (field != null && formFields.contains(field)) {
                errors.put(field, label(field, messages, locale) + text);
            } else {
                errors.put(GLOBAL, text);
            }
        }
        return errors;
    }

    static String label(String field, MessageSource messages, Locale locale) {
        String name = messages.getMessage("field." + field, null, field, locale);
        return messages.getMessage("error.field-prefix", new Object[] {name}, name + ": ", locale);
    }
}
