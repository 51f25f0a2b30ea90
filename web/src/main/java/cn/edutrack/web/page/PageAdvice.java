package cn.edutrack.web.page;

import cn.edutrack.web.backend.BackendException;
import cn.edutrack.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.client.RestClientException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page has (the user, links to this page in the other language) and what a backend failure shows: a 401
 * (the password changed since login) ends the session, any other refusal shows the backend's problem, and for a
 * refusal by a rule the web app knows (403) or a missing project or plan target (404) why and what the user can do.
 */
@ControllerAdvice
class PageAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

    /** The refusals the error page explains with what to do (the query and command sides' access rules). */
    private static final Set<String> EXPLAINED_RULES = Set.of("role-may-not", "outside-jurisdiction",
            "not-your-organisation");

    @ModelAttribute
    void common(Model model, HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            model.addAttribute("user", user);
        }
        model.addAttribute("langZhLink", withLang(request, "zh-CN"));
        model.addAttribute("langEnLink", withLang(request, "en"));
    }

    /** This page's path and query with {@code lang} set (a POSTed page links to its GET form). */
    static String withLang(HttpServletRequest request, String lang) {
        String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
        String uri = request.getRequestURI() + (query == null ? "" : "?" + query);
        return UriComponentsBuilder.fromUriString(uri).replaceQueryParam("lang", lang).build(true).toUriString();
    }

    @ExceptionHandler(BackendException.class)
    String backendRefused(BackendException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (e.status() == 401) {
            new SecurityContextLogoutHandler().logout(request, response,
                    SecurityContextHolder.getContext().getAuthentication());
            return "redirect:/login?expired";
        }
        common(model, request);
        response.setStatus(e.status());
        model.addAttribute("status", e.status());
        model.addAttribute("problem", e.problem());
        model.addAttribute("reason", reason(e.status(), e.problem().rule()));
        if (e.status() == 404
                && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path
                && request.getRequestURI().startsWith(request.getContextPath() + "/projects/")) {
            model.addAttribute("projectId", path.get("id"));
        }
        if (e.status() == 404 && TargetBreakdownController.PATH.equals(
                String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)))
                && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path) {
            // a target's breakdown: the plan or the target is unknown (or the target is not the plan's); not named
            // planId and targetId, which every view of the request has as its path variables
            model.addAttribute("missingTargetPlanId", path.get("planId"));
            model.addAttribute("missingTargetId", path.get("targetId"));
        }
        return "backend-error";
    }

    /**
     * Why the page was refused, as the error page explains it: the backend's rule for a 403 when the web app knows
     * it, else {@code forbidden}; {@code not-found} for a 404; null for any other status (the status's words then).
     */
    static String reason(int status, String rule) {
        if (status == 404) {
            return "not-found";
        }
        if (status != 403) {
            return null;
        }
        return EXPLAINED_RULES.contains(rule) ? rule : "forbidden";
    }

    @ExceptionHandler(RestClientException.class)
    String backendUnavailable(RestClientException e, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        log.warn("a backend could not be reached: {}", e.getMessage());
        common(model, request);
        response.setStatus(503);
        model.addAttribute("status", 503);
        model.addAttribute("unavailable", true);
        return "backend-error";
    }
}
