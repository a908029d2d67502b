package org.hazlab.core.problem;

import java.util.List;

/**
 * Thrown when input cannot be used at all, carrying every problem found rather than the first. Front ends print
 * the problems (never the stack trace) and exit with code 1.
 */
public final class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "invalid input";
        }
        String first = problems.get(0).location() + ": " + problems.get(0).message();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
