package cn.edutrack.command.plan.importing;

/** The import request itself is unusable (not the file's content): names the parameter or the body. */
class PlanImportRequestException extends RuntimeException {

    private final String field;
    private final boolean tooLarge;

    PlanImportRequestException(String field, String message) {
        this(field, message, false);
    }

    PlanImportRequestException(String field, String message, boolean tooLarge) {
        super(message);
        this.field = field;
        this.tooLarge = tooLarge;
    }

    boolean tooLarge() {
        return tooLarge;
    }

    String field() {
        return field;
    }
}
