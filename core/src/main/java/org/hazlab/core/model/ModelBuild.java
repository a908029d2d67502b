package org.hazlab.core.model;

import java.util.List;
import java.util.Optional;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;

/**
 * The outcome of building a model: the model when no error was found, and every problem (errors and warnings)
 * either way, so a caller can show all of them at once.
 */
public record ModelBuild(SafetyModel model, List<Problem> problems) {

    public ModelBuild {
        problems = List.copyOf(problems);
    }

    public Optional<SafetyModel> modelIfValid() {
        return Optional.ofNullable(model);
    }

    public boolean isValid() {
        return model != null;
    }

    /** The model, or an exception carrying every problem when it is invalid. */
    public SafetyModel orThrow() throws InvalidInputException {
        if (model == null) {
            throw new InvalidInputException(problems.stream().filter(Problem::isError).toList());
        }
        return model;
    }
}
