package cn.edutrack.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The main class of the broker child process started by {@link KafkaBrokerProcess}; not meant to be called
 * directly.
 *
 * <p>Arguments: {@code <server.properties> <cluster id> <log dir>}. It formats the log directory when it has
 * never been formatted (KRaft, {@code --standalone}), then runs {@code kafka.Kafka}. A daemon thread reads
 * standard input, a pipe held by the parent JVM: when the parent dies, even by {@code kill -9}, the pipe
 * closes and the broker shuts itself down, so no broker outlives the JVM that started it.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: KafkaBrokerMain <server.properties> <cluster id> <log dir>");
            System.exit(2);
        }
        String serverProperties = args[0];
        watchParent();
        if (!Files.exists(Path.of(args[2], "meta.properties"))) {
            int rc = kafka.tools.StorageTool.execute(
                    new String[] {"format", "--standalone", "--ignore-formatted", "--cluster-id=" + args[1], "--config=" + serverProperties},
                    System.out);
            if (rc != 0) {
                System.err.println("Formatting the KRaft storage failed: " + rc);
                System.exit(rc);
            }
        }
        kafka.Kafka.main(new String[] {serverProperties});
    }

    private static void watchParent() {
        Thread watcher = new Thread(() -> {
            try {
                InputStream in = System.in;
                byte[] buffer = new byte[64];
                while (in.read(buffer) >= 0) {
                    // the parent never writes; read() returns -1 when it is gone
                }
            } catch (IOException ignored) {
                // treated like end of input
            }
            System.err.println("[edutrack] the parent JVM is gone; shutting the broker down");
            Thread halter = new Thread(() -> {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(1);
            }, "edutrack-halt-after-timeout");
            halter.setDaemon(true);
            halter.start();
            System.exit(0);
        }, "edutrack-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
