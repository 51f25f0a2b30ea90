package cn.edutrack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Ports on {@code 127.0.0.1} for the servers this JVM starts (brokers, databases, the applications).
 *
 * <p>A port is free when taken, and this JVM never hands out the same port twice. Asking the kernel for "any
 * free port" twice in a row may answer the same port both times once the first socket is closed; two servers
 * then meet on it (a broker refused "two listeners on the same port" in CI this way).
 */
public final class FreePorts {

    private static final Set<Integer> handedOut = new HashSet<>();

    private FreePorts() {
    }

    /** A port free right now that this JVM has not handed out before. */
    public static int take() {
        return take(1)[0];
    }

    /** {@code count} distinct ports, each free right now and none handed out by this JVM before. */
    public static synchronized int[] take(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        int[] ports = new int[count];
        for (int i = 0; i < count; i++) {
            ports[i] = next();
        }
        return ports;
    }

    /** A port the kernel finds free that this JVM has not handed out (the kernel may answer one it answered before). */
    private static int next() {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("127.0.0.1", 0));
                if (handedOut.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No free port", e);
            }
        }
        throw new IllegalStateException("No free port not handed out already after 1000 tries");
    }
}
