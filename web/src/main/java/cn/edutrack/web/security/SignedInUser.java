package cn.edutrack.web.security;

import java.io.Serial;
import java.io.Serializable;

/**
 * The logged-in user as the query side's {@code /api/me} described it, with the credentials the web app sends as
 * HTTP Basic on every backend call. Kept only in the server-side session: never in a cookie or a page.
 */
public record SignedInUser(String userId, String role, String organisation, String jurisdiction, String username,
        String password) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Whether the user is a manager of {@code organisationId} (the only one who may record its projects). */
    public boolean managesOrganisation(String organisationId) {
        return isManager() && organisation != null && organisation.equals(organisationId);
    }

    public boolean isManager() {
        return "MANAGER".equals(role);
    }

    /** Never shows the password (logs, error pages). */
    @Override
    public String toString() {
        return "SignedInUser[" + userId + ", " + role + ", " + organisation + ", " + jurisdiction + "]";
    }
}
