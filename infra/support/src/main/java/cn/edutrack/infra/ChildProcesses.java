package cn.edutrack.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

    /**
     * Asks the process to stop (SIGTERM) and waits; kills it when it is still running after {@code timeout}.
     *
     * @return false when it had to be killed
     */
    public static boolean stop(Process process, Duration timeout) {
        process.destroy();
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Kills the process at once, like {@code kill -9}, and waits until it is gone. */
    public static void kill(Process process) {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Removes a shutdown hook, for a caller that stops things in its own order.
     *
     * @return false when the JVM is already shutting down (the hook stays and will run)
     */
    public static boolean removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            return true;
        } catch (IllegalStateException alreadyShuttingDown) {
            return false;
        }
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
