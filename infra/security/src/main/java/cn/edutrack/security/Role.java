package cn.edutrack.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user does in Edutrack. A user has exactly one role: the separation of duties auditors expect (whoever
 * supervises a project does not also audit it) is kept by the accounts, not by convention.
 */
public enum Role {
    /** Records the lifecycle of the projects its organisation owns, and reads them. */
    MANAGER,
    /** Reads everything in its jurisdiction and below; orders rectification, summons, records re-checks. */
    SUPERVISOR,
    /** Reads everything in its jurisdiction and below, including full histories; writes nothing. */
    AUDITOR,
    /** Registers jurisdictions and plans, imports plan files, assigns projects to plans, in its jurisdiction. */
    ADMINISTRATOR;

    /** The Spring Security authority of this role, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role a claim value names: the enum name in any case, after an optional prefix. */
    public static Optional<Role> fromClaim(String value, String prefix) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.trim();
        if (prefix != null && !prefix.isEmpty()) {
            if (!name.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return Optional.empty();
            }
            name = name.substring(prefix.length());
        }
        String upper = name.toUpperCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.name().equals(upper)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
