package cn.edutrack.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small helpers around {@code jdbc:postgresql:} URLs and database creation. */
final class PostgresUrls {

    private static final String PREFIX = "jdbc:postgresql://";
    private static final Pattern VALID_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PostgresUrls() {
    }

    /** The URL with its database name replaced by {@code database}; host, port and parameters are kept. */
    static String withDatabase(String url, String database) {
        int[] span = databaseSpan(url);
        return url.substring(0, span[0]) + database + url.substring(span[1]);
    }

    static String databaseName(String url) {
        int[] span = databaseSpan(url);
        return url.substring(span[0], span[1]);
    }

    private static int[] databaseSpan(String url) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a jdbc:postgresql://host[:port]/database URL: " + url);
        }
        int slash = url.indexOf('/', PREFIX.length());
        int query = url.indexOf('?', PREFIX.length());
        if (slash < 0 || (query >= 0 && slash > query)) {
            throw new IllegalArgumentException("The URL names no database: " + url);
        }
        int end = query < 0 ? url.length() : query;
        return new int[] {slash + 1, end};
    }

    /** A valid, lower-case PostgreSQL identifier, or an exception: names are put in SQL unquoted-safe form. */
    static String checkName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!VALID_NAME.matcher(lower).matches()) {
            throw new IllegalArgumentException("Not a plain database name (a-z, 0-9, _; at most 63): " + name);
        }
        return lower;
    }

    /** Creates the database unless it exists; answers whether it created it. */
    static boolean createDatabaseIfMissing(String adminUrl, String user, String password, String name) {
        String db = checkName(name);
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
                if (rs.next()) {
                    return false;
                }
            }
            s.execute("CREATE DATABASE \"" + db + "\"");
            return true;
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) { // duplicate_database: created concurrently
                return false;
            }
            throw new IllegalStateException("Could not create database " + db + " via " + adminUrl, e);
        }
    }
}
