package cn.edutrack.local.cli;

import java.io.Console;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;

/**
 * The HTTP Basic credentials of the command-line tools: the user of {@code --user} (else {@code $EDUTRACK_USER}), the
 * password of {@code $EDUTRACK_PASSWORD}, else asked for on the console. A password is never a command-line argument:
 * other users of the machine can read those ({@code ps}).
 */
final class BasicCredentials {

    static final String PASSWORD_ARGUMENT_REFUSED = "a password is never given on the command line (other users can "
            + "read it): set EDUTRACK_PASSWORD or type it when asked";

    private BasicCredentials() {
    }

    /**
     * The {@code Authorization} header value for {@code user}, or null after printing what is missing to {@code err}.
     *
     * @param whoHint printed when no user is given: the question and the kind of user expected
     */
    static String authorization(String user, Map<String, String> env, Function<String, char[]> passwordPrompt,
                                PrintStream err, String whoHint) {
        if (user == null || user.isBlank()) {
            err.println(whoHint);
            return null;
        }
        String password = env.get("EDUTRACK_PASSWORD");
        if (password == null || password.isEmpty()) {
            char[] typed = passwordPrompt.apply(user);
            if (typed == null || typed.length == 0) {
                err.println("no password for " + user + ": set EDUTRACK_PASSWORD (no console to ask on)");
                return null;
            }
            password = new String(typed);
            Arrays.fill(typed, ' ');
        }
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Asks on the console, without echo; null without a console or at the end of its input. */
    static char[] askConsole(String user) {
        Console console = System.console();
        return console == null ? null : console.readPassword("Password for %s: ", user);
    }
}
