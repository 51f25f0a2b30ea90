package cn.edutrack.web.page;

import java.util.List;

/**
 * One input of a recording form. {@code name} is the request's field name, dotted when nested
 * ({@code actualCapacity.places}); the element id is the name with dots turned into dashes
 * ({@code actualCapacity-places}), the label {@code field.<name>}, a choice's option labels
 * {@code <optionPrefix><code>}.
 */
public record FormField(String name, Type type, boolean required, List<String> options, String optionPrefix) {

    /** How an input is shown and how what was typed is sent. */
    public enum Type {
        /** {@code yyyy-MM-dd}, sent as a string. */
        DATE,
        /** one line of text. */
        TEXT,
        /** several lines of text. */
        TEXTAREA,
        /** a whole number, sent as a JSON number. */
        WHOLE_NUMBER,
        /** a decimal number, sent as a JSON number exactly as typed. */
        DECIMAL,
        /** money's amount: a decimal sent as a string (the command side reads it exactly). */
        AMOUNT,
        /** one of {@code options}, sent as the code. */
        CHOICE,
        /** yes or no, sent as a JSON boolean. */
        YES_NO,
        /** one entry per line, sent as a JSON array of strings. */
        LINES,
        /** the number of one of the project's open rectification orders, sent as a JSON number. */
        OPEN_ORDER,
        /**
         * a target of a plan (a {@link PlanTarget}), chosen from the plans the user may read, sent as the request's
         * {@code planId}, {@code programmeId} and {@code targetId}.
         */
        PLAN_TARGET,
        /**
         * what the project adds to the chosen {@link #PLAN_TARGET}, a decimal in the target's unit, sent as the one
         * {@code contributions} entry {@code {counts, value}}.
         */
        CONTRIBUTION
    }

    static FormField required(String name, Type type) {
        return new FormField(name, type, true, List.of(), null);
    }

    static FormField optional(String name, Type type) {
        return new FormField(name, type, false, List.of(), null);
    }

    static FormField choice(String name, String optionPrefix, List<String> options) {
        return new FormField(name, Type.CHOICE, true, options, optionPrefix);
    }

    /** The same input, required (a correction may not blank a value the event holds). */
    FormField asRequired() {
        return new FormField(name, type, true, options, optionPrefix);
    }

    /** The same input under another name (a correction's payload field that would clash with the form's own). */
    FormField renamed(String newName) {
        return new FormField(newName, type, required, options, optionPrefix);
    }

    /** The element id: the name with dots turned into dashes. */
    public String id() {
        return name.replace('.', '-');
    }

    public String errorId() {
        return id() + "-error";
    }
}
