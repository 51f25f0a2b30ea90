package cn.edutrack.web.page;

/**
 * Jurisdiction codes as the backends write them: paths of names from the country down ({@code CN-13/邯郸市/丛台区}),
 * so that lying below one is a prefix and the last part names it.
 */
final class Jurisdictions {

    private Jurisdictions() {
    }

    /** Whether {@code code} is {@code scope} or lies below it. */
    static boolean within(String code, String scope) {
        return code != null && scope != null && (code.equals(scope) || code.startsWith(scope + "/"));
    }

    /**
     * A jurisdiction as people read it: its registered name, else the last part of its code ({@code 丛台区}), else the
     * code.
     */
    static String place(String name, String code) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        if (code == null) {
            return "";
        }
        int slash = code.lastIndexOf('/');
        return slash < 0 || slash == code.length() - 1 ? code : code.substring(slash + 1);
    }
}
