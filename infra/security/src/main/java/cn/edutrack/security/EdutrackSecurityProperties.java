package cn.edutrack.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code edutrack.security.*}: how callers authenticate and how big a request may be.
 */
@ConfigurationProperties("edutrack.security")
public class EdutrackSecurityProperties {

    /** How callers authenticate. */
    public enum Mode {
        /** Bearer JWTs of an OpenID Connect provider ({@code spring.security.oauth2.resourceserver.jwt.*}). */
        JWT,
        /** HTTP Basic against the local users file; for local mode and tests, never for production. */
        LOCAL
    }

    private Mode mode = Mode.JWT;

    /** The local users file (YAML), a path or a {@code classpath:} location; required in LOCAL mode. */
    private String usersFile;

    private final Claims claims = new Claims();

    /** The largest request body accepted; larger ones are refused with 413 before they are read. */
    private DataSize maxBodySize = DataSize.ofKilobytes(256);

    /** Larger limits for paths starting with the key, e.g. {@code /api/plan-imports: 3MB}. */
    private Map<String, DataSize> maxBodySizeByPath = new LinkedHashMap<>();

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public String getUsersFile() {
        return usersFile;
    }

    public void setUsersFile(String usersFile) {
        this.usersFile = usersFile;
    }

    public Claims getClaims() {
        return claims;
    }

    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public Map<String, DataSize> getMaxBodySizeByPath() {
        return maxBodySizeByPath;
    }

    public void setMaxBodySizeByPath(Map<String, DataSize> maxBodySizeByPath) {
        this.maxBodySizeByPath = maxBodySizeByPath;
    }

    /**
     * The JWT claims the actor is read from. A name with dots is a path into nested claims, e.g.
     * {@code realm_access.roles} for Keycloak's realm roles.
     */
    public static class Claims {
        /** The user id. */
        private String userId = "sub";
        /** The role: a string or a list of strings; exactly one must name an Edutrack role. */
        private String role = "edutrack_role";
        /** A prefix role values carry at the provider, e.g. {@code edutrack-} for {@code edutrack-supervisor}. */
        private String rolePrefix = "";
        /** The organisation id. */
        private String organisation = "edutrack_organisation";
        /** The jurisdiction code. */
        private String jurisdiction = "edutrack_jurisdiction";

        public String getUserId() {
            return userId;
        }

        public void setUserId(String userId) {
            this.userId = userId;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getRolePrefix() {
            return rolePrefix;
        }

        public void setRolePrefix(String rolePrefix) {
            this.rolePrefix = rolePrefix;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public String getJurisdiction() {
            return jurisdiction;
        }

        public void setJurisdiction(String jurisdiction) {
            this.jurisdiction = jurisdiction;
        }
    }
}
