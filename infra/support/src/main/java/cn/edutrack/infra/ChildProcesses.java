package cn.edutrack.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Helpers for the child processes this module starts. */
public final class ChildProcesses {

    private static final Path SETSID = findSetsid();

    private ChildProcesses() {
    }

    /**
     * The command run through {@code setsid} when the machine has it: the child gets its own session, so a Ctrl-C
     * in the terminal reaches only the parent JVM, which then stops its children in its own order (they would
     * otherwise all receive the SIGINT at once). The child keeps the process id {@code setsid} had.
     */
    public static List<String> inOwnSession(List<String> command) {
        if (SETSID == null) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(command.size() + 1);
        wrapped.add(SETSID.toString());
        wrapped.addAll(command);
        return wrapped;
    }

    private static Path findSetsid() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return null;
        }
        for (String candidate : new String[] {"/usr/bin/setsid", "/bin/setsid"}) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        return null;
    }
}
