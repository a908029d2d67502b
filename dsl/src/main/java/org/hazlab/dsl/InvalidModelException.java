package org.hazlab.dsl;

import java.util.List;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;

/**
 * An invalid model or input met by a DSL word, carrying every problem with its own location (a file row, or
 * the script line of an inline definition). Unchecked, so Groovy scripts and Java cells need no handling; the
 * evaluator reports the problems as the cell's error.
 */
public final class InvalidModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidModelException(InvalidInputException cause) {
        super(cause.getMessage(), cause);
        this.problems = cause.problems();
    }

    public List<Problem> problems() {
        return problems;
    }
}
