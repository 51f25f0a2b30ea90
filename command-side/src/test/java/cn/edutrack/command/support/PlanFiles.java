package cn.edutrack.command.support;

import cn.edutrack.command.plan.file.PlanFile;
import cn.edutrack.command.plan.file.PlanFileParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Plan files for tests: the demo files under fresh plan and project ids, so tests sharing a database keep apart. */
public final class PlanFiles {

    private PlanFiles() {
    }

    /** A plan file of the classpath ({@code /plan-files/...}) as text. */
    public static String read(String resource) {
        try (InputStream in = PlanFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A demo plan file under a fresh plan id, with fresh project ids. */
    public static String uniqueCopy(String demoFile) {
        String text = read("/plan-files/" + demoFile);
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String planId = parse(demoFile, text).plan().id();
        return text.replace("id: " + planId + "\n", "id: " + planId + "-" + tag.toLowerCase() + "\n")
                .replace("PRJ-", "PRJ-T" + tag + "-");
    }

    public static PlanFile parse(String fileName, String text) {
        return PlanFileParser.parse(fileName, text).orThrow();
    }
}
