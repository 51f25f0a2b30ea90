package cn.edutrack.command.plan.importing;

import cn.edutrack.command.plan.file.PlanFileError;
import java.util.List;

/** The plan file has errors; nothing was imported. Carries every error, sorted by line. */
public class PlanFileInvalidException extends RuntimeException {

    private final String fileName;
    private final List<PlanFileError> errors;

    public PlanFileInvalidException(String fileName, List<PlanFileError> errors) {
        super(fileName + " has " + errors.size() + " error(s); nothing was imported");
        this.fileName = fileName;
        this.errors = List.copyOf(errors);
    }

    public String fileName() {
        return fileName;
    }

    public List<PlanFileError> errors() {
        return errors;
    }
}
