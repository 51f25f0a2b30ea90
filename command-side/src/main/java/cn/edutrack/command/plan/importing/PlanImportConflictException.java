package cn.edutrack.command.plan.importing;

import java.util.List;

/**
 * The plan file is valid but contradicts what is already recorded (for example a plan registered under the
 * same id with another title); nothing was imported. Carries every conflicting record of the file.
 */
public class PlanImportConflictException extends RuntimeException {

    private final String fileName;
    private final List<Conflict> conflicts;

    public PlanImportConflictException(String fileName, List<Conflict> conflicts) {
        super(fileName + " conflicts with recorded data in " + conflicts.size() + " record(s); nothing was imported");
        this.fileName = fileName;
        this.conflicts = List.copyOf(conflicts);
    }

    public String fileName() {
        return fileName;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    /**
     * One record of the file ({@code path}, e.g. {@code programmes[0].targets[2]}) and why it was refused:
     * {@code rule} is the refusing rule's code when the refusal named one.
     */
    public record Conflict(String file, String path, String rule, String message) {

        static Conflict of(String file, String path, RuntimeException refusal) {
            return new Conflict(file, path, RuleCodes.of(refusal), refusal.getMessage());
        }
    }
}
