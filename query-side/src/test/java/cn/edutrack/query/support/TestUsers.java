package cn.edutrack.query.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * The users the integration tests log in as: {@code test-users.yaml} of the test resources, with its {@code {run}}
 * token replaced by one made fresh for this JVM, written once to a temporary file that
 * {@code edutrack.security.users-file} names. Every password is {@link #PASSWORD}.
 */
public final class TestUsers {

    public static final String PASSWORD = "test-password";

    /** The default user of the integration tests: an auditor of the whole country. */
    public static final String DEFAULT_USER = "auditor-cn";

    /** This JVM's token: the access matrix's jurisdictions and organisations are new to every run. */
    public static final String RUN = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    /** The access matrix's city; its districts are {@link #EAST} and {@link #WEST}. */
    public static final String CITY = "CN-99/T" + RUN + "市";
    public static final String EAST = CITY + "/东区";
    public static final String WEST = CITY + "/西区";

    /** The organisations of {@code manager-east-a} and {@code manager-east-b}. */
    public static final String ORG_EAST_A = "ORG-T" + RUN + "-EAST-A";
    public static final String ORG_EAST_B = "ORG-T" + RUN + "-EAST-B";

    private static Path file;

    private TestUsers() {
    }

    /** The users file of this JVM, as a {@code file:} location. */
    public static synchronized String location() {
        if (file == null) {
            try (InputStream in = TestUsers.class.getResourceAsStream("/test-users.yaml")) {
                if (in == null) {
                    throw new IllegalStateException("test-users.yaml is not on the test class path");
                }
                String users = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{run}", RUN);
                Path written = Files.createTempFile("edutrack-query-test-users-", ".yaml");
                written.toFile().deleteOnExit();
                Files.writeString(written, users, StandardCharsets.UTF_8);
                file = written;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the test users file", e);
            }
        }
        return "file:" + file.toAbsolutePath();
    }
}
