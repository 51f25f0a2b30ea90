package cn.edutrack.command.plan.file;

import java.util.List;

/** Either a valid {@link PlanFile} or every error found in the file; never a half-built model. */
public sealed interface PlanFileResult {

    record Valid(PlanFile planFile) implements PlanFileResult {
    }

    record Invalid(List<PlanFileError> errors) implements PlanFileResult {

        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid result needs at least one error");
            }
        }
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The errors; empty when valid. */
    default List<PlanFileError> errors() {
        return this instanceof Invalid invalid ? invalid.errors() : List.of();
    }

    /** The plan file; throws {@link IllegalStateException} listing the errors when invalid. */
    default PlanFile orThrow() {
        if (this instanceof Valid valid) {
            return valid.planFile();
        }
        StringBuilder text = new StringBuilder("plan file has errors:");
        errors().forEach(e -> text.append("\n  ").append(e));
        throw new IllegalStateException(text.toString());
    }
}
