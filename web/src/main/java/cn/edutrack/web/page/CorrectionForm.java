package cn.edutrack.web.page;

import static cn.edutrack.web.page.FormField.Type.DATE;
import static cn.edutrack.web.page.FormField.Type.TEXT;
import static cn.edutrack.web.page.FormField.optional;
import static cn.edutrack.web.page.FormField.required;

import cn.edutrack.web.backend.ProjectViews.Event;
import cn.edutrack.web.backend.ProjectViews.History;
import cn.edutrack.web.backend.ProjectViews.Summary;
import cn.edutrack.web.security.SignedInUser;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * The correction of one kind of recorded event ({@code POST /api/projects/{id}/corrections}): one input per payload
 * field the command side lets a user correct, typed as in the recording form that records the event (its fields are
 * the event's payload fields), prefilled with the value in force, and the {@code changes} built from what differs
 * from it. Who may correct an event is who records its kind, and a registration also an administrator covering the
 * project ({@link #mayBeUsedBy}).
 * <p>
 * Not corrected here, as on the command side: a correction (correct the original again), the assignment to a plan
 * (assign again), and the fields that identify an event or fix who records it ({@link #FIXED}). The payload's
 * {@code reason} is the input {@code recordedReason}, the correction having a {@code reason} of its own. Money is
 * a yuan string in the payload and an amount with a unit in the form (prefilled in yuan); a nested value
 * ({@code actualCapacity}) is sent whole, as the command side replaces a payload field whole.
 *
 * @param recordedWith the recording form of the event's kind
 * @param fields       the inputs, {@code businessDate} first
 */
record CorrectionForm(RecordingForm recordedWith, List<FormField> fields) {

    /** Forms whose events are not corrected: an assignment to a plan is made again instead. */
    private static final Set<String> NOT_CORRECTED = Set.of(RecordingForm.PLAN_ASSIGNMENT);

    /** Payload fields the command side never corrects ({@code field-not-correctable}) that a form asks for. */
    private static final Set<String> FIXED = Set.of("projectId", "kind", "jurisdiction", "ownerOrganisation",
            "orderNumber");

    /** Payload fields an event has that its recording form does not ask for, by the form's operation. */
    private static final Map<String, List<FormField>> EXTRA = Map.of(
            RecordingForm.REGISTER, List.of(optional("planReference", TEXT)));

    /** The input of the payload's {@code reason}: {@code reason} is the correction's own. */
    static final String RECORDED_REASON = "recordedReason";

    private static final String YUAN = "YUAN";
    private static final String WAN_YUAN = "WAN_YUAN";

    /** The correction form of events of {@code type}, if a user corrects them. */
    static Optional<CorrectionForm> of(String type) {
        return RecordingForm.recording(type)
                .filter(form -> !NOT_CORRECTED.contains(form.operation()))
                .map(form -> new CorrectionForm(form, inputs(form)));
    }

    private static List<FormField> inputs(RecordingForm form) {
        List<FormField> inputs = new ArrayList<>();
        inputs.add(required("businessDate", DATE));
        for (FormField field : form.fields()) {
            if (FIXED.contains(field.name())) {
                continue;
            }
            // a nested value is sent whole: each of its parts is needed (the payload has them all)
            FormField input = field.name().contains(".") ? field.asRequired() : field;
            inputs.add(input.name().equals("reason") ? input.renamed(RECORDED_REASON) : input);
        }
        inputs.addAll(EXTRA.getOrDefault(form.operation(), List.of()));
        return List.copyOf(inputs);
    }

    /** The sequences of the events of {@code history} that {@code user} may correct. */
    static Set<Long> correctable(SignedInUser user, Summary project, History history) {
        Set<Long> sequences = new LinkedHashSet<>();
        for (Event event : history.events()) {
            if (of(event.type()).filter(form -> form.mayBeUsedBy(user, project)).isPresent()) {
                sequences.add(event.sequence());
            }
        }
        return sequences;
    }

    /**
     * Whether {@code user} may correct events of this kind on {@code project}: who records them, and for the
     * registration also an administrator covering the project (as the command side allows; registering is the
     * managers' in the web app).
     */
    boolean mayBeUsedBy(SignedInUser user, Summary project) {
        RecordingForm.Who who = recordedWith.operation().equals(RecordingForm.REGISTER)
                ? RecordingForm.Who.MANAGER_OR_ADMINISTRATOR : recordedWith.who();
        return RecordingFormController.mayRecord(user, who, project);
    }

    /** The input names a submitted form holds: the inputs, the correction's {@code reason} and {@code comment}. */
    Set<String> inputNames() {
        Set<String> names = new LinkedHashSet<>();
        fields.forEach(f -> names.add(f.name()));
        names.add("reason");
        names.add("comment");
        return names;
    }

    /** The inputs prefilled with {@code payload}'s values (money in yuan), the reason and comment empty. */
    Map<String, String> values(JsonNode payload) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : fields) {
            String name = field.name();
            JsonNode node = payload == null ? null : payload.get(payloadField(name));
            if (isMoney(name)) {
                values.put(name, name.endsWith(".unit") ? YUAN : text(node));
            } else if (name.contains(".")) {
                values.put(name, node == null ? "" : text(node.get(name.substring(name.indexOf('.') + 1))));
            } else {
                values.put(name, text(node));
            }
        }
        values.put("reason", "");
        values.put("comment", "");
        return values;
    }

    /**
     * The {@code changes} of a correction: each payload field whose typed value differs from {@code inForce}, with
     * the JSON type of the payload (a number stays a number, money a yuan string, a nested value whole, a cleared
     * optional field {@code null}). What cannot be typed is put in {@code errors} by input, through
     * {@code error(input, messageKey)}.
     */
    Map<String, Object> changes(Map<String, String> values, JsonNode inForce, Map<String, String> errors,
            BiFunction<String, String, String> error) {
        Map<String, List<FormField>> groups = new LinkedHashMap<>();
        fields.forEach(f -> groups.computeIfAbsent(payloadField(f.name()), k -> new ArrayList<>()).add(f));
        Map<String, Object> changes = new LinkedHashMap<>();
        groups.forEach((payloadField, inputs) -> {
            JsonNode original = inForce == null ? null : inForce.get(payloadField);
            boolean held = original != null && !original.isNull();
            Map<String, Object> typed = new LinkedHashMap<>();
            for (FormField input : inputs) {
                String raw = values.getOrDefault(input.name(), "");
                String value = raw.strip();
                if (value.isEmpty()) {
                    if (held && input.required()) {
                        errors.put(input.name(), error.apply(input.name(), "error.required"));
                    }
                    continue;
                }
                try {
                    typed.put(input.name(), FormInput.typed(input, raw, value));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    errors.put(input.name(), error.apply(input.name(), FormInput.errorKey(input.type())));
                }
            }
            if (inputs.stream().anyMatch(f -> errors.containsKey(f.name()))) {
                return;
            }
            if (typed.isEmpty()) {
                if (held) {
                    changes.put(payloadField, null);
                }
                return;
            }
            if (typed.size() < inputs.size()) {
                return;
            }
            boolean money = isMoney(inputs.get(0).name());
            Object value = money ? yuan(typed) : inputs.size() > 1 ? nested(typed) : typed.values().iterator().next();
            if (money ? !sameMoney(original, (String) value) : !same(original, value)) {
                changes.put(payloadField, value);
            }
        });
        return changes;
    }

    /**
     * The input a field of a command side problem names is shown next to: {@code changes.<payload field>} at its
     * input (a money or nested value at its first part), the correction's {@code reason} and {@code comment} at
     * theirs; anything else (null) at the top.
     */
    String inputOf(String problemField) {
        if (problemField.equals("reason") || problemField.equals("comment")) {
            return problemField;
        }
        if (!problemField.startsWith("changes.")) {
            return null;
        }
        String payloadField = problemField.substring("changes.".length());
        String input = payloadField.equals("reason") ? RECORDED_REASON : payloadField;
        return fields.stream().map(FormField::name)
                .filter(name -> name.equals(input) || name.startsWith(input + "."))
                .findFirst().orElse(null);
    }

    /** The payload field an input stands for: its name before the first dot, the recorded reason as {@code reason}. */
    private static String payloadField(String input) {
        String field = input.contains(".") ? input.substring(0, input.indexOf('.')) : input;
        return field.equals(RECORDED_REASON) ? "reason" : field;
    }

    /** Whether the input is part of an amount of money (an amount and its unit in the form, yuan in the payload). */
    private boolean isMoney(String input) {
        String group = payloadField(input) + ".";
        return fields.stream().anyMatch(f -> f.name().startsWith(group) && f.type() == FormField.Type.AMOUNT);
    }

    /** The amount in yuan as the payload writes money: a decimal string. */
    private static String yuan(Map<String, Object> typed) {
        BigDecimal amount = null;
        String unit = YUAN;
        for (Map.Entry<String, Object> part : typed.entrySet()) {
            if (part.getKey().endsWith(".unit")) {
                unit = (String) part.getValue();
            } else {
                amount = new BigDecimal((String) part.getValue());
            }
        }
        return (WAN_YUAN.equals(unit) ? amount.movePointRight(4) : amount).toPlainString();
    }

    /** A nested value's parts by their names in it ({@code places}, {@code streams}, {@code classes}). */
    private static Map<String, Object> nested(Map<String, Object> typed) {
        Map<String, Object> value = new LinkedHashMap<>();
        typed.forEach((input, part) -> value.put(input.substring(input.indexOf('.') + 1), part));
        return value;
    }

    /** Whether an amount in yuan is the payload's (money is kept to the fen: {@code 300} is {@code "300.00"}). */
    private static boolean sameMoney(JsonNode original, String yuan) {
        try {
            return original != null && original.isString()
                    && new BigDecimal(original.asString()).compareTo(new BigDecimal(yuan)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Whether a typed value is the payload's: texts alike but for line breaks and surrounding blanks, whole numbers
     * equal in value, decimals with the same digits (the command side tells {@code 12345.6} from {@code 12345.60}).
     */
    private static boolean same(JsonNode original, Object value) {
        if (original == null || original.isNull()) {
            return false;
        }
        if (value instanceof Map<?, ?> parts) {
            return original.isObject() && parts.entrySet().stream()
                    .allMatch(part -> same(original.get((String) part.getKey()), part.getValue()));
        }
        if (value instanceof List<?> lines) {
            List<String> recorded = new ArrayList<>();
            original.values().forEach(node -> recorded.add(node.asString()));
            return original.isArray() && recorded.equals(lines);
        }
        if (value instanceof Integer number) {
            return original.isNumber() && original.decimalValue().compareTo(BigDecimal.valueOf(number)) == 0;
        }
        if (value instanceof BigDecimal decimal) {
            return original.isNumber() && original.decimalValue().equals(decimal);
        }
        if (value instanceof Boolean yes) {
            return original.isBoolean() && original.booleanValue() == yes;
        }
        return original.isString() && lines(original.asString()).strip().equals(lines((String) value).strip());
    }

    private static String lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A payload value as an input shows it: a list one entry a line, nothing for none. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            List<String> entries = new ArrayList<>();
            node.values().forEach(entry -> entries.add(entry.asString()));
            return String.join("\n", entries);
        }
        return node.asString();
    }
}
