package cn.edutrack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[count];
            int found = 0;
            // the sockets stay bound until all are found, so the kernel cannot answer one port twice here
            for (int attempt = 0; found < count; attempt++) {
                if (attempt > 1_000 + count) {
                    throw new IllegalStateException("No free port not handed out already after " + attempt + " tries");
                }
                ServerSocket socket = new ServerSocket();
                held.add(socket);
                socket.bind(new InetSocketAddress("127.0.0.1", 0));
                if (handedOut.add(socket.getLocalPort())) {
                    ports[found++] = socket.getLocalPort();
                }
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a listening socket that was never used
                }
            }
        }
    }
}
