package cn.edutrack.command.plan.importing;

import java.util.List;

/**
 * The plan file names records outside the importing administrator's jurisdiction (a jurisdiction neither in it
 * nor above it, a plan or a project not in it); nothing was imported. Carries every such record of the file.
 */
public class PlanImportOutOfScopeException extends RuntimeException {

    private final String fileName;
    private final List<OutOfScope> records;

    public PlanImportOutOfScopeException(String fileName, String scope, List<OutOfScope> records) {
        super(fileName + ": " + records.size() + " record(s) lie outside your jurisdiction " + scope
                + "; nothing was imported");
        this.fileName = fileName;
        this.records = List.copyOf(records);
    }

    public String fileName() {
        return fileName;
    }

    public List<OutOfScope> records() {
        return records;
    }

    /** The rule of the refusal: the first record's ({@code outside-jurisdiction} for an administrator). */
    public String rule() {
        return records.get(0).rule();
    }

    /**
     * One refused record: where it is in the file ({@code projects[3]}), its kind ({@code jurisdiction}, {@code plan},
     * {@code project}), its id, the jurisdiction it lies in, and the rule and reason of the refusal.
     */
    public record OutOfScope(String path, String kind, String id, String jurisdiction, String rule, String message) {
    }
}
