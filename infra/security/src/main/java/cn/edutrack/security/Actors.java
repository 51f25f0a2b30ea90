package cn.edutrack.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, from Spring Security's context. */
public final class Actors {

    private Actors() {
    }

    /** The current actor; fails when the request is not authenticated as one (a bug: the filter chain denies those). */
    public static Actor current() {
        return currentIfAny().orElseThrow(() -> new IllegalStateException("no authenticated actor in this thread"));
    }

    public static Optional<Actor> currentIfAny() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication instanceof ActorHolder holder) {
            return Optional.of(holder.actor());
        }
        if (authentication.getPrincipal() instanceof ActorHolder holder) {
            return Optional.of(holder.actor());
        }
        return Optional.empty();
    }
}
