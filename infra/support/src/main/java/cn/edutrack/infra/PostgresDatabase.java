package cn.edutrack.infra;

/**
 * One fresh, empty PostgreSQL database made by {@link Infrastructure#newDatabase(String)}: what a test hands to
 * {@code spring.datasource.url}, {@code spring.datasource.username} and {@code spring.datasource.password}.
 *
 * @param jdbcUrl  a {@code jdbc:postgresql://host:port/name} URL of the database
 * @param username a user that owns (or may do anything in) the database
 * @param password that user's password (ignored by servers that trust local connections)
 */
public record PostgresDatabase(String jdbcUrl, String username, String password) {

    /**
     * The database {@code name} on the server that {@code serverJdbcUrl} points at (any database there), created
     * unless it exists; creating needs the {@code CREATE DATABASE} privilege.
     *
     * @param name a plain name: letters, digits and underscores, at most 63
     */
    public static PostgresDatabase createIfMissing(String serverJdbcUrl, String username, String password, String name) {
        PostgresUrls.createDatabaseIfMissing(serverJdbcUrl, username, password, name);
        return new PostgresDatabase(PostgresUrls.withDatabase(serverJdbcUrl, PostgresUrls.checkName(name)), username, password);
    }

    /** The database's name, the last path segment of {@link #jdbcUrl()}. */
    public String databaseName() {
        return PostgresUrls.databaseName(jdbcUrl);
    }
}
