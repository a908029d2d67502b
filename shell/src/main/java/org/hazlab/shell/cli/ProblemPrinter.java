package org.hazlab.shell.cli;

import java.io.PrintWriter;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;

/** Prints the problems of input that could not be used at all, the same way for every command. */
final class ProblemPrinter {

    private ProblemPrinter() {
    }

    static void print(InvalidInputException e, PrintWriter err) {
        for (Problem problem : e.problems()) {
            err.println(problem.format());
        }
        err.flush();
    }
}
