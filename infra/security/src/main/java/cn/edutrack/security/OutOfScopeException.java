package cn.edutrack.security;

/**
 * The caller is authenticated but may not do this: the resource lies outside its jurisdiction, belongs to another
 * organisation, or the role may not do it. Answered with 403 and a problem naming the rule.
 */
public class OutOfScopeException extends RuntimeException {

    private final String rule;

    /**
     * @param rule   a short code, e.g. {@code outside-jurisdiction}, {@code not-your-organisation}, {@code role-may-not}
     * @param detail what was refused and why, for the caller
     */
    public OutOfScopeException(String rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    public static OutOfScopeException outsideJurisdiction(Actor actor, String what, String code) {
        return new OutOfScopeException("outside-jurisdiction",
                what + " in " + code + " is outside your jurisdiction " + actor.jurisdiction());
    }

    public static OutOfScopeException notYourOrganisation(Actor actor, String what, String organisation) {
        return new OutOfScopeException("not-your-organisation",
                what + " belongs to " + organisation + ", not to your organisation " + actor.organisation());
    }

    public static OutOfScopeException roleMayNot(Actor actor, String action) {
        return new OutOfScopeException("role-may-not", "a " + actor.role() + " may not " + action);
    }
}
