package cn.edutrack.web.page;

import cn.edutrack.web.backend.Problem;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;

/**
 * A backend problem turned into messages next to the inputs it names, in the user's language where the web app
 * knows the rule or the field ({@code rule.<code>}, {@code error.<field>}, {@code field.<input>}), else in the
 * backend's own words. What names no input of the form goes to the form as a whole ({@link #GLOBAL}), as the rule's
 * text when the web app knows it.
 */
final class FormErrors {

    static final String GLOBAL = "form";

    /** Rules that concern one input although the problem may not name it. */
    private static final Map<String, String> RULE_FIELDS = Map.of(
            "progress-out-of-range", "percentComplete",
            "progress-decrease-without-correction", "percentComplete",
            "business-date-in-future", "businessDate",
            "business-date-before-previous-stage", "businessDate",
            "unknown-plan-reference", "target",
            "target-without-programme", "target",
            "contribution-without-target", "contributionValue",
            "own-portfolio", "parentProjectId");

    private FormErrors() {
    }

    /** The problem's messages by the form's input names: each named field that is one of {@code formFields}. */
    static Map<String, String> of(Problem problem, Set<String> formFields, MessageSource messages, Locale locale) {
        return of(problem, field -> formFields.contains(field) ? field : null, messages, locale);
    }

    /**
     * The problem's messages by input name; {@code inputOf} answers the input a field the problem names is shown
     * next to (null: none, the message goes to the form as a whole).
     */
    static Map<String, String> of(Problem problem, UnaryOperator<String> inputOf, MessageSource messages,
            Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        String ruleText = problem.rule() == null ? null
                : messages.getMessage("rule." + problem.rule(), null, null, locale);
        for (Problem.FieldError error : problem.fieldErrors()) {
            String field = error.field();
            String input = field == null ? null : inputOf.apply(field);
            if (input != null) {
                String text = ruleText != null ? ruleText
                        : messages.getMessage("error." + field, null, error.message(), locale);
                errors.merge(input, label(input, messages, locale) + text, (a, b) -> a);
            } else if (ruleText != null) {
                errors.putIfAbsent(GLOBAL, ruleText);
            } else {
                errors.merge(GLOBAL, (field == null ? "" : field + ": ") + error.message(), (a, b) -> a + "; " + b);
            }
        }
        if (errors.isEmpty()) {
            String field = problem.rule() == null ? null : RULE_FIELDS.get(problem.rule());
            String input = field == null ? null : inputOf.apply(field);
            String text = ruleText != null ? ruleText : problem.detail() != null ? problem.detail()
                    : messages.getMessage("error.unknown", null, locale);
            errors.put(input != null ? input : GLOBAL, input != null ? label(input, messages, locale) + text : text);
        }
        return errors;
    }

    /** The message {@code key} about {@code input}, prefixed with its label: 完工面积：请填写数字。 */
    static String message(String input, String key, MessageSource messages, Locale locale) {
        return label(input, messages, locale) + messages.getMessage(key, null, locale);
    }

    static String label(String field, MessageSource messages, Locale locale) {
        String name = messages.getMessage("field." + field, null, field, locale);
        return messages.getMessage("error.field-prefix", new Object[] {name}, name + ": ", locale);
    }
}
