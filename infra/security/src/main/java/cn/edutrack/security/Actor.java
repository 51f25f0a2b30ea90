package cn.edutrack.security;

import java.util.Objects;

/**
 * The authenticated user a request acts as: taken from the security context, never from a request body. Every
 * recorded event carries it (user id, role, organisation, jurisdiction).
 *
 * @param userId       the user's id at the identity provider (or the local user name)
 * @param role         the user's one role
 * @param organisation the organisation the user works for (a manager records only for its projects)
 * @param jurisdiction the jurisdiction the user acts in; the user sees it and what lies below it
 */
public record Actor(String userId, Role role, String organisation, String jurisdiction) {

    public Actor {
        requireText(userId, "userId");
        Objects.requireNonNull(role, "role");
        requireText(organisation, "organisation");
        requireText(jurisdiction, "jurisdiction");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an actor needs a " + name);
        }
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** Whether the actor's jurisdiction covers {@code code} (see {@link JurisdictionScope}). */
    public boolean covers(String code) {
        return JurisdictionScope.covers(jurisdiction, code);
    }

    /** Whether the actor is a project manager of {@code organisationId}. */
    public boolean managesFor(String organisationId) {
        return role == Role.MANAGER && organisation.equals(organisationId);
    }

    /** Metadata keys under which the actor is stored with each event (Axon metadata). */
    public static final class MetadataKeys {
        public static final String USER_ID = "actorUserId";
        public static final String ROLE = "actorRole";
        public static final String ORGANISATION = "actorOrganisation";
        public static final String JURISDICTION = "actorJurisdiction";

        private MetadataKeys() {
        }
    }
}
