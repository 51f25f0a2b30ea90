package cn.edutrack.query.access;

import cn.edutrack.security.Actor;
import cn.edutrack.security.Actors;
import cn.edutrack.security.JurisdictionScope;
import cn.edutrack.security.OutOfScopeException;
import cn.edutrack.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the caller of a query may see, from the authenticated {@link Actor} (never from a parameter):
 * <ul>
 *   <li>a project manager: the projects its organisation owns;</li>
 *   <li>a supervisor, an auditor, an administrator: the rows of its jurisdiction and of those below it;</li>
 *   <li>plan definitions and jurisdictions (every role): those its jurisdiction covers, and those above it (a
 *       district reads its city's and province's plans, never a sibling district's);</li>
 *   <li>anything computed from projects (progress, roll-ups, indicators, quotas, lagging, money): only over a
 *       jurisdiction its own covers.</li>
 * </ul>
 * A jurisdiction named in a request that the caller's does not cover is refused with 403
 * ({@code outside-jurisdiction}), never silently narrowed; a list without one is limited to the caller's scope.
 * SQL conditions bind their values as named parameters ({@code scopeCode}, {@code scopeBelow},
 * {@code scopeOrganisation}, {@code scopeAncestors}) added to the caller's parameter map; column names come from
 * code, never from a request.
 */
public final class CallerScope {

    private final Actor actor;

    public CallerScope(Actor actor) {
        this.actor = actor;
    }

    /** The scope of the authenticated caller of the current request. */
    public static CallerScope current() {
        return new CallerScope(Actors.current());
    }

    public Actor actor() {
        return actor;
    }

    /** The caller's jurisdiction code. */
    public String jurisdiction() {
        return actor.jurisdiction();
    }

    /** Whether the caller's jurisdiction is a whole country ({@code CN}), which covers every code. */
    public boolean national() {
        return JurisdictionScope.descendantPrefix(actor.jurisdiction()).endsWith("-");
    }

    /** A manager sees projects by organisation, every other role by jurisdiction. */
    public boolean byOrganisation() {
        return actor.is(Role.MANAGER);
    }

    /**
     * A jurisdiction named in the request ({@code jurisdiction=}, {@code under=}) must lie in the caller's scope.
     *
     * @param what what was asked about, for the refusal ("projects", "lagging projects", ...)
     * @throws OutOfScopeException {@code outside-jurisdiction} otherwise
     */
    public void requireCovered(String what, String code) {
        if (!actor.covers(code)) {
            throw OutOfScopeException.outsideJurisdiction(actor, what, code);
        }
    }

    /** The one project (of {@code jurisdiction}, owned by {@code owner}) may be read by the caller, or 403. */
    public void requireProject(String projectId, String jurisdiction, String owner) {
        if (byOrganisation()) {
            if (!actor.managesFor(owner)) {
                throw OutOfScopeException.notYourOrganisation(actor, "project " + projectId, owner);
            }
        } else {
            requireCovered("project " + projectId, jurisdiction);
        }
    }

    /** A plan's or jurisdiction's definition lies in the caller's scope or above it, or 403. */
    public void requireDefinition(String what, String code) {
        if (!definitionVisible(code)) {
            throw OutOfScopeException.outsideJurisdiction(actor, what, code);
        }
    }

    /** Whether a definition (plan, jurisdiction) of {@code code} is visible: covered by the caller's, or above it. */
    public boolean definitionVisible(String code) {
        return actor.covers(code) || JurisdictionScope.isAncestorOf(code, actor.jurisdiction());
    }

    /**
     * Rows whose {@code column} (a jurisdiction code) lies in the caller's jurisdiction or below it:
     * {@code (column = :scopeCode or column like :scopeBelow escape '\')}.
     */
    public String jurisdictionCondition(String column, Map<String, Object> params) {
        bindJurisdiction(params);
        return inJurisdiction(column);
    }

    /**
     * The text of {@link #jurisdictionCondition}, for SQL written once as a constant; its parameters are bound by
     * {@link #bindJurisdiction}.
     */
    public static String inJurisdiction(String column) {
        return "(" + column + " = :scopeCode or " + column + " like :scopeBelow escape '\\')";
    }

    /** Binds {@code scopeCode} and {@code scopeBelow}: the caller's jurisdiction and the LIKE pattern of those below. */
    public void bindJurisdiction(Map<String, Object> params) {
        params.put("scopeCode", actor.jurisdiction());
        params.put("scopeBelow", likePrefix(JurisdictionScope.descendantPrefix(actor.jurisdiction())));
    }

    /**
     * Project rows the caller may see: for a manager those whose {@code ownerColumn} is its organisation, for the
     * other roles those whose {@code jurisdictionColumn} lies in its jurisdiction or below it.
     */
    public String projectCondition(String jurisdictionColumn, String ownerColumn, Map<String, Object> params) {
        if (byOrganisation()) {
            params.put("scopeOrganisation", actor.organisation());
            return "(" + ownerColumn + " = :scopeOrganisation)";
        }
        return jurisdictionCondition(jurisdictionColumn, params);
    }

    /** Definitions (plans, jurisdictions) the caller may see: {@code column} covered by its jurisdiction or above it. */
    public String definitionCondition(String column, Map<String, Object> params) {
        String covered = jurisdictionCondition(column, params);
        List<String> ancestors = ancestors(actor.jurisdiction());
        if (ancestors.isEmpty()) {
            return covered;
        }
        params.put("scopeAncestors", ancestors);
        return "(" + covered + " or " + column + " in (:scopeAncestors))";
    }

    /**
     * The codes strictly above {@code code}: {@code CN-13/邯郸市/魏县} lies under {@code CN-13/邯郸市}, {@code CN-13}
     * and the country {@code CN}, as {@link JurisdictionScope#isAncestorOf} says.
     */
    static List<String> ancestors(String code) {
        List<String> candidates = new ArrayList<>();
        int slash = code.indexOf('/');
        while (slash > 0) {
            candidates.add(code.substring(0, slash));
            slash = code.indexOf('/', slash + 1);
        }
        int dash = code.indexOf('-');
        if (dash > 0) {
            candidates.add(code.substring(0, dash));
        }
        return candidates.stream().filter(candidate -> JurisdictionScope.isAncestorOf(candidate, code)).toList();
    }

    /** {@code prefix%} for a LIKE with escape {@code \}, the prefix's own wildcards taken literally. */
    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
