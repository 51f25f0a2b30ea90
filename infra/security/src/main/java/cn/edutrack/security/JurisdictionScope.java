package cn.edutrack.security;

/**
 * Which jurisdictions a scope covers. Jurisdiction codes are paths under an ISO 3166-2 subdivision code, e.g.
 * {@code CN-13/邯郸市/魏县}: a scope covers its own code and every code below it ({@code CN-13/邯郸市} covers
 * {@code CN-13/邯郸市/魏县}, not {@code CN-13/邯郸市2}). A country code ({@code CN}) covers its subdivisions
 * ({@code CN-13}, {@code CN-45/XX市}, ...).
 */
public final class JurisdictionScope {

    private JurisdictionScope() {
    }

    /** Whether {@code scope} covers {@code code}; nothing covers a null or blank code. */
    public static boolean covers(String scope, String code) {
        if (scope == null || scope.isBlank() || code == null || code.isBlank()) {
            return false;
        }
        return code.equals(scope) || code.startsWith(descendantPrefix(scope));
    }

    /** Whether {@code code} lies strictly above {@code scope} (the scope's province, for a city). */
    public static boolean isAncestorOf(String code, String scope) {
        return !code.equals(scope) && covers(code, scope);
    }

    /**
     * The prefix every code strictly below {@code scope} starts with: {@code scope + "/"}, or {@code "CN-"} for the
     * country {@code CN}. In SQL: {@code (code = :scope OR starts_with(code, :prefix))}.
     */
    public static String descendantPrefix(String scope) {
        return isCountry(scope) ? scope + "-" : scope + "/";
    }

    private static boolean isCountry(String scope) {
        return scope.length() == 2 && Character.isUpperCase(scope.charAt(0)) && Character.isUpperCase(scope.charAt(1));
    }
}
